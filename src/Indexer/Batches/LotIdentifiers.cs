using Anchor.Ledger.Epcis.Identifiers;

namespace Anchor.Indexer.Batches;

/// <summary>
/// Reads the batch (GTIN-14 and lot) that an EPCIS identifier names, for the inputs of a
/// TransformationEvent: an LGTIN EPC URN (<c>urn:epc:class:lgtin:CompanyPrefix.IndicatorItemRef.Lot</c>)
/// or a GS1 Digital Link URI with <c>/01/{gtin}</c> and <c>/10/{lot}</c>. Ingest already
/// validated every identifier (docs/epcis-ingest.md), so this only extracts; an identifier that
/// names no lot (an SGTIN, an SSCC) gives none.
/// </summary>
/// <remarks>
/// Anchor.Ledger's own identifier readers are internal; this mirrors the part of them that
/// extracts a lot, and the assembler confirms every batch it finds by its key in the ledger.
/// </remarks>
public static class LotIdentifiers
{
    private const string LgtinPrefix = "urn:epc:class:lgtin:";

    /// <summary>The batch that <paramref name="identifier"/> names, if it names one.</summary>
    public static bool TryRead(string identifier, out string gtin14, out string lot)
    {
        (gtin14, lot) = ("", "");
        ArgumentNullException.ThrowIfNull(identifier);
        return identifier.StartsWith(LgtinPrefix, StringComparison.Ordinal)
            ? TryReadLgtin(identifier[LgtinPrefix.Length..], ref gtin14, ref lot)
            : TryReadDigitalLink(identifier, ref gtin14, ref lot);
    }

    private static bool TryReadLgtin(string body, ref string gtin14, ref string lot)
    {
        // The lot may itself hold dots; only the first two separate the components.
        var parts = body.Split('.', 3);
        if (parts.Length != 3 || parts[2].Length == 0 || !parts[0].All(char.IsAsciiDigit) || !parts[1].All(char.IsAsciiDigit) ||
            parts[0].Length + parts[1].Length != 13 || parts[1].Length == 0)
        {
            return false;
        }
        // The indicator digit leads the item reference in the URN but the GTIN in AI (01).
        var withoutCheck = parts[1][..1] + parts[0] + parts[1][1..];
        gtin14 = withoutCheck + Gs1CheckDigit.Compute(withoutCheck);
        lot = Uri.UnescapeDataString(parts[2]);
        return true;
    }

    private static bool TryReadDigitalLink(string uri, ref string gtin14, ref string lot)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }
        var segments = parsed.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var start = Array.FindIndex(segments, s => s == "01");
        if (start < 0 || start + 1 >= segments.Length || segments[start + 1] is not { Length: 14 } gtin || !gtin.All(char.IsAsciiDigit)) return false;
        for (var i = start + 2; i + 1 < segments.Length; i += 2)
        {
            if (segments[i] != "10") continue;
            (gtin14, lot) = (gtin, Uri.UnescapeDataString(segments[i + 1]));
            return lot.Length > 0;
        }
        return false;
    }
}
