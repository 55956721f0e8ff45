using Anchor.Ledger.Epcis.Identifiers;
namespace Anchor.Ledger.Epcis.Hashing;

/// <summary>
/// Converts EPC URIs (<c>urn:epc:id:…</c>), EPC Class URIs (<c>urn:epc:class:lgtin:…</c>) and EPC
/// ID Pattern URIs (<c>urn:epc:idpat:…</c>) into the canonical GS1 Digital Link URI that CBV 2.0
/// puts in the pre-hash string, following the EPC Tag Data Standard's URI to GS1 element string
/// rules: <c>urn:epc:id:sgtin:4012345.011111.9876</c> becomes
/// <c>https://id.gs1.org/01/04012345111118/21/9876</c>.
/// </summary>
/// <remarks>
/// The company prefix and the fixed-length reference are split by length, not by dots, because a
/// serial may itself contain dots. Check digits are computed. A URI that does not parse (wrong
/// digit counts, an unknown scheme, a pattern that is not class level) is not converted, and the
/// caller keeps it verbatim.
/// </remarks>
internal static class EpcUriConverter
{
    private const string Root = "https://id.gs1.org/";
    private const string InstancePrefix = "urn:epc:id:";
    private const string ClassPrefix = "urn:epc:class:lgtin:";
    private const string PatternPrefix = "urn:epc:idpat:";

    public static bool TryConvert(string uri, out string digitalLink)
    {
        var s = uri.AsSpan();
        string? converted = null;
        if (s.StartsWith(InstancePrefix, StringComparison.Ordinal))
        {
            converted = ConvertInstance(s[InstancePrefix.Length..]);
        }
        else if (s.StartsWith(ClassPrefix, StringComparison.Ordinal))
        {
            converted = ConvertLgtin(s[ClassPrefix.Length..]);
        }
        else if (s.StartsWith(PatternPrefix, StringComparison.Ordinal))
        {
            converted = ConvertPattern(s[PatternPrefix.Length..]);
        }
        digitalLink = converted ?? uri;
        return converted is not null;
    }

    private static string? ConvertInstance(ReadOnlySpan<char> s)
    {
        var colon = s.IndexOf(':');
        if (colon < 0)
        {
            return null;
        }
        var body = s[(colon + 1)..];
        return s[..colon] switch
        {
            "sgtin" => Sgtin(body),
            "sscc" => Sscc(body),
            "sgln" => Sgln(body),
            "grai" => KeyWithTrailingSerial(body, 12, "8003/", indicator: "0"),
            "giai" => CompanyPrefixAndReference(body, "8004/"),
            "gsrn" => FixedKey(body, 17, "8018/"),
            "gsrnp" => FixedKey(body, 17, "8017/"),
            "gdti" => KeyWithTrailingSerial(body, 12, "253/", indicator: ""),
            "cpi" => Cpi(body),
            "sgcn" => Sgcn(body),
            "ginc" => CompanyPrefixAndReference(body, "401/"),
            "gsin" => FixedKey(body, 16, "402/"),
            "itip" => Itip(body),
            "upui" => Upui(body),
            "pgln" => FixedKey(body, 12, "417/"),
            _ => null,
        };
    }

    private static string? ConvertPattern(ReadOnlySpan<char> s)
    {
        var colon = s.IndexOf(':');
        if (colon < 0)
        {
            return null;
        }
        var body = s[(colon + 1)..];
        // Only class-level patterns ("all instances of this class") have a Digital Link form.
        return s[..colon] switch
        {
            "sgtin" or "upui" => GtinPattern(body),
            "grai" => KeyPattern(body, 12, "8003/", indicator: "0"),
            "gdti" => KeyPattern(body, 12, "253/", indicator: ""),
            "sgcn" => KeyPattern(body, 12, "255/", indicator: ""),
            "cpi" => CpiPattern(body),
            "itip" => ItipPattern(body),
            _ => null,
        };
    }

    private static string? Sgtin(ReadOnlySpan<char> body) =>
        TrySplit(body, 13, withRest: true, out var prefix, out var reference, out var serial)
        && DigitalLinkEncoding.TryNormalise(serial, out var encodedSerial) && encodedSerial.Length > 0
            ? $"{Root}01/{Gtin(prefix, reference)}/21/{encodedSerial}"
            : null;

    private static string? ConvertLgtin(ReadOnlySpan<char> body) =>
        TrySplit(body, 13, withRest: true, out var prefix, out var reference, out var lot)
        && DigitalLinkEncoding.TryNormalise(lot, out var encodedLot) && encodedLot.Length > 0
            ? $"{Root}01/{Gtin(prefix, reference)}/10/{encodedLot}"
            : null;

    private static string? Upui(ReadOnlySpan<char> body) =>
        TrySplit(body, 13, withRest: true, out var prefix, out var reference, out var tpx)
        && DigitalLinkEncoding.TryNormalise(tpx, out var encodedTpx) && encodedTpx.Length > 0
            ? $"{Root}01/{Gtin(prefix, reference)}/235/{encodedTpx}"
            : null;

    private static string? Sscc(ReadOnlySpan<char> body)
    {
        if (!TrySplit(body, 17, withRest: false, out var prefix, out var reference, out _))
        {
            return null;
        }
        // The serial reference starts with the extension digit, which leads the SSCC.
        var digits = string.Concat(reference[..1], prefix, reference[1..]);
        return $"{Root}00/{digits}{Gs1CheckDigit.Compute(digits)}";
    }

    private static string? Sgln(ReadOnlySpan<char> body)
    {
        if (!TrySplit(body, 12, withRest: true, out var prefix, out var reference, out var extension)
            || !DigitalLinkEncoding.TryNormalise(extension, out var encodedExtension) || encodedExtension.Length == 0)
        {
            return null;
        }
        var gln = WithCheckDigit(string.Concat(prefix, reference));
        // The Tag Data Standard writes "no extension" as extension 0.
        return encodedExtension == "0" ? $"{Root}414/{gln}" : $"{Root}414/{gln}/254/{encodedExtension}";
    }

    private static string? FixedKey(ReadOnlySpan<char> body, int keyDigits, string ai) =>
        TrySplit(body, keyDigits, withRest: false, out var prefix, out var reference, out _)
            ? $"{Root}{ai}{WithCheckDigit(string.Concat(prefix, reference))}"
            : null;

    // GRAI and GDTI: the key with its check digit, immediately followed by the (optional) serial.
    private static string? KeyWithTrailingSerial(ReadOnlySpan<char> body, int keyDigits, string ai, string indicator) =>
        TrySplit(body, keyDigits, withRest: true, out var prefix, out var reference, out var serial)
        && DigitalLinkEncoding.TryNormalise(serial, out var encodedSerial)
            ? $"{Root}{ai}{WithCheckDigit(string.Concat(indicator, prefix, reference))}{encodedSerial}"
            : null;

    private static string? Sgcn(ReadOnlySpan<char> body) =>
        TrySplit(body, 12, withRest: true, out var prefix, out var reference, out var serial) && IsDigits(serial)
            ? $"{Root}255/{WithCheckDigit(string.Concat(prefix, reference))}{serial}"
            : null;

    // GIAI and GINC: a company prefix and a free-form reference, no check digit.
    private static string? CompanyPrefixAndReference(ReadOnlySpan<char> body, string ai)
    {
        var dot = body.IndexOf('.');
        return dot is >= 6 and <= 12 && IsDigits(body[..dot]) && body.Length > dot + 1
            && DigitalLinkEncoding.TryNormalise(string.Concat(body[..dot], body[(dot + 1)..]), out var encoded)
            ? $"{Root}{ai}{encoded}"
            : null;
    }

    private static string? Cpi(ReadOnlySpan<char> body)
    {
        var lastDot = body.LastIndexOf('.');
        if (lastDot < 0 || !IsDigits(body[(lastDot + 1)..]) || lastDot == body.Length - 1)
        {
            return null;
        }
        var component = CpiComponent(body[..lastDot]);
        return component is null ? null : $"{Root}8010/{component}/8011/{body[(lastDot + 1)..]}";
    }

    private static string? CpiPattern(ReadOnlySpan<char> body)
    {
        if (!body.EndsWith(".*", StringComparison.Ordinal))
        {
            return null;
        }
        var component = CpiComponent(body[..^2]);
        return component is null ? null : $"{Root}8010/{component}";
    }

    private static string? CpiComponent(ReadOnlySpan<char> companyPrefixDotReference)
    {
        var dot = companyPrefixDotReference.IndexOf('.');
        return dot is >= 6 and <= 12 && IsDigits(companyPrefixDotReference[..dot])
            && DigitalLinkEncoding.TryNormalise(
                string.Concat(companyPrefixDotReference[..dot], companyPrefixDotReference[(dot + 1)..]), out var encoded)
            ? encoded
            : null;
    }

    private static string? Itip(ReadOnlySpan<char> body)
    {
        // CP.IndicatorItemRef.Piece.Total.Serial
        if (!TrySplit(body, 13, withRest: true, out var prefix, out var reference, out var rest)
            || !TrySplitPieceAndTotal(rest, out var pieceAndTotal, out var serial)
            || !DigitalLinkEncoding.TryNormalise(serial, out var encodedSerial) || encodedSerial.Length == 0)
        {
            return null;
        }
        return $"{Root}8006/{Gtin(prefix, reference)}{pieceAndTotal}/21/{encodedSerial}";
    }

    private static string? ItipPattern(ReadOnlySpan<char> body) =>
        TrySplit(body, 13, withRest: true, out var prefix, out var reference, out var rest)
        && TrySplitPieceAndTotal(rest, out var pieceAndTotal, out var star) && star is "*"
            ? $"{Root}8006/{Gtin(prefix, reference)}{pieceAndTotal}"
            : null;

    private static bool TrySplitPieceAndTotal(ReadOnlySpan<char> rest, out string pieceAndTotal, out ReadOnlySpan<char> tail)
    {
        pieceAndTotal = string.Empty;
        tail = default;
        if (rest.Length < 6 || rest[2] != '.' || rest[5] != '.' || !IsDigits(rest[..2]) || !IsDigits(rest.Slice(3, 2)))
        {
            return false;
        }
        pieceAndTotal = string.Concat(rest[..2], rest.Slice(3, 2));
        tail = rest[6..];
        return true;
    }

    private static string? GtinPattern(ReadOnlySpan<char> body) =>
        TrySplit(body, 13, withRest: true, out var prefix, out var reference, out var star) && star is "*"
            ? $"{Root}01/{Gtin(prefix, reference)}"
            : null;

    private static string? KeyPattern(ReadOnlySpan<char> body, int keyDigits, string ai, string indicator) =>
        TrySplit(body, keyDigits, withRest: true, out var prefix, out var reference, out var star) && star is "*"
            ? $"{Root}{ai}{WithCheckDigit(string.Concat(indicator, prefix, reference))}"
            : null;

    // The EPC reference of a GTIN starts with the indicator digit, which leads the GTIN-14.
    private static string Gtin(ReadOnlySpan<char> prefix, ReadOnlySpan<char> reference) =>
        WithCheckDigit(string.Concat(reference[..1], prefix, reference[1..]));

    private static string WithCheckDigit(string digits) => digits + Gs1CheckDigit.Compute(digits);

    /// <summary>
    /// Splits <c>CompanyPrefix.Reference[.Rest]</c>, where the company prefix has 6–12 digits and
    /// the reference has the digits that make up <paramref name="keyDigits"/> with it.
    /// </summary>
    private static bool TrySplit(
        ReadOnlySpan<char> body, int keyDigits, bool withRest,
        out ReadOnlySpan<char> companyPrefix, out ReadOnlySpan<char> reference, out ReadOnlySpan<char> rest)
    {
        companyPrefix = reference = rest = default;
        var dot = body.IndexOf('.');
        if (dot is < 6 or > 12 || !IsDigits(body[..dot]))
        {
            return false;
        }
        companyPrefix = body[..dot];
        var afterDot = body[(dot + 1)..];
        var referenceLength = keyDigits - dot;
        if (afterDot.Length < referenceLength || !IsDigits(afterDot[..referenceLength]))
        {
            return false;
        }
        reference = afterDot[..referenceLength];
        var tail = afterDot[referenceLength..];
        if (!withRest)
        {
            return tail.IsEmpty;
        }
        if (tail.IsEmpty || tail[0] != '.')
        {
            return false;
        }
        rest = tail[1..];
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> s) => !s.ContainsAnyExceptInRange('0', '9');
}
