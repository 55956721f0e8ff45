using System.Security.Cryptography;
using System.Text;
using Anchor.Ethereum.Crypto;

namespace Anchor.Ethereum.Keys;

/// <summary>
/// A BIP39 mnemonic (English word list): 12 to 24 words that encode entropy and a checksum, and
/// stretch, with an optional passphrase, into the 64-byte seed of an HD wallet.
/// </summary>
/// <remarks>The words are the secret: <see cref="ToString"/> shows only their number.</remarks>
public sealed class Mnemonic
{
    private static readonly int[] WordCounts = [12, 15, 18, 21, 24];
    private readonly string[] _words;

    private Mnemonic(string[] words) => _words = words;

    /// <summary>The number of words.</summary>
    public int WordCount => _words.Length;

    /// <summary>
    /// Parses words separated by any whitespace (case-insensitive) and checks each word and the
    /// checksum.
    /// </summary>
    /// <exception cref="InvalidMnemonicException">Wrong word count, an unknown word (named by position), or a bad checksum.</exception>
    public static Mnemonic Parse(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var words = phrase.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (!WordCounts.Contains(words.Length))
        {
            throw new InvalidMnemonicException($"a mnemonic has 12, 15, 18, 21 or 24 words; this one has {words.Length}");
        }
        var indices = new int[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            if (!Bip39Wordlist.TryGetIndex(words[i], out indices[i]))
            {
                throw new InvalidMnemonicException($"word {i + 1} of the mnemonic is not in the BIP39 English word list", i + 1);
            }
        }
        var mnemonic = new Mnemonic(words);
        var (entropy, checksum) = Unpack(indices);
        var expected = Checksum(entropy);
        CryptographicOperations.ZeroMemory(entropy);
        if (checksum != expected)
        {
            throw new InvalidMnemonicException("the mnemonic's checksum does not match: a word is wrong or out of order");
        }
        return mnemonic;
    }

    /// <summary>A new mnemonic from the operating system's cryptographic random number generator.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The word count is not 12, 15, 18, 21 or 24.</exception>
    public static Mnemonic Generate(int wordCount = 24)
    {
        if (!WordCounts.Contains(wordCount))
        {
            throw new ArgumentOutOfRangeException(nameof(wordCount), wordCount, "a mnemonic has 12, 15, 18, 21 or 24 words");
        }
        var entropy = RandomNumberGenerator.GetBytes(wordCount * 4 / 3);
        try
        {
            return FromEntropy(entropy);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(entropy);
        }
    }

    /// <summary>The mnemonic of 16, 20, 24, 28 or 32 bytes of entropy.</summary>
    /// <exception cref="ArgumentException">Another length.</exception>
    public static Mnemonic FromEntropy(ReadOnlySpan<byte> entropy)
    {
        if (entropy.Length is < 16 or > 32 || entropy.Length % 4 != 0)
        {
            throw new ArgumentException($"BIP39 entropy is 16, 20, 24, 28 or 32 bytes, got {entropy.Length}", nameof(entropy));
        }
        var checksumBits = entropy.Length / 4;
        var wordCount = (entropy.Length * 8 + checksumBits) / 11;
        var checksum = Checksum(entropy);
        var words = new string[wordCount];
        for (var w = 0; w < wordCount; w++)
        {
            var index = 0;
            for (var b = 0; b < 11; b++)
            {
                var bit = w * 11 + b;
                var value = bit < entropy.Length * 8
                    ? (entropy[bit / 8] >> (7 - bit % 8)) & 1
                    : (checksum >> (checksumBits - 1 - (bit - entropy.Length * 8))) & 1;
                index = (index << 1) | value;
            }
            words[w] = Bip39Wordlist.Words[index];
        }
        return new Mnemonic(words);
    }

    /// <summary>
    /// The 64-byte BIP39 seed: PBKDF2-HMAC-SHA512 of the words, salted with "mnemonic" and the
    /// passphrase, 2048 rounds.
    /// </summary>
    /// <exception cref="KeyException">The passphrase is not ASCII (see remarks).</exception>
    /// <remarks>
    /// BIP39 normalises words and passphrase to Unicode NFKD. Anchor runs with invariant
    /// globalization, where .NET cannot normalise, so a non-ASCII passphrase is refused rather than
    /// silently deriving keys that other wallets would not.
    /// </remarks>
    public byte[] ToSeed(string? passphrase = null)
    {
        passphrase ??= "";
        if (!Ascii.IsValid(passphrase))
        {
            throw new KeyException("the BIP39 passphrase must be ASCII: this build cannot apply the Unicode normalisation " +
                                   "(NFKD) BIP39 requires, and without it the passphrase would derive other keys than other wallets do");
        }
        var password = Encoding.UTF8.GetBytes(string.Join(' ', _words));
        var salt = Encoding.UTF8.GetBytes("mnemonic" + passphrase);
        try
        {
            return Rfc2898DeriveBytes.Pbkdf2(password, salt, 2048, HashAlgorithmName.SHA512, 64);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(password);
            CryptographicOperations.ZeroMemory(salt);
        }
    }

    /// <summary>
    /// The words, space-separated. WARNING: this is the secret; write it only to a protected file
    /// or show it only to the person who must back it up.
    /// </summary>
    public string ToPhrase() => string.Join(' ', _words);

    /// <summary>Names the mnemonic by its length only.</summary>
    public override string ToString() => $"Mnemonic({WordCount} words)";

    private static (byte[] Entropy, int Checksum) Unpack(int[] indices)
    {
        var totalBits = indices.Length * 11;
        var checksumBits = totalBits / 33;
        var entropy = new byte[(totalBits - checksumBits) / 8];
        var checksum = 0;
        for (var bit = 0; bit < totalBits; bit++)
        {
            var value = (indices[bit / 11] >> (10 - bit % 11)) & 1;
            if (bit < entropy.Length * 8) entropy[bit / 8] |= (byte)(value << (7 - bit % 8));
            else checksum = (checksum << 1) | value;
        }
        return (entropy, checksum);
    }

    /// <summary>The first ENT/32 bits of SHA-256(entropy).</summary>
    private static int Checksum(ReadOnlySpan<byte> entropy)
    {
        var checksumBits = entropy.Length / 4;
        return SHA256.HashData(entropy)[0] >> (8 - checksumBits);
    }
}
