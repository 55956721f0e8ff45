using Anchor.Ethereum.Crypto;

namespace Anchor.Ethereum.Keys;

/// <summary>A BIP39 mnemonic is malformed: word count, an unknown word (by position), or its checksum.</summary>
public sealed class InvalidMnemonicException : KeyException
{
    /// <summary>Creates the exception.</summary>
    public InvalidMnemonicException(string message, int? wordPosition = null) : base(message)
    {
        WordPosition = wordPosition;
    }

    /// <summary>The 1-based position of the offending word, if one word is at fault.</summary>
    public int? WordPosition { get; }
}

/// <summary>A Web3 Secret Storage keystore cannot be decrypted: wrong password, unsupported or malformed.</summary>
public sealed class KeyStoreException : KeyException
{
    /// <summary>Creates the exception.</summary>
    public KeyStoreException(string message, bool isWrongPassword = false, Exception? inner = null) : base(message, inner)
    {
        IsWrongPassword = isWrongPassword;
    }

    /// <summary>True if the MAC did not match: the password is wrong (or the file was altered).</summary>
    public bool IsWrongPassword { get; }
}

/// <summary>
/// The configured key source cannot be used: none or several given, a missing file, a secret file
/// that group or others can read, or key material in it that does not parse.
/// </summary>
public sealed class KeySourceException : KeyException
{
    /// <summary>Creates the exception.</summary>
    public KeySourceException(string message, string? path = null, Exception? inner = null) : base(message, inner)
    {
        Path = path;
    }

    /// <summary>The file at fault, if any.</summary>
    public string? Path { get; }
}

/// <summary>A key derived from the public Hardhat test mnemonic was about to be used on a chain other than the local one.</summary>
public sealed class TestKeyRefusedException : KeyException
{
    /// <summary>Creates the exception.</summary>
    public TestKeyRefusedException(Address address, ulong chainId)
        : base($"refusing to sign for chain {chainId} with {address}, a key of the public Hardhat test mnemonic " +
               $"(everyone knows it); it is allowed only on the local chain {HardhatTestMnemonic.LocalChainId}")
    {
        Address = address;
        ChainId = chainId;
    }

    /// <summary>The test account.</summary>
    public Address Address { get; }

    /// <summary>The chain it was about to be used on.</summary>
    public ulong ChainId { get; }
}
