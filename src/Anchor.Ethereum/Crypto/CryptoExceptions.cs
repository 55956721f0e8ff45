namespace Anchor.Ethereum.Crypto;

/// <summary>
/// Key material is malformed: wrong length, not hex, out of range. The message says what is wrong
/// with it and never includes the key.
/// </summary>
public class InvalidKeyException : KeyException
{
    /// <summary>Creates the exception.</summary>
    public InvalidKeyException(string message, Exception? inner = null) : base(message, inner) { }
}

/// <summary>A signature is malformed or recovers to no key.</summary>
public sealed class InvalidSignatureException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidSignatureException(string message) : base(message) { }
}

/// <summary>
/// Base of every error about key material (keys, mnemonics, keystores, key sources). Messages
/// say what is wrong and where, and never contain the secret.
/// </summary>
public class KeyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KeyException(string message, Exception? inner = null) : base(message, inner) { }
}
