using Anchor.Ethereum.Crypto;
using Anchor.Ethereum.Tests.Support;
using Xunit;

namespace Anchor.Ethereum.Tests.Crypto;

public class PrivateKeyTests
{
    public static TheoryData<string> SignatureCases => VectorFile.Rows("signatures.json", "cases");

    [Theory]
    [MemberData(nameof(SignatureCases))]
    public void Signs_like_ethers_rfc6979_low_s(string caseJson)
    {
        var vector = VectorFile.Parse(caseJson);
        var key = PrivateKey.Parse(vector.Text("privateKey"));

        var signature = key.SignHash(Hex.Decode(vector.Text("hash")));

        Assert.Equal(vector.Text("r"), Hex.Encode(signature.R));
        Assert.Equal(vector.Text("s"), Hex.Encode(signature.S));
        Assert.Equal(vector.GetProperty("yParity").GetInt32(), signature.RecoveryId);
        Assert.True(signature.IsLowS);
        Assert.Equal(Address.Parse(vector.Text("address")), key.Address);
    }

    [Fact]
    public void Hardhat_account_0_has_its_well_known_address()
    {
        var key = PrivateKey.Parse("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");

        Assert.Equal("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", key.Address.ToString());
    }

    [Fact]
    public void A_signature_recovers_its_signer_and_verifies()
    {
        var key = PrivateKey.Generate();
        var hash = Keccak256.Hash("anchor"u8);

        var signature = key.SignHash(hash);
        var recovered = PublicKey.Recover(hash, signature);

        Assert.Equal(key.Address, recovered.Address);
        Assert.True(key.PublicKey.Verify(hash, signature));
        Assert.False(key.PublicKey.Verify(Keccak256.Hash("other"u8), signature));
    }

    [Fact]
    public void Signing_is_deterministic()
    {
        var key = TestKeys.Eip155Example;
        var hash = Keccak256.Hash("same message"u8);

        var first = key.SignHash(hash);
        var second = key.SignHash(hash);

        Assert.Equal(first.ToRsv(), second.ToRsv());
    }

    [Fact]
    public void Every_signature_is_low_s()
    {
        var key = PrivateKey.Generate();

        var signatures = Enumerable.Range(0, 64).Select(i => key.SignHash(Keccak256.Hash(BitConverter.GetBytes(i))));

        Assert.All(signatures, s => Assert.True(s.IsLowS));
    }

    [Theory]
    [InlineData("0x1234", "32 bytes, got 2")]
    [InlineData("0xzz", "not a hex digit at position 2")]
    [InlineData("0x123", "odd number of hex digits")]
    [InlineData("0x0000000000000000000000000000000000000000000000000000000000000000", "[1, n-1]")]
    [InlineData("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", "[1, n-1]")]
    public void Rejects_malformed_keys_without_echoing_them(string text, string expected)
    {
        var error = Assert.Throws<InvalidKeyException>(() => PrivateKey.Parse(text));

        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain(text[2..], error.Message);
    }

    [Fact]
    public void ToString_shows_the_address_but_never_the_key()
    {
        const string hex = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
        var key = PrivateKey.Parse(hex);

        var text = key.ToString();

        Assert.Contains("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", text);
        Assert.DoesNotContain(hex, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Recovery_rejects_a_signature_with_r_zero()
    {
        var signature = new EcdsaSignature(new byte[32], Keccak256.Hash("s"u8), 0);

        Assert.Throws<InvalidSignatureException>(() => PublicKey.Recover(Keccak256.Hash("m"u8), signature));
    }

    [Fact]
    public void Public_key_forms_round_trip()
    {
        var key = TestKeys.Eip155Example.PublicKey;

        Assert.Equal(key, PublicKey.FromBytes(key.ToUncompressed()));
        Assert.Equal(key, PublicKey.FromBytes(key.ToCompressed()));
        Assert.Throws<InvalidKeyException>(() => PublicKey.FromBytes(new byte[20]));
    }
}
