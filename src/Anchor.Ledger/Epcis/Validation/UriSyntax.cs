using System.Buffers;

namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// The JSON Schema <c>"format": "uri"</c> check: an absolute URI as RFC 3986 defines it
/// (<c>scheme ":" rest</c>), ASCII only, every '%' starting a two-hex-digit escape, at most one '#',
/// and '[' ']' only inside the authority (IPv6 literals). EPCIS uses it for identifiers
/// (<c>urn:epc:id:sgtin:…</c>, Digital Links, <c>ni:///sha-256;…</c>) and for extension member
/// names (<c>example:myField</c>, whose "scheme" is the JSON-LD prefix).
/// </summary>
internal static class UriSyntax
{
    private static readonly SearchValues<char> SchemeCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");

    // unreserved, sub-delims, ":" "@" "/" "?" — what may appear outside escapes in path, query and fragment.
    private static readonly SearchValues<char> UriCharacters = SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?");

    /// <summary>True if <paramref name="value"/> is an absolute URI.</summary>
    public static bool IsUri(string value) => DescribeProblem(value) is null;

    /// <summary>Why <paramref name="value"/> is not an absolute URI, or null if it is one.</summary>
    public static string? DescribeProblem(string value)
    {
        var colon = value.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(value[0]) || value.AsSpan(0, colon).IndexOfAnyExcept(SchemeCharacters) >= 0)
        {
            return "has no URI scheme (such as \"urn:\" or \"https:\")";
        }
        var authorityEnd = AuthorityEnd(value, colon + 1);
        var sawFragment = false;
        for (var i = colon + 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%')
            {
                if (i + 2 >= value.Length || !char.IsAsciiHexDigit(value[i + 1]) || !char.IsAsciiHexDigit(value[i + 2]))
                {
                    return $"has a '%' at position {i} that does not start a %XX escape";
                }
                i += 2;
            }
            else if (c == '#' && !sawFragment)
            {
                sawFragment = true;
            }
            else if (c is '[' or ']' && i < authorityEnd)
            {
                continue;
            }
            else if (!UriCharacters.Contains(c))
            {
                return c > 0x7F
                    ? $"has the non-ASCII character '{c}' at position {i}; percent-encode it as UTF-8"
                    : $"has {Describe(c)} at position {i}, which a URI cannot contain unescaped";
            }
        }
        return null;
    }

    // After "scheme:", a "//" starts the authority, which runs to the next '/', '?' or '#'.
    private static int AuthorityEnd(string value, int start)
    {
        if (!value.AsSpan(start).StartsWith("//"))
        {
            return start;
        }
        var end = value.AsSpan(start + 2).IndexOfAny('/', '?', '#');
        return end < 0 ? value.Length : start + 2 + end;
    }

    private static string Describe(char c) => c switch
    {
        ' ' => "a space",
        _ when char.IsControl(c) => $"the control character U+{(int)c:X4}",
        _ => $"'{c}'",
    };
}
