using Anchor.Ethereum;
using Anchor.Indexer.Batches;
using Anchor.Indexer.Model;
using Anchor.Indexer.Storage;

namespace Anchor.Indexer.Queries;

/// <summary>
/// Finds the anchors of an assembled batch from the batch→anchor map: for each entry, the anchor
/// that first covered it; and the newest matching anchor, if it covers them all.
/// </summary>
public sealed class BatchAnchorLookup(IIndexReader index)
{
    /// <summary>The anchoring of <paramref name="batch"/>'s entries, inputs included.</summary>
    public async Task<BatchAnchoring> LookupAsync(AssembledBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var entries = batch.AllEntries;
        if (batch.Publisher.Address is not { } text || !Address.TryParse(text, out var address))
        {
            return new BatchAnchoring(null, [.. entries.Select(e => new EntryAnchor(e.Index, null))], null, [], []);
        }
        // A batch's rows from different anchors cover disjoint, ordered index ranges (an anchor
        // only extends the head), so an entry lies within at most one row of its batch.
        var rows = new List<BatchAnchorCoverage>();
        foreach (var key in entries.Select(e => e.BatchKey).Distinct())
        {
            rows.AddRange(await index.BatchCoverageAsync(address, Bytes32.FromBytes(key.ToArray()), cancellationToken));
        }
        var anchors = new Dictionary<(Bytes32, ulong), IndexedAnchor?>();
        foreach (var row in rows)
        {
            var id = (row.AnchorTransactionHash, row.AnchorLogIndex);
            if (!anchors.ContainsKey(id)) anchors[id] = await index.FindAnchorAsync(row.AnchorTransactionHash, row.AnchorLogIndex, cancellationToken);
        }
        var mapped = entries.Select(entry =>
        {
            var key = Bytes32.FromBytes(entry.BatchKey.ToArray());
            var row = rows.FirstOrDefault(r => r.BatchKey == key && r.FirstEntry <= entry.Index && entry.Index <= r.LastEntry);
            var anchor = row is null ? null : anchors[(row.AnchorTransactionHash, row.AnchorLogIndex)];
            return new EntryAnchor(entry.Index, anchor is not null && anchor.FirstCovers(entry.Index) ? anchor : null);
        }).ToArray();

        var latest = await index.LatestAnchorAsync(address, AnchorMappingStatus.Matched, cancellationToken);
        var coversAll = latest is not null && mapped.All(e => e.FirstCoveredBy is not null) && entries.All(e => e.Index < latest.Size);
        var provisional = await index.ProvisionalAnchorsAsync(address, cancellationToken);
        var flagged = (await index.FlaggedAnchorsAsync(cancellationToken)).Where(a => a.Publisher == address).ToArray();
        return new BatchAnchoring(address, mapped, coversAll ? latest : null, provisional, flagged);
    }
}
