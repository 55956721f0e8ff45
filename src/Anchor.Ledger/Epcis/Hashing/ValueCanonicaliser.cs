using System.Text.Json;

namespace Anchor.Ledger.Epcis.Hashing;

/// <summary>
/// Turns one JSON value into the text CBV 2.0 writes after the '=': trimmed (rule 5), numbers
/// without trailing zeros (rule 6), timestamps in UTC to the millisecond (rules 8, 9), CBV URNs
/// and bare vocabulary names as GS1 Web URIs (rules 14, 16), CURIEs expanded (rule 15), and EPC
/// URIs and GS1 Digital Link URIs as constrained canonical Digital Link URIs (rules 17, 18).
/// </summary>
internal static class ValueCanonicaliser
{
    /// <summary>
    /// The canonical text of a scalar, or null if it is null or empty (CBV 2.0 rule 4: an absent
    /// value adds nothing).
    /// </summary>
    /// <exception cref="EventHashException">The value is an object or an array.</exception>
    public static string? Canonicalise(JsonElement value, ValueKind kind, string vocabularyPrefix, JsonLdContext context, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.True:
                return "true";
            case JsonValueKind.False:
                return "false";
            case JsonValueKind.Number:
                return NumberCanonicaliser.CanonicaliseJsonNumber(value.GetRawText());
            case JsonValueKind.String:
                var text = value.GetString()!.Trim();
                return text.Length == 0 ? null : CanonicaliseText(text, kind, vocabularyPrefix, context);
            default:
                throw new EventHashException(path, $"expected a single value, found {Describe(value.ValueKind)}");
        }
    }

    /// <summary>Normalises trimmed, non-empty text according to its kind.</summary>
    public static string CanonicaliseText(string text, ValueKind kind, string vocabularyPrefix, JsonLdContext context)
    {
        switch (kind)
        {
            case ValueKind.Timestamp:
                return TimestampCanonicaliser.TryCanonicalise(text, out var timestamp) ? timestamp : text;
            case ValueKind.Vocabulary when CbvVocabulary.IsBareName(text):
                return vocabularyPrefix + text;
            case ValueKind.Vocabulary or ValueKind.Iri:
                return CanonicaliseLiteral(context.ExpandCurie(text));
            default:
                return CanonicaliseLiteral(text);
        }
    }

    // The normalisations CBV 2.0 applies to every value, whatever its field: the reference
    // implementations do too, which keeps the JSON and XML forms of an event in agreement.
    private static string CanonicaliseLiteral(string text)
    {
        if (CbvVocabulary.TryMapUrn(text, out var webUri))
        {
            return webUri;
        }
        if (NumberCanonicaliser.TryCanonicaliseDecimalString(text, out var number))
        {
            return number;
        }
        if (text.StartsWith("urn:epc:", StringComparison.Ordinal))
        {
            return EpcUriConverter.TryConvert(text, out var digitalLink) ? digitalLink : text;
        }
        if (text.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return DigitalLinkCanonicaliser.TryCanonicalise(text, out var canonical) ? canonical : text;
        }
        return text;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => kind.ToString(),
    };
}
