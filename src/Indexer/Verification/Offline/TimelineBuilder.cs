using System.Text.Json;

namespace Anchor.Indexer.Verification;

/// <summary>
/// The batch's history as a page shows it: the entries whose proof verified, in time order
/// (eventTime, then index; entries without a readable time last), with what happened and where.
/// </summary>
internal static class TimelineBuilder
{
    public static IReadOnlyList<TimelineEntry> Build(EvidenceBundle bundle, ParsedEvents events, IReadOnlySet<int> verified)
    {
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var evt in events.All)
        {
            if (IsDeclaration(evt) && Text(evt, "eventID") is { } id) declared.Add(id);
        }
        var items = new List<(TimelineEntry Entry, Int128? Time)>();
        for (var position = 0; position < bundle.Entries.Count; position++)
        {
            if (!verified.Contains(position) || !events.TryGet(position, out var evt)) continue;
            var entry = bundle.Entries[position];
            var isDeclaration = IsDeclaration(evt);
            var eventId = Text(evt, "eventID");
            var declaration = isDeclaration ? evt.GetProperty("errorDeclaration") : default;
            items.Add((new TimelineEntry(
                entry.Index, entry.Gtin, entry.Lot, bundle.IsTagged(entry),
                Text(evt, "type"), Text(evt, "action"), Text(evt, "bizStep"), Text(evt, "disposition"),
                Text(evt, "eventTime"), Text(evt, "eventTimeZoneOffset"),
                Id(evt, "readPoint"), Id(evt, "bizLocation"), eventId, entry.EventHashId,
                isDeclaration ? new TimelineDeclaration(Text(declaration, "declarationTime"), Text(declaration, "reason")) : null,
                !isDeclaration && eventId is not null && declared.Contains(eventId)),
                Rfc3339Time.TryParse(Text(evt, "eventTime"), out var time) ? time.Nanoseconds : null));
        }
        return items
            .OrderBy(i => i.Time is null)
            .ThenBy(i => i.Time ?? 0)
            .ThenBy(i => i.Entry.Index)
            .Select(i => i.Entry)
            .ToList();
    }

    private static bool IsDeclaration(JsonElement evt) =>
        evt.TryGetProperty("errorDeclaration", out var declaration) && declaration.ValueKind == JsonValueKind.Object;

    private static string? Text(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Id(JsonElement evt, string name) =>
        evt.TryGetProperty(name, out var place) && place.ValueKind == JsonValueKind.Object ? Text(place, "id") : null;
}
