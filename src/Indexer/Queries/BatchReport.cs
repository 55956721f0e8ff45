using Anchor.Indexer.Batches;
using Anchor.Indexer.Model;
using Anchor.Ledger.ColdChain;

namespace Anchor.Indexer.Queries;

/// <summary>One event of a batch's timeline.</summary>
/// <param name="Entry">The ledger entry's index.</param>
/// <param name="Batch">The batch it is filed under (the batch asked for, or an input).</param>
/// <param name="IsInput">True if it belongs to an input batch (a raw-material lot).</param>
/// <param name="Facts">Type, business step, time, place.</param>
/// <param name="Anchor">The final, matching anchor that first covered it, or null.</param>
public sealed record BatchEvent(ulong Entry, BatchRef Batch, bool IsInput, EventFacts Facts, IndexedAnchor? Anchor);

/// <summary>A recall of the batch or of one of its inputs, by the publisher's own address.</summary>
/// <param name="Batch">The recalled batch.</param>
/// <param name="Recall">The recall as indexed.</param>
public sealed record BatchRecall(BatchRef Batch, IndexedRecall Recall);

/// <summary>
/// Everything the indexer knows of one batch in one publisher's log: its events and its inputs'
/// in time order, the anchors covering them, recalls, the publisher's alliance membership, and
/// the cold-chain summary of the batch's own events.
/// </summary>
/// <param name="Batch">The assembled batch.</param>
/// <param name="Events">The timeline.</param>
/// <param name="Anchoring">Which anchors cover the entries.</param>
/// <param name="Recalls">Recalls of the batch or its inputs by the publisher's address.</param>
/// <param name="Member">The publisher address's alliance membership, or null if never admitted (or the address is unknown).</param>
/// <param name="ColdChain">The cold-chain summary of the batch's own events.</param>
/// <param name="Progress">How far the index is, so a reader knows how fresh this is.</param>
public sealed record BatchReport(
    AssembledBatch Batch,
    IReadOnlyList<BatchEvent> Events,
    BatchAnchoring Anchoring,
    IReadOnlyList<BatchRecall> Recalls,
    AllianceMember? Member,
    ColdChainSummary ColdChain,
    IndexProgress? Progress)
{
    /// <summary>True if the publisher recalled the batch itself.</summary>
    public bool Recalled => Recalls.Any(r => r.Batch == Batch.Batch);
}
