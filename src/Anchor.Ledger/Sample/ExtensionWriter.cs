using System.Text.Json;

namespace Anchor.Ledger.Sample;

/// <summary>Writes user-extension fields (and ILMD) as JSON-LD properties with compact-IRI names.</summary>
internal static class ExtensionWriter
{
    /// <summary>Writes <paramref name="fields"/> as properties of the object being written.</summary>
    public static void WriteFields(Utf8JsonWriter w, IReadOnlyList<ExtensionField> fields)
    {
        foreach (var field in fields)
        {
            w.WritePropertyName(field.Name);
            WriteValue(w, field.Value);
        }
    }

    /// <summary>Writes <paramref name="fields"/> as a JSON object value.</summary>
    public static void WriteObject(Utf8JsonWriter w, IReadOnlyList<ExtensionField> fields)
    {
        w.WriteStartObject();
        WriteFields(w, fields);
        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, object value)
    {
        switch (value)
        {
            case string s: w.WriteStringValue(s); break;
            case decimal d: w.WriteNumberValue(d); break;
            case int i: w.WriteNumberValue(i); break;
            case bool b: w.WriteBooleanValue(b); break;
            case IReadOnlyList<ExtensionField> nested: WriteObject(w, nested); break;
            default: throw new InvalidOperationException($"an extension value cannot be a {value.GetType().Name}");
        }
    }
}
