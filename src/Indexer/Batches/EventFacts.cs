using System.Text.Json;
using Anchor.Ledger.Entries;

namespace Anchor.Indexer.Batches;

/// <summary>
/// What a person reads off one event in a batch's timeline: its type, CBV business step and
/// disposition (without their vocabulary prefixes), action, and place (the business location, or
/// the read point when there is none).
/// </summary>
/// <param name="EventType">ObjectEvent, TransformationEvent, …</param>
/// <param name="Action">ADD, OBSERVE or DELETE; null for a TransformationEvent.</param>
/// <param name="BizStep">The business step, e.g. <c>shipping</c>; null if the event has none.</param>
/// <param name="Disposition">The disposition, e.g. <c>in_transit</c>; null if none.</param>
/// <param name="Place">The bizLocation id, else the readPoint id; null if neither.</param>
/// <param name="EventTime">The event time as the event states it, with its offset.</param>
/// <param name="IsErrorDeclaration">True for an EPCIS error declaration that retracts an earlier entry.</param>
public sealed record EventFacts(
    string EventType, string? Action, string? BizStep, string? Disposition, string? Place, string EventTime, bool IsErrorDeclaration)
{
    private static readonly string[] VocabularyPrefixes =
    [
        "urn:epcglobal:cbv:bizstep:", "urn:epcglobal:cbv:disp:", "https://ref.gs1.org/cbv/BizStep-", "https://ref.gs1.org/cbv/Disp-",
    ];

    /// <summary>Reads the facts from the entry's stored event bytes.</summary>
    /// <exception cref="InvalidDataException">The stored bytes are not a JSON object (the ledger is damaged).</exception>
    public static EventFacts Of(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            using var document = JsonDocument.Parse(entry.EventBytes);
            var root = document.RootElement;
            return new EventFacts(
                entry.EventType,
                Text(root, "action"),
                Unprefixed(Text(root, "bizStep")),
                Unprefixed(Text(root, "disposition")),
                Id(root, "bizLocation") ?? Id(root, "readPoint"),
                Text(root, "eventTime") ?? entry.EventTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                entry.IsErrorDeclaration);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"ledger entry {entry.Index} ({entry.EventHashId}) does not hold a JSON event: {e.Message}", e);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Id(JsonElement element, string name) =>
        element.TryGetProperty(name, out var place) ? Text(place, "id") : null;

    private static string? Unprefixed(string? value)
    {
        if (value is null) return null;
        foreach (var prefix in VocabularyPrefixes)
        {
            if (value.StartsWith(prefix, StringComparison.Ordinal)) return value[prefix.Length..];
        }
        return value;
    }
}
