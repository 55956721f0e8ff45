namespace Anchor.Ledger.Epcis.Identifiers;

/// <summary>
/// GS1 Digital Link URIs that name a trade item: <c>http(s)://any.domain/optional/prefix/01/{GTIN}</c>
/// followed by the key qualifiers <c>/22/{variant}</c>, <c>/10/{lot}</c>, <c>/21/{serial}</c> in that
/// order (or <c>/235/{TPX}</c> alone), then an optional query string (data attributes, ignored here)
/// and fragment. Values are percent-decoded and must be in GS1 character set 82.
/// </summary>
/// <remarks>
/// The GTIN must be written with 14 digits: GS1 Digital Link 1.2 and later say GTIN-8, -12 and -13
/// "SHALL be expressed as 14 digits, with leading zeroes". Compressed Digital Links are not read.
/// </remarks>
internal static class DigitalLink
{
    private const string GtinKey = "01";
    private static readonly string[] QualifierOrder = ["22", "10", "21"];
    private const string ThirdPartySerialKey = "235";

    /// <summary>Reads <paramref name="uri"/> if it is a Digital Link URI with a GTIN primary key.</summary>
    public static IdentifierReading Read(string uri)
    {
        var segments = GtinPathSegments(uri);
        if (segments is null)
        {
            return IdentifierReading.NotAProduct;
        }
        var gtin = segments[1];
        if (gtin.Length != Gtin.Length)
        {
            return IdentifierReading.Invalid(gtin.Length is 8 or 12 or 13
                ? $"a Digital Link writes the GTIN with 14 digits: use {gtin.PadLeft(Gtin.Length, '0')}, not {gtin}"
                : $"GTIN \"{gtin}\" is not 14 digits");
        }
        var gtinProblem = Gtin.DescribeProblem(gtin);
        if (gtinProblem is not null)
        {
            return IdentifierReading.Invalid(gtinProblem);
        }
        return ReadQualifiers(gtin, segments);
    }

    private static IdentifierReading ReadQualifiers(string gtin, string[] segments)
    {
        string? lot = null, serial = null;
        var nextAllowed = 0;
        for (var i = 2; i < segments.Length; i += 2)
        {
            var key = segments[i];
            if (key == ThirdPartySerialKey)
            {
                if (segments.Length != 4)
                {
                    return IdentifierReading.Invalid("AI 235 follows the GTIN alone in a Digital Link");
                }
                return DecodeValue(segments[i + 1], 28, "third-party serial", out var tpx) is { } problem235
                    ? IdentifierReading.Invalid(problem235)
                    : IdentifierReading.Valid(new ProductIdentifier(gtin, null, tpx));
            }
            var order = Array.IndexOf(QualifierOrder, key);
            if (order < nextAllowed)
            {
                return IdentifierReading.Invalid(
                    $"Digital Link key qualifiers go in the order /22/, /10/, /21/; /{key}/ is out of place");
            }
            nextAllowed = order + 1;
            var what = key switch { "22" => "consumer product variant", "10" => "lot", _ => "serial" };
            if (DecodeValue(segments[i + 1], 20, what, out var value) is { } problem)
            {
                return IdentifierReading.Invalid(problem);
            }
            if (key == "10")
            {
                lot = value;
            }
            else if (key == "21")
            {
                serial = value;
            }
        }
        return IdentifierReading.Valid(new ProductIdentifier(gtin, lot, serial));
    }

    private static string? DecodeValue(string encoded, int maxLength, string what, out string? value)
    {
        value = PercentDecoding.Decode(encoded, out var problem);
        return value is null
            ? $"the {what}: {problem}"
            : Gs1CharacterSet82.DescribeProblem(value, maxLength, what);
    }

    /// <summary>
    /// The path segments from "01" to the end of the path, or null if <paramref name="uri"/> is not
    /// an http(s) URI whose path ends with "/01/{digits}" and key-qualifier pairs. The first such
    /// "01" wins, so a path prefix of the brand's own may come before it.
    /// </summary>
    private static string[]? GtinPathSegments(string uri)
    {
        var schemeEnd = uri.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0 || !(uri.AsSpan(0, schemeEnd).Equals("http", StringComparison.OrdinalIgnoreCase) ||
                               uri.AsSpan(0, schemeEnd).Equals("https", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        var pathStart = uri.IndexOf('/', schemeEnd + 3);
        if (pathStart < 0)
        {
            return null;
        }
        var pathEnd = uri.IndexOfAny(['?', '#'], pathStart);
        var segments = uri[(pathStart + 1)..(pathEnd < 0 ? uri.Length : pathEnd)].Split('/');
        for (var start = 0; start + 1 < segments.Length; start++)
        {
            if (IsGtinPath(segments, start))
            {
                return segments[start..];
            }
        }
        return null;
    }

    private static bool IsGtinPath(string[] segments, int start)
    {
        if (segments[start] != GtinKey || !Gtin.IsAllDigits(segments[start + 1]) ||
            (segments.Length - start) % 2 != 0)
        {
            return false;
        }
        for (var i = start + 2; i < segments.Length; i += 2)
        {
            if (Array.IndexOf(QualifierOrder, segments[i]) < 0 && segments[i] != ThirdPartySerialKey)
            {
                return false;
            }
        }
        return true;
    }
}
