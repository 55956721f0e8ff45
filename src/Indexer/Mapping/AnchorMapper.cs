using Anchor.Ethereum;
using Anchor.Indexer.Model;
using Anchor.Ledger.Storage;
using Anchor.Merkle;
using Microsoft.Extensions.Logging;

namespace Anchor.Indexer.Mapping;

/// <summary>Anchors with their mapping, and the batch→anchor rows of the matched ones.</summary>
/// <param name="Anchors">The anchors, in the order given, each with its <see cref="IndexedAnchor.Mapping"/>.</param>
/// <param name="Coverage">For each matched anchor and batch, the batch's entries the anchor covered first.</param>
public sealed record MappedAnchors(IReadOnlyList<IndexedAnchor> Anchors, IReadOnlyList<BatchAnchorCoverage> Coverage);

/// <summary>
/// Maps anchors back to the local ledger. For an address whose ledger this database holds, it
/// recomputes the root at the anchored size from the stored tree and compares it with the
/// anchored root; a difference means the key anchored something the ledger does not hold, and is
/// logged as an error and stored as <see cref="AnchorMappingStatus.RootMismatch"/>. The entries
/// [previousSize, size) of a matched anchor are read in pages and grouped by batch.
/// </summary>
public sealed class AnchorMapper(ILedgerStore ledger, ILogger logger)
{
    /// <summary>Entries read per query when an anchor's range is mapped to batches.</summary>
    public const int EntryPageSize = 2048;

    /// <summary>Roots computed per batched node read.</summary>
    public const int RootsPerRead = 256;

    /// <summary>
    /// Maps <paramref name="anchors"/>. Only <paramref name="final"/> anchors get batch→anchor rows
    /// and an error line for a mismatch: a provisional one is mapped again at every step until it
    /// is final, and is reported then.
    /// </summary>
    public async Task<MappedAnchors> MapAsync(IReadOnlyList<IndexedAnchor> anchors, bool final, CancellationToken cancellationToken)
    {
        var mapped = new Dictionary<IndexedAnchor, IndexedAnchor>(ReferenceEqualityComparer.Instance);
        var coverage = new List<BatchAnchorCoverage>();
        foreach (var group in anchors.GroupBy(a => a.Publisher))
        {
            var publisher = await ledger.FindPublisherByAddressAsync(group.Key.ToString(), cancellationToken);
            var ordered = group.OrderBy(a => a.Size).ToArray();
            var results = publisher is null
                ? ordered.Select(a => a with { Mapping = AnchorMapping.NotOurLedger }).ToArray()
                : CompareRoots(publisher, ordered, final);
            for (var i = 0; i < ordered.Length; i++) mapped[ordered[i]] = results[i];
            if (publisher is not null && final)
            {
                coverage.AddRange(await CoverAsync(publisher, [.. results.Where(a => a.Mapping.Status == AnchorMappingStatus.Matched)], cancellationToken));
            }
        }
        return new MappedAnchors([.. anchors.Select(a => mapped[a])], coverage);
    }

    private IndexedAnchor[] CompareRoots(Publisher publisher, IndexedAnchor[] ordered, bool final)
    {
        var reader = new MerkleLogReader(ledger.Nodes(publisher));
        var comparable = ordered.Where(a => a.Size <= publisher.Size).ToArray();
        var roots = new Dictionary<ulong, Bytes32>();
        foreach (var sizes in comparable.Select(a => a.Size).Distinct().Chunk(RootsPerRead))
        {
            var computed = reader.Compute([.. sizes.Select(LogShape.Root)]);
            for (var i = 0; i < sizes.Length; i++) roots[sizes[i]] = Bytes32.FromBytes(computed[i].ToArray());
        }
        return [.. ordered.Select(anchor =>
        {
            if (!roots.TryGetValue(anchor.Size, out var ledgerRoot))
            {
                return anchor with { Mapping = new AnchorMapping(AnchorMappingStatus.LedgerBehind, publisher.Name, null) };
            }
            if (ledgerRoot == anchor.Root)
            {
                return anchor with { Mapping = new AnchorMapping(AnchorMappingStatus.Matched, publisher.Name, ledgerRoot) };
            }
            if (final) logger.LogError(
                "ROOT MISMATCH: {Address} (ledger {Publisher}) anchored root {AnchoredRoot} at size {Size} in transaction {Transaction} " +
                "(block {Block}), but the ledger's root at that size is {LedgerRoot}: the key anchored entries this ledger does not hold",
                anchor.Publisher, publisher.Name, anchor.Root, anchor.Size, anchor.Position.TransactionHash, anchor.Position.BlockNumber, ledgerRoot);
            return anchor with { Mapping = new AnchorMapping(AnchorMappingStatus.RootMismatch, publisher.Name, ledgerRoot) };
        })];
    }

    // Each entry index lies in exactly one anchor's [previousSize, size): the anchors of one
    // address never overlap, because the contract only lets a head grow. Consecutive anchors are
    // read as one run of pages, so many small anchors cost few queries.
    private async Task<IReadOnlyList<BatchAnchorCoverage>> CoverAsync(Publisher publisher, IndexedAnchor[] matched, CancellationToken cancellationToken)
    {
        var ordered = matched.OrderBy(a => a.PreviousSize).ToArray();
        var rows = new Dictionary<(int Anchor, Bytes32 Batch), BatchAnchorCoverage>();
        var runStart = 0;
        while (runStart < ordered.Length)
        {
            var runEnd = runStart;
            while (runEnd + 1 < ordered.Length && ordered[runEnd + 1].PreviousSize == ordered[runEnd].Size) runEnd++;
            var current = runStart;
            for (var from = ordered[runStart].PreviousSize; from < ordered[runEnd].Size; from += EntryPageSize)
            {
                var to = Math.Min(ordered[runEnd].Size, from + EntryPageSize);
                foreach (var entry in await ledger.ReadEntriesAsync(publisher, from, to, cancellationToken))
                {
                    while (entry.Index >= ordered[current].Size) current++;
                    var anchor = ordered[current];
                    var key = (current, Bytes32.FromBytes(entry.BatchKey.ToArray()));
                    rows[key] = rows.TryGetValue(key, out var row)
                        ? row with { LastEntry = entry.Index, Entries = row.Entries + 1 }
                        : new BatchAnchorCoverage(anchor.Publisher, key.Item2, entry.Gtin, entry.Lot, anchor.Position.TransactionHash,
                            anchor.Position.LogIndex, anchor.Position.BlockNumber, entry.Index, entry.Index, 1);
                }
            }
            runStart = runEnd + 1;
        }
        return [.. rows.Values];
    }
}
