using Anchor.Ledger.Epcis.Identifiers;
using Xunit;

namespace Anchor.Ledger.Tests.Epcis.Identifiers;

public sealed class Gs1CharacterSet82Tests
{
    [Fact]
    public void The_set_has_82_characters()
    {
        var members = Enumerable.Range(0, 128).Select(c => (char)c).Where(Gs1CharacterSet82.Contains).ToArray();

        Assert.Equal(82, members.Length);
        Assert.Equal("!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", new string(members));
    }

    [Theory]
    [InlineData("L2026-05A", null)]
    [InlineData("A/B?%\"", null)]
    [InlineData("12345678901234567890", null)]
    [InlineData("", "the lot is empty")]
    [InlineData("123456789012345678901", "the lot \"123456789012345678901\" has 21 characters; GS1 allows at most 20")]
    [InlineData("L 1", "the lot \"L 1\" contains U+0020, which is not in GS1 AI character set 82")]
    [InlineData("批号", "the lot \"批号\" contains '批' (U+6279), which is not in GS1 AI character set 82")]
    [InlineData("L#1", "the lot \"L#1\" contains '#' (U+0023), which is not in GS1 AI character set 82")]
    public void A_lot_is_checked(string lot, string? problem) => Assert.Equal(problem, Gs1CharacterSet82.DescribeProblem(lot, 20, "lot"));
}
