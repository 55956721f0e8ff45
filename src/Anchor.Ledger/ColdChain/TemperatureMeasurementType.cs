using System.Text.Json;

namespace Anchor.Ledger.ColdChain;

/// <summary>
/// Recognises a sensor report's <c>type</c> as GS1's Temperature, in each form a JSON-LD
/// document may use: the EPCIS context's bare term "Temperature", the compact IRI
/// "gs1:Temperature", the full IRI "https://gs1.org/voc/Temperature", and a compact IRI or term
/// that the event's own "@context" maps onto that IRI.
/// </summary>
internal sealed class TemperatureMeasurementType
{
    private const string Gs1Vocabulary = "https://gs1.org/voc/";
    private const string TemperatureIri = Gs1Vocabulary + "Temperature";

    // The EPCIS context is @protected, so "gs1" and the bare term cannot be redefined; an event's
    // own context can only add prefixes and terms.
    private readonly Dictionary<string, string> _mappings = new(StringComparer.Ordinal);

    private TemperatureMeasurementType() { }

    /// <summary>The mappings of <paramref name="evt"/>'s own "@context", if it has one.</summary>
    public static TemperatureMeasurementType ForEvent(JsonElement evt)
    {
        var type = new TemperatureMeasurementType();
        if (evt.TryGetProperty("@context", out var context)) type.AddContext(context);
        return type;
    }

    /// <summary>True when <paramref name="measurementType"/> names GS1's Temperature.</summary>
    public bool IsTemperature(string? measurementType)
    {
        if (measurementType is null) return false;
        if (measurementType == "Temperature") return true;
        return IsTemperatureIri(Expand(measurementType));
    }

    private string Expand(string value)
    {
        if (_mappings.TryGetValue(value, out var term)) return term;
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || value.AsSpan(colon + 1).StartsWith("//")) return value;
        var prefix = value[..colon];
        if (prefix == "gs1") return Gs1Vocabulary + value[(colon + 1)..];
        return _mappings.TryGetValue(prefix, out var iri) ? iri + value[(colon + 1)..] : value;
    }

    // http and www forms are not what GS1 publishes, but they name the same thing and a reading
    // must not be lost over a spelling.
    private static bool IsTemperatureIri(string iri) =>
        iri is TemperatureIri or "http://gs1.org/voc/Temperature"
            or "https://www.gs1.org/voc/Temperature" or "http://www.gs1.org/voc/Temperature";

    private void AddContext(JsonElement context)
    {
        switch (context.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in context.EnumerateArray()) AddContext(item);
                break;
            case JsonValueKind.Object:
                foreach (var entry in context.EnumerateObject())
                {
                    if (entry.Value.ValueKind == JsonValueKind.String) _mappings[entry.Name] = entry.Value.GetString()!;
                    else if (entry.Value.ValueKind == JsonValueKind.Object &&
                             entry.Value.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String)
                    {
                        _mappings[entry.Name] = id.GetString()!;
                    }
                }
                break;
        }
    }
}
