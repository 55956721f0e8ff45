using System.CommandLine;
using Anchor.Ethereum.Keys;

namespace Anchor.Commands;

/// <summary>
/// The flags that choose the signing key, for every command that signs or shows the signer:
/// --mnemonic-file, --key-file, or --keystore with --password-file; without them the mnemonic
/// comes from ANCHOR_MNEMONIC. The BIP39 passphrase is read from ANCHOR_MNEMONIC_PASSPHRASE and a
/// keystore password from ANCHOR_KEYSTORE_PASSWORD, never from the command line, where other
/// users could read them in the process list.
/// </summary>
public sealed class KeySourceFlags
{
    /// <summary>--mnemonic-file</summary>
    public Option<string?> MnemonicFile { get; } = new("--mnemonic-file")
    {
        Description = "A file holding the BIP39 mnemonic; it must not be readable by group or others (chmod 600)",
    };

    /// <summary>--key-file</summary>
    public Option<string?> KeyFile { get; } = new("--key-file")
    {
        Description = "A file holding a raw private key as hex; it must not be readable by group or others (chmod 600)",
    };

    /// <summary>--keystore</summary>
    public Option<string?> Keystore { get; } = new("--keystore")
    {
        Description = "A Web3 Secret Storage v3 keystore (as geth, ethers and Nethereum export); password from ANCHOR_KEYSTORE_PASSWORD or --password-file",
    };

    /// <summary>--password-file</summary>
    public Option<string?> PasswordFile { get; } = new("--password-file")
    {
        Description = "A file whose first line is the keystore password (chmod 600)",
    };

    /// <summary>Adds the flags to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(MnemonicFile);
        command.Options.Add(KeyFile);
        command.Options.Add(Keystore);
        command.Options.Add(PasswordFile);
    }

    /// <summary>The key source the flags name, for account <paramref name="accountIndex"/> of a mnemonic.</summary>
    public KeySourceOptions Read(ParseResult parseResult, int accountIndex = 0) => new()
    {
        MnemonicFile = parseResult.GetValue(MnemonicFile),
        KeyFile = parseResult.GetValue(KeyFile),
        KeystoreFile = parseResult.GetValue(Keystore),
        KeystorePasswordFile = parseResult.GetValue(PasswordFile),
        AccountIndex = accountIndex,
    };
}
