using System.Text.Json;

namespace Anchor.Ledger.ColdChain;

/// <summary>
/// Applies EPCIS error declarations to a batch's events. An event that carries an
/// <c>errorDeclaration</c> restates an earlier event (same <c>eventID</c>) to say that it was in
/// error; from then on the earlier event no longer stands, and the declaration itself asserts
/// nothing new. Corrective events are ordinary events and stand.
/// </summary>
internal static class ErrorDeclarationFilter
{
    /// <summary>
    /// The events that stand: neither an error declaration nor retracted by one. Matching is by
    /// eventID only, and does not depend on order: a declaration is about an identity.
    /// </summary>
    public static List<JsonElement> EffectiveEvents(IReadOnlyList<JsonElement> events, out int retracted)
    {
        var retractedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var evt in events)
        {
            if (IsDeclaration(evt) && EventId(evt) is { } id) retractedIds.Add(id);
        }

        var effective = new List<JsonElement>(events.Count);
        retracted = 0;
        foreach (var evt in events)
        {
            if (IsDeclaration(evt)) continue;
            if (EventId(evt) is { } id && retractedIds.Contains(id))
            {
                retracted++;
                continue;
            }
            effective.Add(evt);
        }
        return effective;
    }

    private static bool IsDeclaration(JsonElement evt) =>
        evt.TryGetProperty("errorDeclaration", out var declaration) && declaration.ValueKind == JsonValueKind.Object;

    private static string? EventId(JsonElement evt) =>
        evt.TryGetProperty("eventID", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
}
