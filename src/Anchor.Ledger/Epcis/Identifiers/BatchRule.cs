using Anchor.Ledger.Epcis.Validation;

namespace Anchor.Ledger.Epcis.Identifiers;

/// <summary>
/// Anchor's rule for the batch an event is filed under (docs/epcis-ingest.md, "The batch rule").
/// The deciding identifiers are, for a TransformationEvent, its outputs (outputEPCList and
/// outputQuantityList together); for every other event, the first of epcList, quantityList,
/// childEPCs, childQuantityList, parentID that holds an identifier with a lot. An identifier has a
/// lot if it is an LGTIN URN or a Digital Link with /10/, or, in an ObjectEvent's lists or a
/// TransformationEvent's outputs, if it names a GTIN (SGTIN, Digital Link) and the event's ILMD
/// declares <c>cbvmda:lotNumber</c>. The deciding identifiers must all name the same batch.
/// </summary>
internal static class BatchRule
{
    private static readonly string[][] OutputGroups = [["outputEPCList", "outputQuantityList"]];

    private static readonly string[][] PriorityGroups =
        [["epcList"], ["quantityList"], ["childEPCs"], ["childQuantityList"], ["parentID"]];

    /// <summary>Decides the batch of an event from its identifiers.</summary>
    public static BatchDecision Decide(EventIdentifiers identifiers)
    {
        var isTransformation = identifiers.EventType == "TransformationEvent";
        foreach (var group in isTransformation ? OutputGroups : PriorityGroups)
        {
            var candidates = new List<(BatchId Batch, IdentifierOccurrence Where)>();
            foreach (var occurrence in identifiers.Occurrences)
            {
                if (Array.IndexOf(group, occurrence.List) < 0)
                {
                    continue;
                }
                var (lot, conflict) = LotOf(occurrence, identifiers);
                if (conflict is not null)
                {
                    return BatchDecision.Fail(conflict);
                }
                if (lot is not null)
                {
                    candidates.Add((new BatchId(occurrence.Identifier.Gtin14, lot), occurrence));
                }
            }
            if (candidates.Count > 0)
            {
                return Single(candidates);
            }
        }
        return BatchDecision.Fail(new JsonRuleViolation(identifiers.EventPath, isTransformation
            ? "no batch: the outputs (outputEPCList, outputQuantityList) name no lot; name one with an LGTIN class, a Digital Link with /10/, or an SGTIN and ilmd cbvmda:lotNumber"
            : "no batch: none of epcList, quantityList, childEPCs, childQuantityList, parentID names a lot; name one with an LGTIN class, a Digital Link with /10/, or an SGTIN and ilmd cbvmda:lotNumber",
            EpcisErrorKind.NoBatch));
    }

    private static (string? Lot, JsonRuleViolation? Conflict) LotOf(IdentifierOccurrence occurrence, EventIdentifiers identifiers)
    {
        var own = occurrence.Identifier.Lot;
        if (identifiers.IlmdLot is not { } ilmdLot || !IlmdApplies(identifiers.EventType, occurrence.List))
        {
            return (own, null);
        }
        if (own is not null && own != ilmdLot)
        {
            return (null, new JsonRuleViolation(occurrence.Path,
                $"names several batches: lot \"{own}\" here but ilmd lotNumber \"{ilmdLot}\" at {identifiers.IlmdLotPath}",
                EpcisErrorKind.SeveralBatches));
        }
        return (ilmdLot, null);
    }

    // ILMD describes the objects an event brings into being: an ObjectEvent's objects, a
    // TransformationEvent's outputs. It says nothing about children, parents or inputs.
    private static bool IlmdApplies(string eventType, string list) => eventType switch
    {
        "ObjectEvent" => list is "epcList" or "quantityList",
        "TransformationEvent" => list is "outputEPCList" or "outputQuantityList",
        _ => false,
    };

    private static BatchDecision Single(List<(BatchId Batch, IdentifierOccurrence Where)> candidates)
    {
        var first = candidates[0];
        var other = candidates.Find(candidate => candidate.Batch != first.Batch);
        if (other.Where is null)
        {
            return BatchDecision.Found(first.Batch);
        }
        return BatchDecision.Fail(new JsonRuleViolation(other.Where.Path,
            $"names several batches: {first.Batch} ({Relative(first.Where)}) and {other.Batch} ({Relative(other.Where)}); " +
            "Anchor files each event under one batch",
            EpcisErrorKind.SeveralBatches));
    }

    // "childQuantityList[1].epcClass" reads better in a message than the full path, given twice.
    private static string Relative(IdentifierOccurrence occurrence)
    {
        var path = occurrence.Path.ToString();
        var at = path.IndexOf("." + occurrence.List, StringComparison.Ordinal);
        return at < 0 ? path : path[(at + 1)..];
    }
}

/// <summary>The batch of an event, or why it has none.</summary>
internal readonly record struct BatchDecision(BatchId? Batch, JsonRuleViolation? Failure)
{
    public static BatchDecision Found(BatchId batch) => new(batch, null);

    public static BatchDecision Fail(JsonRuleViolation failure) => new(null, failure);
}
