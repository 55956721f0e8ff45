using Anchor.Ethereum.Crypto;
using Anchor.Ethereum.Keys;
using Xunit;

namespace Anchor.Ethereum.Tests.Keys;

public sealed class KeySourceTests : IDisposable
{
    private const string Account1 = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    private readonly string _directory = Directory.CreateTempSubdirectory("anchor-keys-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Mnemonic_from_the_environment_with_an_account_index()
    {
        var environment = Environment(("ANCHOR_MNEMONIC", HardhatTestMnemonic.Phrase));

        var key = KeySource.Load(new KeySourceOptions { AccountIndex = 1 }, environment);

        Assert.Equal(Account1, key.Address.ToString());
    }

    [Fact]
    public void The_passphrase_comes_from_its_own_variable()
    {
        var withPassphrase = Environment(("ANCHOR_MNEMONIC", HardhatTestMnemonic.Phrase), ("ANCHOR_MNEMONIC_PASSPHRASE", "extra"));

        var key = KeySource.Load(new KeySourceOptions(), withPassphrase);

        Assert.Equal(new Wallet(HardhatTestMnemonic.Phrase, "extra").GetAddress(0), key.Address);
    }

    [Fact]
    public void Mnemonic_file_with_owner_only_permissions_is_read()
    {
        var file = SecretFile(HardhatTestMnemonic.Phrase + "\n", UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var key = KeySource.Load(new KeySourceOptions { MnemonicFile = file, AccountIndex = 1 }, Environment());

        Assert.Equal(Account1, key.Address.ToString());
    }

    [Theory]
    [InlineData(UnixFileMode.GroupRead, "0640")]
    [InlineData(UnixFileMode.OtherRead, "0604")]
    public void Mnemonic_file_readable_by_group_or_others_is_refused(UnixFileMode extra, string mode)
    {
        var file = SecretFile(HardhatTestMnemonic.Phrase, UnixFileMode.UserRead | UnixFileMode.UserWrite | extra);

        var error = Assert.Throws<KeySourceException>(() => KeySource.Load(new KeySourceOptions { MnemonicFile = file }, Environment()));

        Assert.Contains("readable by group or others", error.Message);
        Assert.Contains($"mode {mode}", error.Message);
        Assert.Contains("chmod 600", error.Message);
        Assert.Equal(file, error.Path);
    }

    [Fact]
    public void A_bad_word_in_the_mnemonic_names_the_source_and_position_not_the_words()
    {
        var environment = Environment(("ANCHOR_MNEMONIC", "test test test test test test test test test test tset junk"));

        var error = Assert.Throws<KeySourceException>(() => KeySource.Load(new KeySourceOptions(), environment));

        Assert.Equal("ANCHOR_MNEMONIC: word 11 of the mnemonic is not in the BIP39 English word list", error.Message);
    }

    [Fact]
    public void Raw_key_file_is_read_and_a_wrong_length_is_refused()
    {
        var good = SecretFile("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80\n", UnixFileMode.UserRead);
        var shortKey = SecretFile("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff", UnixFileMode.UserRead);

        var key = KeySource.Load(new KeySourceOptions { KeyFile = good }, Environment());
        var error = Assert.Throws<KeySourceException>(() => KeySource.Load(new KeySourceOptions { KeyFile = shortKey }, Environment()));

        Assert.Equal("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", key.Address.ToString());
        Assert.Contains("a private key is 32 bytes, got 31", error.Message);
        Assert.DoesNotContain("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff", error.Message);
    }

    [Fact]
    public void Keystore_with_password_from_the_environment_or_a_file()
    {
        var expected = PrivateKey.Generate();
        var keystore = Path.Combine(_directory, "keystore.json");
        File.WriteAllText(keystore, KeyStore.Encrypt(expected, "pw", n: 1024));
        var passwordFile = SecretFile("pw\n", UnixFileMode.UserRead);

        var fromEnvironment = KeySource.Load(new KeySourceOptions { KeystoreFile = keystore }, Environment(("ANCHOR_KEYSTORE_PASSWORD", "pw")));
        var fromFile = KeySource.Load(new KeySourceOptions { KeystoreFile = keystore, KeystorePasswordFile = passwordFile }, Environment());

        Assert.Equal(expected.Address, fromEnvironment.Address);
        Assert.Equal(expected.Address, fromFile.Address);
    }

    [Fact]
    public void Keystore_with_a_wrong_password_says_so()
    {
        var keystore = Path.Combine(_directory, "keystore.json");
        File.WriteAllText(keystore, KeyStore.Encrypt(PrivateKey.Generate(), "pw", n: 1024));

        var error = Assert.Throws<KeySourceException>(() =>
            KeySource.Load(new KeySourceOptions { KeystoreFile = keystore }, Environment(("ANCHOR_KEYSTORE_PASSWORD", "wrong"))));

        Assert.Contains("wrong keystore password", error.Message);
        Assert.True(Assert.IsType<KeyStoreException>(error.InnerException).IsWrongPassword);
    }

    [Fact]
    public void Keystore_without_a_password_is_a_clear_error()
    {
        var keystore = Path.Combine(_directory, "keystore.json");
        File.WriteAllText(keystore, KeyStore.Encrypt(PrivateKey.Generate(), "pw", n: 1024));

        var error = Assert.Throws<KeySourceException>(() => KeySource.Load(new KeySourceOptions { KeystoreFile = keystore }, Environment()));

        Assert.Contains("ANCHOR_KEYSTORE_PASSWORD", error.Message);
    }

    [Theory]
    [InlineData(true, true, false, 0, "give one key source, not several (mnemonic file and key file)")]
    [InlineData(false, true, false, 2, "an account index applies to a mnemonic only")]
    [InlineData(false, false, false, -1, "the account index must be 0 or more")]
    [InlineData(false, false, false, 0, "no key source: set ANCHOR_MNEMONIC")]
    public void Ambiguous_or_missing_sources_are_refused(bool mnemonicFile, bool keyFile, bool keystore, int index, string expected)
    {
        var options = new KeySourceOptions
        {
            MnemonicFile = mnemonicFile ? "/nonexistent/m" : null,
            KeyFile = keyFile ? "/nonexistent/k" : null,
            KeystoreFile = keystore ? "/nonexistent/s" : null,
            AccountIndex = index,
        };

        var error = Assert.Throws<KeySourceException>(() => KeySource.Load(options, Environment()));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var error = Assert.Throws<KeySourceException>(() => KeySource.Load(new KeySourceOptions { MnemonicFile = "/nonexistent/mnemonic" }, Environment()));

        Assert.Equal("mnemonic file /nonexistent/mnemonic does not exist", error.Message);
    }

    [Fact]
    public void Describe_names_the_source_without_secrets()
    {
        var description = KeySource.Describe(new KeySourceOptions { AccountIndex = 2 }, Environment(("ANCHOR_MNEMONIC", HardhatTestMnemonic.Phrase)));

        Assert.Equal("ANCHOR_MNEMONIC, account 2", description);
    }

    private string SecretFile(string content, UnixFileMode mode)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("n"));
        File.WriteAllText(path, content);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, mode);
        return path;
    }

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
