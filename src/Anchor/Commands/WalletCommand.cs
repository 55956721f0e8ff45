using System.CommandLine;
using Anchor.Ethereum.Crypto;
using Anchor.Ethereum.Keys;
using Anchor.Cli;

namespace Anchor.Commands;

/// <summary>
/// <c>anchor wallet</c>: the publisher's signing key. <c>address</c> shows which address the
/// configured key source signs with; <c>new</c> creates a 24-word mnemonic in a file only its
/// owner can read. Neither ever prints a key or a mnemonic.
/// </summary>
public static class WalletCommand
{
    /// <summary>The <c>wallet</c> command with its <c>address</c> and <c>new</c> subcommands.</summary>
    public static Command Create()
    {
        var command = new Command("wallet", "Show the signing address, or create a new mnemonic (keys are never printed)");
        command.Subcommands.Add(CreateAddress());
        command.Subcommands.Add(CreateNew());
        return command;
    }

    private static Command CreateAddress()
    {
        var index = new Option<int>("--index")
        {
            Description = "The account index of a mnemonic: m/44'/60'/0'/0/INDEX",
            DefaultValueFactory = _ => 0,
        };
        var flags = new KeySourceFlags();
        var command = new Command("address", "Print the EIP-55 checksummed address of the configured key") { index };
        flags.AddTo(command);
        command.SetAction(async (parseResult, _) =>
        {
            try
            {
                var key = KeySource.Load(flags.Read(parseResult, parseResult.GetValue(index)));
                await parseResult.InvocationConfiguration.Output.WriteLineAsync(key.Address.ToString());
                return ExitCodes.Success;
            }
            catch (KeyException e)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"anchor wallet address: {e.Message}");
                return ExitCodes.BadConfiguration;
            }
        });
        return command;
    }

    private static Command CreateNew()
    {
        var output = new Option<string>("--out")
        {
            Description = "The file to create (mode 0600); an existing file is never overwritten",
            Required = true,
        };
        var command = new Command("new", "Write a new 24-word BIP39 mnemonic to a file only you can read, and print its first address") { output };
        command.SetAction(async (parseResult, cancel) =>
        {
            var path = parseResult.GetRequiredValue(output);
            var error = parseResult.InvocationConfiguration.Error;
            if (File.Exists(path) || Directory.Exists(path))
            {
                await error.WriteLineAsync($"anchor wallet new: {path} already exists; refusing to overwrite it");
                return ExitCodes.BadConfiguration;
            }
            try
            {
                var mnemonic = Mnemonic.Generate(24);
                var address = new Wallet(mnemonic, Environment.GetEnvironmentVariable(KeySource.PassphraseVariable)).GetAddress(0);
                await WriteOwnerOnlyAsync(path, mnemonic.ToPhrase() + "\n", cancel);
                await parseResult.InvocationConfiguration.Output.WriteLineAsync(address.ToString());
                await error.WriteLineAsync($"anchor wallet new: wrote a new 24-word mnemonic to {path} (mode 0600); back it up, it is the only copy");
                return ExitCodes.Success;
            }
            catch (KeyException e)
            {
                await error.WriteLineAsync($"anchor wallet new: {e.Message}");
                return ExitCodes.BadConfiguration;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"anchor wallet new: cannot create {path}: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    /// <summary>
    /// Creates the file with owner-only permissions from the start (no window in which it is
    /// readable by others) and fails if it exists, even if it appeared after the check above.
    /// </summary>
    private static async Task WriteOwnerOnlyAsync(string path, string content, CancellationToken cancel)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using var stream = new FileStream(path, options);
        await using var writer = new StreamWriter(stream);
        await writer.WriteAsync(content.AsMemory(), cancel);
        await writer.FlushAsync(cancel);
        stream.Flush(flushToDisk: true);
    }
}
