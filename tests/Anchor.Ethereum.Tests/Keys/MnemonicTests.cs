using System.Security.Cryptography;
using Anchor.Ethereum.Crypto;
using Anchor.Ethereum.Keys;
using Anchor.Ethereum.Tests.Support;
using Xunit;

namespace Anchor.Ethereum.Tests.Keys;

public class MnemonicTests
{
    public static TheoryData<string> TrezorVectors => VectorFile.Rows("bip39.json", "english");

    private static readonly string TrezorPassphrase = VectorFile.Load("bip39.json").Text("passphrase");

    [Fact]
    public void The_embedded_word_list_has_the_published_sha256()
    {
        var bytes = Bip39Wordlist.ReadResource();

        Assert.Equal("2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda", Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(2048, Bip39Wordlist.Words.Count);
    }

    [Fact]
    public void Abandon_about_with_passphrase_TREZOR_gives_the_published_seed()
    {
        var mnemonic = Mnemonic.Parse(string.Join(' ', Enumerable.Repeat("abandon", 11)) + " about");

        var seed = mnemonic.ToSeed("TREZOR");

        Assert.Equal(
            "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04",
            Convert.ToHexStringLower(seed));
    }

    [Theory]
    [MemberData(nameof(TrezorVectors))]
    public void Entropy_words_and_seed_match_the_trezor_vectors(string vectorJson)
    {
        var vector = VectorFile.Parse(vectorJson);

        var fromEntropy = Mnemonic.FromEntropy(Convert.FromHexString(vector.Text("entropy")));
        var parsed = Mnemonic.Parse(vector.Text("mnemonic"));

        Assert.Equal(vector.Text("mnemonic"), fromEntropy.ToPhrase());
        Assert.Equal(vector.Text("seed"), Convert.ToHexStringLower(parsed.ToSeed(TrezorPassphrase)));
    }

    [Fact]
    public void An_unknown_word_is_named_by_position_only()
    {
        var words = "legal winner thank year wave sausage worth useful legal winnr thank yellow";

        var error = Assert.Throws<InvalidMnemonicException>(() => Mnemonic.Parse(words));

        Assert.Equal(10, error.WordPosition);
        Assert.Equal("word 10 of the mnemonic is not in the BIP39 English word list", error.Message);
    }

    [Fact]
    public void A_wrong_checksum_is_rejected()
    {
        var words = string.Join(' ', Enumerable.Repeat("abandon", 12));

        var error = Assert.Throws<InvalidMnemonicException>(() => Mnemonic.Parse(words));

        Assert.Contains("checksum does not match", error.Message);
        Assert.DoesNotContain("abandon", error.Message);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(13)]
    [InlineData(0)]
    public void A_wrong_word_count_is_rejected(int count)
    {
        var error = Assert.Throws<InvalidMnemonicException>(() => Mnemonic.Parse(string.Join(' ', Enumerable.Repeat("zoo", count))));

        Assert.Contains($"this one has {count}", error.Message);
    }

    [Fact]
    public void Spacing_and_case_do_not_matter()
    {
        var mnemonic = Mnemonic.Parse("  TEST test\ttest test\ntest test test test test test test   junk \n");

        Assert.Equal(HardhatTestMnemonic.Phrase, mnemonic.ToPhrase());
    }

    [Theory]
    [InlineData(12)]
    [InlineData(24)]
    public void Generated_mnemonics_are_valid_and_different(int words)
    {
        var first = Mnemonic.Generate(words);
        var second = Mnemonic.Generate(words);

        Assert.Equal(words, Mnemonic.Parse(first.ToPhrase()).WordCount);
        Assert.NotEqual(first.ToPhrase(), second.ToPhrase());
    }

    [Fact]
    public void ToString_never_shows_the_words()
    {
        var mnemonic = Mnemonic.Parse(HardhatTestMnemonic.Phrase);

        Assert.Equal("Mnemonic(12 words)", mnemonic.ToString());
    }

    [Fact]
    public void A_non_ascii_passphrase_is_refused_rather_than_misderived()
    {
        var mnemonic = Mnemonic.Parse(HardhatTestMnemonic.Phrase);

        var error = Assert.Throws<KeyException>(() => mnemonic.ToSeed("pässword"));

        Assert.Contains("must be ASCII", error.Message);
        Assert.DoesNotContain("pässword", error.Message);
    }
}
