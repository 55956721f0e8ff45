using System.Text.Json;
using Anchor.Ledger.Sample;
using Anchor.Ledger.Epcis.Identifiers;

namespace Anchor.Ledger.Tests.Sample;

/// <summary>A batch as ingest sees it: a GTIN-14 and a lot.</summary>
internal readonly record struct BatchKey(string Gtin, string Lot)
{
    /// <summary>
    /// Reads the GTIN and lot from an LGTIN URN (urn:epc:class:lgtin:Prefix.IndicatorItem.Lot,
    /// check digit recomputed) or a Digital Link URI with AI 01 and AI 10; null for anything else.
    /// </summary>
    public static BatchKey? Parse(string identifier)
    {
        const string lgtin = "urn:epc:class:lgtin:";
        const string digitalLink = "https://id.gs1.org/01/";
        if (identifier.StartsWith(lgtin, StringComparison.Ordinal))
        {
            var parts = identifier[lgtin.Length..].Split('.', 3);
            if (parts.Length != 3) return null;
            var body = parts[1][0] + parts[0] + parts[1][1..];
            return body.Length == 13 ? new BatchKey(Gs1CheckDigit.Append(body), parts[2]) : null;
        }
        if (identifier.StartsWith(digitalLink, StringComparison.Ordinal))
        {
            var parts = identifier[digitalLink.Length..].Split('/');
            return parts.Length == 3 && parts[1] == "10" ? new BatchKey(parts[0], parts[2]) : null;
        }
        return null;
    }

    /// <summary>
    /// The lot-bearing identifiers an event is filed under: a TransformationEvent's outputs, an
    /// AggregationEvent's children, an ObjectEvent's quantityList.
    /// </summary>
    public static IEnumerable<string> LotIdentifiers(JsonElement evt)
    {
        var list = evt.GetProperty("type").GetString() switch
        {
            "TransformationEvent" => "outputQuantityList",
            "AggregationEvent" => "childQuantityList",
            _ => "quantityList",
        };
        return evt.TryGetProperty(list, out var quantities)
            ? quantities.EnumerateArray().Select(q => q.GetProperty("epcClass").GetString()!)
            : [];
    }
}
