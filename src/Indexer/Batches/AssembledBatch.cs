using Anchor.Ledger.Entries;
using Anchor.Ledger.Storage;
using Anchor.Merkle;

namespace Anchor.Indexer.Batches;

/// <summary>A batch (GTIN-14 and lot) of one publisher's log, with its key.</summary>
/// <param name="Gtin">The GTIN-14.</param>
/// <param name="Lot">The lot.</param>
/// <param name="Key">The batch key, <c>keccak256("/01/" + gtin + "/10/" + lot)</c>.</param>
public sealed record BatchRef(string Gtin, string Lot, Hash32 Key)
{
    /// <summary>The batch of <paramref name="gtin14"/> and <paramref name="lot"/>.</summary>
    /// <exception cref="ArgumentException">The GTIN is not 14 digits or the lot is empty.</exception>
    public static BatchRef Of(string gtin14, string lot) => new(gtin14, lot, BatchKey.Of(gtin14, lot));

    /// <inheritdoc />
    public override string ToString() => $"(01){Gtin}(10){Lot}";
}

/// <summary>
/// A batch that a TransformationEvent of the assembled batch (or of one of its inputs) consumed:
/// a raw-material lot whose events (harvest, certificates, receiving, incoming QC) are filed
/// under it rather than under the finished lot.
/// </summary>
/// <param name="Batch">The input batch.</param>
/// <param name="ConsumedBy">The batch whose TransformationEvent consumed it.</param>
/// <param name="TransformationEntry">The log index of that TransformationEvent.</param>
/// <param name="Depth">1 for an input of the batch itself, 2 for an input of an input, …</param>
/// <param name="Entries">The input batch's entries, in log order.</param>
public sealed record InputBatch(BatchRef Batch, BatchRef ConsumedBy, ulong TransformationEntry, int Depth, IReadOnlyList<LedgerEntry> Entries);

/// <summary>One entry of an assembled batch, with the batch it is filed under.</summary>
/// <param name="Entry">The ledger entry.</param>
/// <param name="Batch">The batch it is filed under: the assembled batch or one of its inputs.</param>
/// <param name="IsInput">True if it belongs to an input batch.</param>
public sealed record BatchTimelineEntry(LedgerEntry Entry, BatchRef Batch, bool IsInput);

/// <summary>
/// A batch's entries in one publisher's log together with those of the batches it was made from,
/// found by following TransformationEvent inputs: the whole record of a finished lot, from
/// cultivation on. The evidence bundle proves <see cref="AllEntries"/>.
/// </summary>
/// <param name="Publisher">The publisher whose log holds the entries.</param>
/// <param name="Batch">The batch asked for.</param>
/// <param name="Entries">The batch's own entries, in log order.</param>
/// <param name="Inputs">The input batches found in the same log, nearest first.</param>
public sealed record AssembledBatch(Publisher Publisher, BatchRef Batch, IReadOnlyList<LedgerEntry> Entries, IReadOnlyList<InputBatch> Inputs)
{
    /// <summary>Every entry, the batch's and its inputs', once each, in log order.</summary>
    public IReadOnlyList<LedgerEntry> AllEntries =>
        [.. Entries.Concat(Inputs.SelectMany(i => i.Entries)).DistinctBy(e => e.Index).OrderBy(e => e.Index)];

    /// <summary>Every entry with the batch it is filed under, by event time (log order among equal times).</summary>
    public IReadOnlyList<BatchTimelineEntry> Timeline =>
        [.. Entries.Select(e => new BatchTimelineEntry(e, Batch, false))
            .Concat(Inputs.SelectMany(i => i.Entries.Select(e => new BatchTimelineEntry(e, i.Batch, true))))
            .DistinctBy(t => t.Entry.Index)
            .OrderBy(t => t.Entry.EventTime.UtcTicks).ThenBy(t => t.Entry.Index)];
}
