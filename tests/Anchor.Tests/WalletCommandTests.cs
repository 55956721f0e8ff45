using System.Runtime.Versioning;
using Anchor.Ethereum.Keys;
using Anchor.TestSupport;
using Xunit;

namespace Anchor.Cli.Tests;

// The key files' safety rests on Unix permission bits, which these tests set and read.
[UnsupportedOSPlatform("windows")]
public sealed class WalletCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("anchor-wallet-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Address_prints_the_checksummed_address_of_the_mnemonic_account()
    {
        var result = await RunAsync(["wallet", "address", "--index", "1"], ("ANCHOR_MNEMONIC", HardhatTestMnemonic.Phrase));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", result.StandardOutput.Trim());
    }

    [Fact]
    public async Task Address_reads_a_private_mnemonic_file()
    {
        var file = Path.Combine(_directory, "mnemonic");
        await File.WriteAllTextAsync(file, HardhatTestMnemonic.Phrase);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var result = await RunAsync(["wallet", "address", "--mnemonic-file", file]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", result.StandardOutput.Trim());
    }

    [Fact]
    public async Task A_group_readable_mnemonic_file_is_refused_with_a_clear_message()
    {
        var file = Path.Combine(_directory, "mnemonic");
        await File.WriteAllTextAsync(file, HardhatTestMnemonic.Phrase);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        var result = await RunAsync(["wallet", "address", "--mnemonic-file", file]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"mnemonic file {file} is readable by group or others (mode 0640)", result.StandardError);
        Assert.Contains("chmod 600", result.StandardError);
        Assert.DoesNotContain("test test", result.StandardOutput + result.StandardError);
    }

    [Fact]
    public async Task A_bad_mnemonic_word_is_named_by_position_without_echoing_the_words()
    {
        var result = await RunAsync(["wallet", "address"], ("ANCHOR_MNEMONIC", "test test test test test test test test test test test jnuk"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("word 12 of the mnemonic is not in the BIP39 English word list", result.StandardError);
        Assert.DoesNotContain("jnuk", result.StandardError);
    }

    [Fact]
    public async Task Without_a_key_source_the_error_says_how_to_give_one()
    {
        var result = await RunAsync(["wallet", "address"]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no key source: set ANCHOR_MNEMONIC", result.StandardError);
    }

    [Fact]
    public async Task New_writes_a_valid_24_word_mnemonic_to_an_owner_only_file_and_prints_only_the_address()
    {
        var file = Path.Combine(_directory, "new-mnemonic");

        var result = await RunAsync(["wallet", "new", "--out", file]);

        Assert.Equal(0, result.ExitCode);
        var phrase = await File.ReadAllTextAsync(file);
        var mnemonic = Mnemonic.Parse(phrase);
        Assert.Equal(24, mnemonic.WordCount);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(new Wallet(mnemonic).GetAddress(0).ToString(), result.StandardOutput.Trim());
        foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Words of four letters or fewer could occur by chance in the path or the message.
            if (word.Length > 4) Assert.DoesNotContain(word, result.StandardOutput + result.StandardError);
        }
        Assert.DoesNotContain(phrase.Trim(), result.StandardOutput + result.StandardError);
    }

    [Fact]
    public async Task New_refuses_to_overwrite_an_existing_file()
    {
        var file = Path.Combine(_directory, "existing");
        await File.WriteAllTextAsync(file, "keep me");

        var result = await RunAsync(["wallet", "new", "--out", file]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("already exists; refusing to overwrite it", result.StandardError);
        Assert.Equal("keep me", await File.ReadAllTextAsync(file));
        Assert.Equal("", result.StandardOutput);
    }

    /// <summary>Runs anchor with the key variables cleared unless the test sets them.</summary>
    private static Task<CliResult> RunAsync(string[] args, params (string Name, string Value)[] variables)
    {
        var environment = new Dictionary<string, string?>
        {
            [KeySource.MnemonicVariable] = null,
            [KeySource.PassphraseVariable] = null,
            [KeySource.KeystorePasswordVariable] = null,
        };
        foreach (var (name, value) in variables) environment[name] = value;
        return CliRunner.RunAsync("anchor", args, environment);
    }
}
