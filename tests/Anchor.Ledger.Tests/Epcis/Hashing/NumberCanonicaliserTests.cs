using Anchor.Ledger.Epcis.Hashing;
using Xunit;

namespace Anchor.Ledger.Tests.Epcis.Hashing;

public class NumberCanonicaliserTests
{
    [Theory]
    [InlineData("26", "26")]
    [InlineData("452.0", "452")]
    [InlineData("0.3400", "0.34")]
    [InlineData("-0.50", "-0.5")]
    [InlineData("-0", "0")]
    [InlineData("0.0", "0")]
    [InlineData("1E3", "1000")]
    [InlineData("2.5e+2", "250")]
    [InlineData("1.5e-3", "0.0015")]
    [InlineData("12345678901234567890.10", "12345678901234567890.1")] // exact, no double rounding
    public void Writes_json_numbers_in_plain_notation_without_trailing_zeros(string input, string expected)
    {
        Assert.Equal(expected, NumberCanonicaliser.CanonicaliseJsonNumber(input));
    }

    [Fact]
    public void Keeps_an_absurd_exponent_as_written()
    {
        Assert.Equal("1e999999", NumberCanonicaliser.CanonicaliseJsonNumber("1e999999"));
    }

    [Theory]
    [InlineData("6.50", "6.5")]
    [InlineData("007", "7")]
    [InlineData("-12.000", "-12")]
    public void Treats_plain_decimal_strings_as_numbers(string input, string expected)
    {
        Assert.True(NumberCanonicaliser.TryCanonicaliseDecimalString(input, out var canonical));

        Assert.Equal(expected, canonical);
    }

    [Theory]
    [InlineData("1e3")] // exponent notation in text is a lot code as often as a number
    [InlineData("+5")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("12a")]
    [InlineData("2019-10-21")]
    [InlineData("")]
    public void Leaves_other_strings_alone(string input)
    {
        Assert.False(NumberCanonicaliser.TryCanonicaliseDecimalString(input, out _));
    }
}
