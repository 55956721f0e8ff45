using System.Text.Json;
using Anchor.Ledger.Epcis.Validation;

namespace Anchor.Ledger.Epcis.Reading;

/// <summary>
/// Parses a JSON value that the chunk reader has already found well-formed, refusing duplicate
/// member names: JSON leaves their meaning open, and two readers of the ledger must never see
/// two different events in the same bytes.
/// </summary>
internal static class StrictJson
{
    /// <summary>
    /// Parses <paramref name="utf8"/>, which the returned element keeps using (it is not copied).
    /// Throws <see cref="JsonRuleViolation"/> naming the first repeated member.
    /// </summary>
    public static JsonElement Parse(byte[] utf8, JsonPath path, int maxDepth)
    {
        try
        {
            // Not disposed on purpose: the element lives as long as the event that carries it,
            // and a JsonDocument over caller-owned memory holds nothing that needs releasing.
            var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = maxDepth, AllowDuplicateProperties = false });
            return document.RootElement;
        }
        catch (JsonException e)
        {
            using var lenient = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = maxDepth });
            throw FindRepeatedMember(lenient.RootElement, path) ?? new JsonRuleViolation(path, e.Message);
        }
    }

    private static JsonRuleViolation? FindRepeatedMember(JsonElement value, JsonPath path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var member in value.EnumerateObject())
                {
                    if (!names.Add(member.Name))
                    {
                        return new JsonRuleViolation(path.Property(member.Name),
                            $"\"{member.Name}\" appears twice in the same object; JSON member names must be unique");
                    }
                    if (FindRepeatedMember(member.Value, path.Property(member.Name)) is { } inMember)
                    {
                        return inMember;
                    }
                }
                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var element in value.EnumerateArray())
                {
                    if (FindRepeatedMember(element, path.Item(index++)) is { } inElement)
                    {
                        return inElement;
                    }
                }
                return null;
            default:
                return null;
        }
    }
}
