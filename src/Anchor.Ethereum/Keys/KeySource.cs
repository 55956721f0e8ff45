using Anchor.Ethereum.Crypto;

namespace Anchor.Ethereum.Keys;

/// <summary>Where the signing key comes from: at most one file option; without one, the ANCHOR_MNEMONIC variable.</summary>
public sealed class KeySourceOptions
{
    /// <summary>A file holding a BIP39 mnemonic (mode 0600).</summary>
    public string? MnemonicFile { get; set; }

    /// <summary>A file holding a raw private key as hex (mode 0600).</summary>
    public string? KeyFile { get; set; }

    /// <summary>A Web3 Secret Storage v3 keystore file.</summary>
    public string? KeystoreFile { get; set; }

    /// <summary>A file whose first line is the keystore password (mode 0600); else ANCHOR_KEYSTORE_PASSWORD.</summary>
    public string? KeystorePasswordFile { get; set; }

    /// <summary>The BIP44 account index, for a mnemonic: m/44'/60'/0'/0/index.</summary>
    public int AccountIndex { get; set; }
}

/// <summary>
/// Loads the signing key from the configured source: a mnemonic (ANCHOR_MNEMONIC or a mnemonic
/// file, with the passphrase from ANCHOR_MNEMONIC_PASSPHRASE), a raw private-key file, or a v3
/// keystore. Every failure is a <see cref="KeyException"/> whose message names the source and the
/// reason, never the secret.
/// </summary>
public static class KeySource
{
    /// <summary>The variable that may hold the mnemonic.</summary>
    public const string MnemonicVariable = "ANCHOR_MNEMONIC";

    /// <summary>The variable that may hold the BIP39 passphrase.</summary>
    public const string PassphraseVariable = "ANCHOR_MNEMONIC_PASSPHRASE";

    /// <summary>The variable that may hold the keystore password.</summary>
    public const string KeystorePasswordVariable = "ANCHOR_KEYSTORE_PASSWORD";

    /// <summary>Loads the key.</summary>
    /// <param name="options">The configured source.</param>
    /// <param name="environment">Reads environment variables; defaults to the process environment.</param>
    /// <exception cref="KeyException">No source, several sources, or a source that cannot be used.</exception>
    public static PrivateKey Load(KeySourceOptions options, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        environment ??= Environment.GetEnvironmentVariable;
        var files = new[] { ("mnemonic file", options.MnemonicFile), ("key file", options.KeyFile), ("keystore", options.KeystoreFile) }
            .Where(f => !string.IsNullOrEmpty(f.Item2)).ToArray();
        if (files.Length > 1)
        {
            throw new KeySourceException($"give one key source, not several ({string.Join(" and ", files.Select(f => f.Item1))})");
        }
        if (options.AccountIndex < 0) throw new KeySourceException($"the account index must be 0 or more, not {options.AccountIndex}");
        if (options.AccountIndex != 0 && (options.KeyFile is { Length: > 0 } || options.KeystoreFile is { Length: > 0 }))
        {
            throw new KeySourceException("an account index applies to a mnemonic only; a key file or keystore holds one key");
        }

        if (options.MnemonicFile is { Length: > 0 } mnemonicFile)
        {
            var phrase = SecretFile.ReadAllText(mnemonicFile, "mnemonic file");
            return FromMnemonic(phrase, $"mnemonic file {mnemonicFile}", options.AccountIndex, environment);
        }
        if (options.KeyFile is { Length: > 0 } keyFile)
        {
            var text = SecretFile.ReadAllText(keyFile, "key file");
            try
            {
                return PrivateKey.Parse(text.Trim());
            }
            catch (InvalidKeyException e)
            {
                throw new KeySourceException($"key file {keyFile}: {e.Message}", keyFile, e);
            }
        }
        if (options.KeystoreFile is { Length: > 0 } keystoreFile)
        {
            return FromKeystore(keystoreFile, options.KeystorePasswordFile, environment);
        }
        if (environment(MnemonicVariable) is { Length: > 0 } mnemonic)
        {
            return FromMnemonic(mnemonic, MnemonicVariable, options.AccountIndex, environment);
        }
        throw new KeySourceException($"no key source: set {MnemonicVariable}, or give a mnemonic file, a key file or a keystore");
    }

    /// <summary>Describes the configured source for logs, without any secret ("mnemonic file /etc/anchor/mnemonic, account 0").</summary>
    public static string Describe(KeySourceOptions options, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (options.MnemonicFile is { Length: > 0 } m) return $"mnemonic file {m}, account {options.AccountIndex}";
        if (options.KeyFile is { Length: > 0 } k) return $"key file {k}";
        if (options.KeystoreFile is { Length: > 0 } s) return $"keystore {s}";
        return environment(MnemonicVariable) is { Length: > 0 } ? $"{MnemonicVariable}, account {options.AccountIndex}" : "no key source";
    }

    private static PrivateKey FromMnemonic(string phrase, string source, int index, Func<string, string?> environment)
    {
        try
        {
            return new Wallet(phrase, environment(PassphraseVariable)).GetPrivateKey(index);
        }
        catch (KeyException e) when (e is not KeySourceException)
        {
            throw new KeySourceException($"{source}: {e.Message}", null, e);
        }
    }

    private static PrivateKey FromKeystore(string path, string? passwordFile, Func<string, string?> environment)
    {
        string password;
        if (passwordFile is { Length: > 0 })
        {
            password = SecretFile.ReadAllText(passwordFile, "keystore password file").Split('\n')[0].TrimEnd('\r');
        }
        else
        {
            password = environment(KeystorePasswordVariable)
                ?? throw new KeySourceException($"keystore {path} needs a password: set {KeystorePasswordVariable} or give a password file", path);
        }
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KeySourceException($"keystore {path} cannot be read: {e.Message}", path, e);
        }
        try
        {
            return KeyStore.Decrypt(json, password);
        }
        catch (KeyStoreException e)
        {
            throw new KeySourceException($"keystore {path}: {e.Message}", path, e);
        }
    }
}
