using System.Text.Json;

namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// How error messages quote the offending value: strings as JSON strings, other values by their
/// JSON text, and anything long cut short so that a huge value cannot flood a log line.
/// </summary>
internal static class ValueText
{
    private const int MaxLength = 80;

    /// <summary>The string as a JSON string literal, shortened if long: <c>"+8:00"</c>.</summary>
    public static string Quote(string value)
    {
        var shown = value.Length > MaxLength ? value[..MaxLength] + "…" : value;
        return JsonSerializer.Serialize(shown, QuoteOptions);
    }

    /// <summary>The value as JSON text, shortened if long.</summary>
    public static string Of(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return Quote(value.GetString()!);
        }
        var text = value.GetRawText();
        return text.Length > MaxLength ? text[..MaxLength] + "…" : text;
    }

    /// <summary>The JSON type of the value in words, for "must be a string, not an array".</summary>
    public static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    // Messages are read by people: keep "°C" and "±" as they are instead of \u escapes.
    private static readonly JsonSerializerOptions QuoteOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
