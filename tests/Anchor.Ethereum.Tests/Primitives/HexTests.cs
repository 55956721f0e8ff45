using Xunit;

namespace Anchor.Ethereum.Tests.Primitives;

public class HexTests
{
    [Theory]
    [InlineData("0x", new byte[0])]
    [InlineData("", new byte[0])]
    [InlineData("0x00ff10", new byte[] { 0x00, 0xff, 0x10 })]
    [InlineData("00FF10", new byte[] { 0x00, 0xff, 0x10 })]
    [InlineData("0XaB", new byte[] { 0xab })]
    public void Decodes_with_or_without_prefix_in_either_case(string text, byte[] expected)
    {
        Assert.Equal(expected, Hex.Decode(text));
    }

    [Fact]
    public void Encodes_lower_case_with_prefix()
    {
        Assert.Equal("0x00abcdef", Hex.Encode([0x00, 0xab, 0xcd, 0xef]));
    }

    [Theory]
    [InlineData("0x0g", 3)]
    [InlineData("g0", 0)]
    [InlineData("0x 1", 2)]
    public void Names_the_position_of_a_bad_digit(string text, int position)
    {
        var error = Assert.Throws<HexFormatException>(() => Hex.Decode(text, "calldata"));

        Assert.Equal(position, error.Position);
        Assert.StartsWith("calldata", error.Message);
    }

    [Fact]
    public void Rejects_an_odd_number_of_digits()
    {
        var error = Assert.Throws<HexFormatException>(() => Hex.Decode("0xabc"));

        Assert.Contains("odd number of hex digits (3)", error.Message);
    }

    [Fact]
    public void DecodeExact_checks_the_length()
    {
        var error = Assert.Throws<HexFormatException>(() => Hex.DecodeExact("0x0102", 32, "root"));

        Assert.Equal("root must be 32 bytes, is 2", error.Message);
    }
}
