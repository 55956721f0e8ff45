using Anchor.Indexer.Queries;

namespace Anchor.Indexer.Commands;

/// <summary>The --json shape of <c>indexer batch</c>.</summary>
internal static class BatchReportJson
{
    public static object From(BatchReport r) => new
    {
        gtin = r.Batch.Batch.Gtin,
        lot = r.Batch.Batch.Lot,
        batchKey = r.Batch.Batch.Key.ToString(),
        publisher = new { name = r.Batch.Publisher.Name, address = r.Anchoring.Publisher?.ToString(), alliance = JsonViews.Member(r.Member) },
        recalled = r.Recalled,
        recalls = r.Recalls.Select(x => new { gtin = x.Batch.Gtin, lot = x.Batch.Lot, recall = JsonViews.Recall(x.Recall) }),
        inputs = r.Batch.Inputs.Select(i => new
        {
            gtin = i.Batch.Gtin,
            lot = i.Batch.Lot,
            batchKey = i.Batch.Key.ToString(),
            consumedBy = i.ConsumedBy.ToString(),
            transformationEntry = i.TransformationEntry,
            depth = i.Depth,
            entries = i.Entries.Count,
        }),
        anchoring = new
        {
            fullyAnchored = r.Anchoring.FullyAnchored,
            pendingEntries = r.Anchoring.PendingEntries,
            latestCoveringAll = r.Anchoring.LatestCoveringAll is { } latest ? JsonViews.Anchor(latest, r.Member) : null,
            firstCovering = r.Anchoring.FirstCovering.Select(a => JsonViews.Anchor(a, r.Member)),
            provisional = r.Anchoring.Provisional.Select(a => JsonViews.Anchor(a, r.Member)),
            flagged = r.Anchoring.Flagged.Select(a => JsonViews.Anchor(a, r.Member)),
        },
        events = r.Events.Select(e => new
        {
            entry = e.Entry,
            gtin = e.Batch.Gtin,
            lot = e.Batch.Lot,
            input = e.IsInput,
            type = e.Facts.EventType,
            action = e.Facts.Action,
            bizStep = e.Facts.BizStep,
            disposition = e.Facts.Disposition,
            eventTime = e.Facts.EventTime,
            place = e.Facts.Place,
            errorDeclaration = e.Facts.IsErrorDeclaration,
            anchorTransactionHash = e.Anchor?.Position.TransactionHash.ToString(),
            anchorLogIndex = e.Anchor?.Position.LogIndex,
            anchorBlock = e.Anchor?.Position.BlockNumber,
        }),
        coldChain = r.ColdChain,
        index = JsonViews.Progress(r.Progress),
    };
}
