using System.Security.Cryptography;
using System.Text;

namespace Anchor.Ethereum.Keys;

/// <summary>
/// The BIP39 English word list, embedded from <c>bip39-english.txt</c> (a copy of the list in the
/// npm package @scure/bip39) and checked against its well-known SHA-256 when first used, so a
/// damaged copy can never derive keys.
/// </summary>
internal static class Bip39Wordlist
{
    /// <summary>SHA-256 of the list as 2048 lines, each ending in a newline.</summary>
    public const string Sha256 = "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda";

    private static readonly Lazy<(string[] Words, Dictionary<string, int> Indices)> List = new(Load);

    /// <summary>The 2048 words in order.</summary>
    public static IReadOnlyList<string> Words => List.Value.Words;

    /// <summary>The index of <paramref name="word"/>, or false if it is not in the list.</summary>
    public static bool TryGetIndex(string word, out int index) => List.Value.Indices.TryGetValue(word, out index);

    /// <summary>The embedded file's bytes, for the checksum test.</summary>
    internal static byte[] ReadResource()
    {
        using var stream = typeof(Bip39Wordlist).Assembly.GetManifestResourceStream("Anchor.Ethereum.Keys.bip39-english.txt")
            ?? throw new InvalidOperationException("the BIP39 word list is not embedded in Anchor.Ethereum");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static (string[], Dictionary<string, int>) Load()
    {
        var bytes = ReadResource();
        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (actual != Sha256)
        {
            throw new InvalidOperationException($"the embedded BIP39 word list is damaged: SHA-256 {actual}, expected {Sha256}");
        }
        var words = Encoding.ASCII.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (words, words.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal));
    }
}
