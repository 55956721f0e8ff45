using Anchor.Ledger.Epcis.Identifiers;
using Xunit;

namespace Anchor.Ledger.Tests.Epcis.Identifiers;

public sealed class GtinTests
{
    [Theory]
    [InlineData("0952012345678", '8')]
    [InlineData("1952012456789", '3')]
    [InlineData("0061414177777", '8')]
    [InlineData("7061414112345", '1')]
    [InlineData("0000000000000", '0')]
    public void The_check_digit_is_GS1_mod_10(string digits, char checkDigit) => Assert.Equal(checkDigit, Gs1CheckDigit.Compute(digits));

    [Theory]
    [InlineData("09520123456788", null)]
    [InlineData("09520123456789", "GTIN 09520123456789 has check digit 9, expected 8")]
    [InlineData("9520123456788", "GTIN \"9520123456788\" is not 14 digits")]
    [InlineData("0952012345678X", "GTIN \"0952012345678X\" is not 14 digits")]
    public void A_GTIN_14_is_checked(string gtin, string? problem) => Assert.Equal(problem, Gtin.DescribeProblem(gtin));
}
