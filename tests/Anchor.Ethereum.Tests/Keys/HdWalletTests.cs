using Anchor.Ethereum.Keys;
using Anchor.Ethereum.Tests.Support;
using Xunit;

namespace Anchor.Ethereum.Tests.Keys;

public class HdWalletTests
{
    public static TheoryData<string> Bip32Chain => VectorFile.Rows("bip32.json", "chain");

    [Theory]
    [MemberData(nameof(Bip32Chain))]
    public void Bip32_test_vector_1_at_every_level(string levelJson)
    {
        var level = VectorFile.Parse(levelJson);
        var master = ExtendedKey.FromSeed(Convert.FromHexString(VectorFile.Load("bip32.json").Text("seed")));

        var key = master.Derive(KeyPath.Parse(level.Text("path")));

        Assert.Equal(level.Text("xpub"), key.ToExtendedPublicKey());
        Assert.Equal(level.Text("xprv"), key.ToExtendedPrivateKey());
    }

    [Fact]
    public void Hardhat_accounts_0_and_1_have_their_well_known_keys_and_addresses()
    {
        var wallet = new Wallet(HardhatTestMnemonic.Phrase);

        var account0 = wallet.GetAccount(0);
        var account1 = wallet.GetAccount(1);

        Assert.Equal("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", account0.Address.ToString());
        Assert.Equal("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", Hex.Encode(wallet.GetPrivateKey(0).ExportBytes()));
        Assert.Equal("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", account1.Address.ToString());
        Assert.True(wallet.IsHardhatTestMnemonic);
    }

    [Fact]
    public void All_twenty_hardhat_accounts_match_ethers()
    {
        var vectors = VectorFile.Load("hd-wallet.json");
        var wallet = new Wallet(vectors.Text("mnemonic"), vectors.Text("passphrase"));

        foreach (var account in vectors.GetProperty("accounts").EnumerateArray())
        {
            Assert.Equal(account.Text("address"), wallet.GetAddress(account.GetProperty("index").GetInt32()).ToString());
        }
    }

    [Fact]
    public void A_passphrase_derives_other_accounts()
    {
        var plain = new Wallet(HardhatTestMnemonic.Phrase);
        var protectedWallet = new Wallet(HardhatTestMnemonic.Phrase, "extra words");

        Assert.NotEqual(plain.GetAddress(0), protectedWallet.GetAddress(0));
        Assert.False(protectedWallet.IsHardhatTestMnemonic);
    }

    [Theory]
    [InlineData("m/44'/60'/0'/0/1", "m/44'/60'/0'/0/1")]
    [InlineData("m/44h/60h/0h/0/7", "m/44'/60'/0'/0/7")]
    [InlineData("m", "m")]
    public void Key_paths_parse_and_print(string text, string printed)
    {
        Assert.Equal(printed, KeyPath.Parse(text).ToString());
    }

    [Theory]
    [InlineData("44'/60'")]
    [InlineData("m/x")]
    [InlineData("m/2147483648")]
    [InlineData("m/-1")]
    public void Bad_key_paths_are_rejected(string text)
    {
        Assert.Throws<FormatException>(() => KeyPath.Parse(text));
    }

    [Fact]
    public void Wallet_and_extended_key_text_show_no_secret()
    {
        var wallet = new Wallet(HardhatTestMnemonic.Phrase);
        var key = ExtendedKey.FromSeed(new byte[32]);

        Assert.DoesNotContain("test", wallet.ToString());
        Assert.Contains("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", wallet.ToString());
        Assert.DoesNotContain("xprv", key.ToString());
    }
}
