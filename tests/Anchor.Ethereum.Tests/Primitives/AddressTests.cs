using Anchor.Ethereum.Tests.Support;
using Xunit;

namespace Anchor.Ethereum.Tests.Primitives;

public class AddressTests
{
    public static TheoryData<string> Eip55Cases()
    {
        var data = new TheoryData<string>();
        foreach (var address in VectorFile.Load("eip55.json").GetProperty("checksummed").EnumerateArray()) data.Add(address.GetString()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Eip55Cases))]
    public void Prints_the_eip55_checksum(string checksummed)
    {
        var address = Address.Parse(checksummed.ToLowerInvariant());

        Assert.Equal(checksummed, address.ToString());
    }

    [Theory]
    [MemberData(nameof(Eip55Cases))]
    public void Accepts_checksummed_all_lower_and_all_upper_forms(string checksummed)
    {
        var expected = Address.Parse(checksummed);

        Assert.Equal(expected, Address.Parse(checksummed.ToLowerInvariant()));
        Assert.Equal(expected, Address.Parse("0x" + checksummed[2..].ToUpperInvariant()));
    }

    [Fact]
    public void Rejects_mixed_case_with_a_wrong_checksum_and_shows_the_right_one()
    {
        const string wrong = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD";

        var error = Assert.Throws<AddressFormatException>(() => Address.Parse(wrong));

        Assert.Contains("EIP-55 checksum", error.Message);
        Assert.Contains("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", error.Message);
        Assert.False(Address.TryParse(wrong, out _));
    }

    [Theory]
    [InlineData("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeA")]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedff")]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeZ")]
    [InlineData("")]
    public void Rejects_malformed_text(string text)
    {
        var error = Assert.Throws<AddressFormatException>(() => Address.Parse(text));

        Assert.Contains("0x followed by 40 hex digits", error.Message);
    }

    [Fact]
    public void Default_is_the_zero_address_and_equals_parsed_zero()
    {
        Address unset = default;

        Assert.True(unset.IsZero);
        Assert.Equal(Address.Parse("0x0000000000000000000000000000000000000000"), unset);
        Assert.Equal("0x0000000000000000000000000000000000000000", unset.ToString());
    }

    [Fact]
    public void Public_key_to_address_matches_the_hardhat_account()
    {
        var address = TestKeys.HardhatAccount(1).PublicKey.Address;

        Assert.Equal("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", address.ToString());
    }

    [Fact]
    public void Bytes32_parses_and_prints_lower_hex()
    {
        var text = "0x" + new string('a', 64);

        var value = Bytes32.Parse(text.ToUpperInvariant().Replace("0X", "0x"));

        Assert.Equal(text, value.ToString());
        Assert.Throws<HexFormatException>(() => Bytes32.Parse("0x1234"));
        Assert.True(default(Bytes32).IsZero);
    }
}
