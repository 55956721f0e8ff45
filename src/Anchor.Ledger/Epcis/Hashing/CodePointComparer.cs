namespace Anchor.Ledger.Epcis.Hashing;

/// <summary>
/// Orders strings by Unicode code point, which is the order CBV 2.0 prescribes ("case-sensitive
/// lexical ordering, considering UTF-8/ASCII code values") and the order of their UTF-8 bytes.
/// </summary>
/// <remarks>
/// <see cref="string.CompareOrdinal(string, string)"/> compares UTF-16 code units, which puts a
/// supplementary character (a surrogate pair, 0xD800–0xDFFF) before U+E000–U+FFFF; UTF-8 puts it
/// after. The two orders agree on everything else, so only that range is remapped.
/// </remarks>
internal sealed class CodePointComparer : IComparer<string>
{
    public static readonly CodePointComparer Instance = new();

    private CodePointComparer()
    {
    }

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }
        if (x is null)
        {
            return -1;
        }
        if (y is null)
        {
            return 1;
        }
        var common = x.AsSpan().CommonPrefixLength(y);
        if (common == x.Length || common == y.Length)
        {
            return x.Length - y.Length;
        }
        return CodePointRank(x[common]) - CodePointRank(y[common]);
    }

    // Moves surrogates (D800–DFFF) above E000–FFFF, keeping the order within each range.
    private static int CodePointRank(char c) => c switch
    {
        >= '\uE000' => c - 0x800,
        >= '\uD800' => c + 0x2000,
        _ => c,
    };
}
