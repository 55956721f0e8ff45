using System.Text;
using Anchor.Ethereum.Crypto;
using Anchor.Ethereum.Keys;
using Anchor.Ethereum.Tests.Support;
using Org.BouncyCastle.Crypto.Generators;
using Xunit;

namespace Anchor.Ethereum.Tests.Keys;

public class KeyStoreTests
{
    public static TheoryData<string> Cases => VectorFile.Rows("keystore.json", "cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decrypts_the_spec_and_ethers_keystores(string caseJson)
    {
        var vector = VectorFile.Parse(caseJson);

        var key = KeyStore.Decrypt(vector.GetProperty("json").GetRawText(), vector.Text("password"));

        Assert.Equal(vector.Text("privateKey"), Hex.Encode(key.ExportBytes()));
    }

    [Fact]
    public void A_wrong_password_is_a_mac_mismatch_that_does_not_echo_it()
    {
        var json = VectorFile.Load("keystore.json").GetProperty("cases")[2].GetProperty("json").GetRawText();

        var error = Assert.Throws<KeyStoreException>(() => KeyStore.Decrypt(json, "hunter2"));

        Assert.True(error.IsWrongPassword);
        Assert.Contains("MAC does not match", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }

    [Fact]
    public void Encrypting_then_decrypting_gives_the_key_back()
    {
        var key = PrivateKey.Generate();

        var json = KeyStore.Encrypt(key, "secret", n: 1024, r: 8, p: 1);
        var decrypted = KeyStore.Decrypt(json, "secret");

        Assert.Equal(key.Address, decrypted.Address);
        Assert.Contains(Convert.ToHexStringLower(key.Address.Bytes), json);
        Assert.DoesNotContain(Convert.ToHexStringLower(key.ExportBytes()), json);
    }

    [Theory]
    [InlineData("{", "malformed")]
    [InlineData("{\"version\": 1}", "only version 3")]
    [InlineData("{\"version\": 3, \"crypto\": {\"cipher\": \"aes-128-cbc\"}}", "cipher 'aes-128-cbc' is not supported")]
    [InlineData("[]", "malformed")]
    public void Malformed_or_unsupported_keystores_are_clear_errors(string json, string expected)
    {
        var error = Assert.Throws<KeyStoreException>(() => KeyStore.Decrypt(json, "x"));

        Assert.Contains(expected, error.Message);
        Assert.False(error.IsWrongPassword);
    }

    [Fact]
    public void Hostile_scrypt_parameters_are_refused_before_any_work()
    {
        var json = KeyStore.Encrypt(PrivateKey.Generate(), "x", n: 16, r: 8, p: 1).Replace("\"n\": 16", "\"n\": 1073741824");

        var error = Assert.Throws<KeyStoreException>(() => KeyStore.Decrypt(json, "x"));

        Assert.Contains("scrypt n = 1073741824", error.Message);
    }

    [Theory]
    [InlineData("", "", 16, 1, 1, 64, "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906")]
    [InlineData("password", "NaCl", 1024, 8, 16, 64, "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640")]
    public void Scrypt_matches_rfc7914(string password, string salt, int n, int r, int p, int length, string expected)
    {
        var key = Scrypt.DeriveKey(Encoding.ASCII.GetBytes(password), Encoding.ASCII.GetBytes(salt), n, r, p, length);

        Assert.Equal(expected, Convert.ToHexStringLower(key));
    }

    [Theory]
    [InlineData(2, 1, 1)]
    [InlineData(64, 3, 2)]
    [InlineData(256, 8, 1)]
    public void Scrypt_agrees_with_BouncyCastle(int n, int r, int p)
    {
        var password = Encoding.ASCII.GetBytes("pleaseletmein");
        var salt = Encoding.ASCII.GetBytes("SodiumChloride");

        var ours = Scrypt.DeriveKey(password, salt, n, r, p, 32);

        Assert.Equal(SCrypt.Generate(password, salt, n, r, p, 32), ours);
    }
}
