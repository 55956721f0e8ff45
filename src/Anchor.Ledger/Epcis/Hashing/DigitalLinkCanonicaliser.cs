namespace Anchor.Ledger.Epcis.Hashing;

/// <summary>
/// Rewrites a GS1 Digital Link URI into the constrained canonical form of CBV 2.0: the domain
/// <c>https://id.gs1.org</c>, numeric application identifiers instead of short names, no query
/// string or fragment, the GTIN padded to 14 digits, and only the most fine-grained level of
/// identification (a serial wins over a lot, the CPV is dropped).
/// <c>https://example.com/gtin/4012345111118/lot/L1/ser/S1?17=261231</c> becomes
/// <c>https://id.gs1.org/01/04012345111118/21/S1</c>.
/// </summary>
/// <remarks>
/// The key combinations kept are those CBV 2.0 lists: 00, 01, 01+21, 01+10, 01+235, 253, 255, 401,
/// 402, 414, 414+254, 417, 8003, 8004, 8006, 8006+21, 8006+10, 8010, 8010+8011, 8017, 8018. A URI
/// with any other qualifier, or whose key value has the wrong length or characters, is not a
/// Digital Link this algorithm can constrain, and the caller keeps it verbatim.
/// </remarks>
internal static class DigitalLinkCanonicaliser
{
    private const string Root = "https://id.gs1.org/";

    private static readonly Dictionary<string, string> PrimaryKeys = new(StringComparer.Ordinal)
    {
        ["00"] = "00", ["sscc"] = "00",
        ["01"] = "01", ["gtin"] = "01",
        ["253"] = "253", ["gdti"] = "253",
        ["255"] = "255", ["gcn"] = "255",
        ["401"] = "401", ["ginc"] = "401",
        ["402"] = "402", ["gsin"] = "402",
        ["414"] = "414", ["gln"] = "414",
        ["417"] = "417", ["party"] = "417",
        ["8003"] = "8003", ["grai"] = "8003",
        ["8004"] = "8004", ["giai"] = "8004",
        ["8006"] = "8006", ["itip"] = "8006",
        ["8010"] = "8010", ["cpid"] = "8010",
        ["8017"] = "8017", ["gsrnp"] = "8017",
        ["8018"] = "8018", ["gsrn"] = "8018",
    };

    private static readonly Dictionary<string, string> Qualifiers = new(StringComparer.Ordinal)
    {
        ["22"] = "22", ["cpv"] = "22",
        ["10"] = "10", ["lot"] = "10",
        ["21"] = "21", ["ser"] = "21",
        ["235"] = "235",
        ["254"] = "254",
        ["8011"] = "8011",
    };

    public static bool TryCanonicalise(string uri, out string canonical)
    {
        canonical = uri;
        var path = PathOf(uri);
        if (path is null)
        {
            return false;
        }
        var segments = path.Split('/');
        // A custom domain may put a path prefix before the key: take the first position at which
        // the rest reads as key, value and allowed qualifiers.
        for (var i = 0; i + 1 < segments.Length; i++)
        {
            if (PrimaryKeys.TryGetValue(segments[i], out var ai) && TryBuild(ai, segments.AsSpan(i + 1), out var built))
            {
                canonical = built;
                return true;
            }
        }
        return false;
    }

    // The path after the authority, without query, fragment or a trailing slash; null if not http(s).
    private static string? PathOf(string uri)
    {
        var schemeLength = uri.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : uri.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
            : 0;
        if (schemeLength == 0)
        {
            return null;
        }
        var end = uri.AsSpan().IndexOfAny('?', '#');
        var withoutQuery = end < 0 ? uri.AsSpan(schemeLength) : uri.AsSpan(schemeLength, end - schemeLength);
        var slash = withoutQuery.IndexOf('/');
        if (slash < 0)
        {
            return null;
        }
        var path = withoutQuery[(slash + 1)..];
        return (path.EndsWith('/') ? path[..^1] : path).ToString();
    }

    private static bool TryBuild(string ai, ReadOnlySpan<string> rest, out string canonical)
    {
        canonical = string.Empty;
        if ((rest.Length - 1) % 2 != 0 || !TryKeyValue(ai, rest[0], out var keyValue))
        {
            return false;
        }
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < rest.Length; i += 2)
        {
            if (!Qualifiers.TryGetValue(rest[i], out var qualifier) || !IsAllowed(ai, qualifier)
                || !DigitalLinkEncoding.TryNormalise(rest[i + 1], out var value) || value.Length == 0
                || !found.TryAdd(qualifier, value))
            {
                return false;
            }
        }
        if (found.TryGetValue("8011", out var serialComponent) && !IsDigits(serialComponent))
        {
            return false;
        }
        canonical = $"{Root}{ai}/{keyValue}{FinestQualifier(found)}";
        return true;
    }

    private static bool IsAllowed(string ai, string qualifier) => (ai, qualifier) switch
    {
        ("01", "22" or "10" or "21" or "235") => true,
        ("8006", "22" or "10" or "21") => true,
        ("414", "254") => true,
        ("8010", "8011") => true,
        _ => false,
    };

    // A serial identifies one instance, so it makes a lot (and the CPV) redundant.
    private static string FinestQualifier(Dictionary<string, string> found)
    {
        foreach (var qualifier in (ReadOnlySpan<string>)["21", "235", "10", "254", "8011"])
        {
            if (found.TryGetValue(qualifier, out var value))
            {
                return $"/{qualifier}/{value}";
            }
        }
        return string.Empty;
    }

    private static bool TryKeyValue(string ai, string segment, out string value)
    {
        value = string.Empty;
        if (!DigitalLinkEncoding.TryDecode(segment, out var decoded))
        {
            return false;
        }
        var valid = ai switch
        {
            "01" => IsDigits(decoded) && decoded.Length is 8 or 12 or 13 or 14,
            "00" or "8006" or "8017" or "8018" => IsDigits(decoded) && decoded.Length == 18,
            "414" or "417" => IsDigits(decoded) && decoded.Length == 13,
            "402" => IsDigits(decoded) && decoded.Length == 17,
            "253" => decoded.Length is >= 13 and <= 30 && IsDigits(decoded.AsSpan(0, 13)),
            "255" => decoded.Length is >= 13 and <= 25 && IsDigits(decoded),
            "8003" => decoded.Length is >= 14 and <= 30 && IsDigits(decoded.AsSpan(0, 14)),
            _ => decoded.Length is >= 1 and <= 30, // 401, 8004, 8010
        };
        if (!valid)
        {
            return false;
        }
        if (ai == "01")
        {
            decoded = decoded.PadLeft(14, '0');
        }
        return DigitalLinkEncoding.TryEncode(decoded, out value);
    }

    private static bool IsDigits(ReadOnlySpan<char> s) => !s.ContainsAnyExceptInRange('0', '9');
}
