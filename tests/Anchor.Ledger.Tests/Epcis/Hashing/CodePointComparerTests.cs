using Anchor.Ledger.Epcis.Hashing;
using Xunit;

namespace Anchor.Ledger.Tests.Epcis.Hashing;

public class CodePointComparerTests
{
    [Theory]
    [InlineData("Z", "a")] // case-sensitive: upper case first
    [InlineData("epc=1001", "epc=999")] // text, not numbers
    [InlineData("{ns}field=1", "{ns}field{ns}child")] // '=' before '{'
    [InlineData("type=x", "type=xy")] // a prefix first
    [InlineData("\uFFFD", "\U0001F600")] // U+FFFD before U+1F600, though its UTF-16 unit is larger
    public void Orders_by_unicode_code_point(string smaller, string larger)
    {
        Assert.True(CodePointComparer.Instance.Compare(smaller, larger) < 0);
        Assert.True(CodePointComparer.Instance.Compare(larger, smaller) > 0);
        Assert.Equal(0, CodePointComparer.Instance.Compare(smaller, new string(smaller.AsSpan())));
    }
}
