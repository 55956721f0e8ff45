using Anchor.Ethereum;
using Anchor.Indexer.Model;

namespace Anchor.Indexer.Queries;

/// <summary>One entry of a batch and the final, matched anchor that first covered it.</summary>
/// <param name="EntryIndex">The entry's index in the log.</param>
/// <param name="FirstCoveredBy">The anchor whose [previousSize, size) holds the index; null while no final anchor that matches the ledger covers it.</param>
public sealed record EntryAnchor(ulong EntryIndex, IndexedAnchor? FirstCoveredBy);

/// <summary>
/// Which anchors cover an assembled batch's entries: what a tag or evidence bundle proves against.
/// Only final anchors whose root matches the local ledger count as covering; anchors still
/// provisional, and anchors that contradict the ledger, are listed apart.
/// </summary>
/// <param name="Publisher">The address the publisher anchors from; null if the ledger does not know it yet.</param>
/// <param name="Entries">Each entry of the batch (inputs included), in log order, with the anchor that first covered it.</param>
/// <param name="LatestCoveringAll">
/// The publisher's newest final anchor that matches the ledger, if it covers every entry: the
/// root to prove the whole batch against (its block, time, transaction and log index are in
/// <see cref="IndexedAnchor.Position"/>). Null while some entry is not covered.
/// </param>
/// <param name="Provisional">The publisher's anchors in blocks not final yet.</param>
/// <param name="Flagged">The publisher's anchors whose root the local ledger contradicts.</param>
public sealed record BatchAnchoring(
    Address? Publisher,
    IReadOnlyList<EntryAnchor> Entries,
    IndexedAnchor? LatestCoveringAll,
    IReadOnlyList<IndexedAnchor> Provisional,
    IReadOnlyList<IndexedAnchor> Flagged)
{
    /// <summary>The distinct anchors that first covered some entry, by size.</summary>
    public IReadOnlyList<IndexedAnchor> FirstCovering =>
        [.. Entries.Select(e => e.FirstCoveredBy).OfType<IndexedAnchor>().DistinctBy(a => (a.Position.TransactionHash, a.Position.LogIndex)).OrderBy(a => a.Size)];

    /// <summary>How many entries no final, matching anchor covers yet.</summary>
    public int PendingEntries => Entries.Count(e => e.FirstCoveredBy is null);

    /// <summary>True when every entry is covered by a final anchor that matches the ledger.</summary>
    public bool FullyAnchored => LatestCoveringAll is not null;
}
