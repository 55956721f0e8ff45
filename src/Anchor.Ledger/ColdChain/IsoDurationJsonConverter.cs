using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;

namespace Anchor.Ledger.ColdChain;

/// <summary>
/// Writes a <see cref="TimeSpan"/> as an ISO 8601 duration ("PT1H30M"), the form JSON Schema's
/// "duration" format and every language's date library read, rather than .NET's "01:30:00".
/// </summary>
public sealed class IsoDurationJsonConverter : JsonConverter<TimeSpan>
{
    /// <inheritdoc />
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new JsonException("a duration must be a string such as \"PT1H30M\"");
        try
        {
            return XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException e)
        {
            throw new JsonException($"'{text}' is not an ISO 8601 duration", e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteStringValue(XmlConvert.ToString(value));
}
