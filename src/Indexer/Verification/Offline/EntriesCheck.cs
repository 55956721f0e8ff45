using Anchor.Indexer.Batches;
using System.Text.Json;

namespace Anchor.Indexer.Verification;

/// <summary>
/// The <c>entries</c> check (SPEC section 7): every entry's event is a JSON object, its GTIN and
/// lot are well-formed, the indices are distinct and below <c>anchor.size</c>, and at least one
/// entry is of the tagged batch. Like the JavaScript verifier, it also requires <c>declaredAt</c>
/// to be the event's own <c>errorDeclaration.declarationTime</c> (null for an ordinary event):
/// the leaf does not commit to it, so a wrong one could only mislead a reader.
/// </summary>
internal static class EntriesCheck
{
    /// <summary>Runs the check; the events that parsed go into <paramref name="events"/>.</summary>
    public static Outcome Run(EvidenceBundle bundle, ParsedEvents events, List<string> warnings)
    {
        var problems = new List<string>();
        var seen = new Dictionary<long, int>();
        for (var position = 0; position < bundle.Entries.Count; position++)
        {
            var entry = bundle.Entries[position];
            var where = $"entries[{position}] (index {entry.Index})";
            if ((Gs1Names.GtinProblem(entry.Gtin) ?? Gs1Names.LotProblem(entry.Lot)) is { } identity) problems.Add($"{where}: {identity}");
            if (seen.TryGetValue(entry.Index, out var first)) problems.Add($"{where}: index {entry.Index} is disclosed twice (also entries[{first}])");
            seen[entry.Index] = position;
            if (entry.Index >= bundle.Anchor.Size) problems.Add($"{where}: index {entry.Index} is not below anchor.size {bundle.Anchor.Size}");

            if (entry.EventUtf8.AsSpan().StartsWith("\uFEFF"u8))
            {
                // The bundle's own byte order mark is forgiven; one inside an event is not JSON.
                problems.Add($"{where}: event is not JSON: it starts with a byte order mark");
                continue;
            }
            if (!StrictJson.TryParse(entry.EventUtf8, out var document, out var jsonProblem))
            {
                problems.Add($"{where}: event is not JSON: {(IsBlank(entry.Event) ? "it is empty" : jsonProblem)}");
                continue;
            }
            if (document!.RootElement.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{where}: event is not a JSON object");
                document.Dispose();
                continue;
            }
            events.Add(position, document);
            if (DeclarationProblem(entry, document.RootElement) is { } declaration) problems.Add($"{where}: {declaration}");
        }

        var tagged = bundle.Entries.Count(bundle.IsTagged);
        if (tagged == 0) problems.Add($"no entry is of the tagged batch (01){bundle.Batch.Gtin}(10){bundle.Batch.Lot}");
        if (problems.Count > 0)
        {
            var more = problems.Count > 1 ? $" (and {problems.Count - 1} more problem{(problems.Count > 2 ? "s" : "")})" : "";
            return Outcome.Fail(problems[0] + more);
        }

        warnings.AddRange(UnlinkedInputWarnings(bundle, events));
        var others = bundle.Entries.Count - tagged;
        return Outcome.Pass($"{bundle.Entries.Count} entries, {tagged} of the tagged batch" + (others > 0 ? $" and {others} of input lots" : ""));
    }

    /// <summary>declaredAt must be the event's errorDeclaration.declarationTime (the same instant), else null.</summary>
    private static string? DeclarationProblem(BundleEntry entry, JsonElement evt)
    {
        var isDeclaration = evt.TryGetProperty("errorDeclaration", out var declaration) && declaration.ValueKind == JsonValueKind.Object;
        if (!isDeclaration) return entry.DeclaredAt is null ? null : $"declaredAt is {entry.DeclaredAt} but the event is no error declaration";
        if (entry.DeclaredAt is null || !Rfc3339Time.TryParse(entry.DeclaredAt, out var claimed)) return "the event is an error declaration but declaredAt is null";
        var declaredText = declaration.TryGetProperty("declarationTime", out var time) && time.ValueKind == JsonValueKind.String ? time.GetString() : null;
        if (!Rfc3339Time.TryParse(declaredText, out var declared) || declared.Nanoseconds != claimed.Nanoseconds)
        {
            var shown = declaration.TryGetProperty("declarationTime", out var raw) ? raw.GetRawText() : "nothing";
            return $"declaredAt {entry.DeclaredAt} is not the event's declarationTime {shown}";
        }
        return null;
    }

    /// <summary>
    /// SPEC section 5 discloses other lots only as inputs that a TransformationEvent of the batch
    /// names. Any other entry is not evidence against the batch, but a reader should know it is there.
    /// </summary>
    private static IEnumerable<string> UnlinkedInputWarnings(EvidenceBundle bundle, ParsedEvents events)
    {
        var named = new HashSet<(string, string)>();
        for (var position = 0; position < bundle.Entries.Count; position++)
        {
            if (bundle.IsTagged(bundle.Entries[position]) && events.TryGet(position, out var evt) &&
                evt.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "TransformationEvent")
            {
                foreach (var input in LotIdentifiers.TransformationInputs(evt)) named.Add((input.Gtin, input.Lot));
            }
        }
        var warned = new HashSet<(string, string)>();
        foreach (var entry in bundle.Entries)
        {
            var key = (entry.Gtin, entry.Lot);
            if (bundle.IsTagged(entry) || named.Contains(key) || !warned.Add(key)) continue;
            yield return $"entries of (01){entry.Gtin}(10){entry.Lot} are disclosed, but no TransformationEvent of the batch names that lot as an input";
        }
    }

    private static bool IsBlank(string text) => text.AsSpan().Trim(" \t\n\r").IsEmpty;
}
