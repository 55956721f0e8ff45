using Anchor.Indexer.Model;
using Anchor.Indexer.Storage;
using Microsoft.Extensions.Logging;

namespace Anchor.Indexer.Following;

/// <summary>What the ranges written so far add up to; kept up to date as each write lands, so a step that stops halfway still knows what it wrote.</summary>
public sealed class RangeTotals(BlockRef? indexedTo)
{
    /// <summary>The last block written.</summary>
    public BlockRef? IndexedTo { get; private set; } = indexedTo;

    /// <summary>Blocks written.</summary>
    public int Blocks { get; private set; }

    /// <summary>Anchors written.</summary>
    public int Anchors { get; private set; }

    /// <summary>Recalls written.</summary>
    public int Recalls { get; private set; }

    /// <summary>Membership changes written.</summary>
    public int MembershipChanges { get; private set; }

    internal void Add(IndexedChunk chunk)
    {
        IndexedTo = chunk.To;
        Blocks += (int)(chunk.To.Number - chunk.FromBlock + 1);
        Anchors += chunk.Anchors.Count;
        Recalls += chunk.Recalls.Count;
        MembershipChanges += chunk.MembershipChanges.Count;
    }
}

/// <summary>
/// Indexes final blocks range by range, three stages deep: the next range's logs are fetched from
/// the node while this range is completed (headers, decoding, mapping) and the previous one is
/// written, so the node's time and the indexer's own overlap. Ranges are written strictly in
/// order, each in one transaction with the progress.
/// </summary>
public sealed class RangePipeline(ChunkReader chunks, IIndexStore store, ILogger logger)
{
    /// <summary>Indexes [<paramref name="from"/>, <paramref name="last"/>], which follows <paramref name="totals"/>' last block.</summary>
    /// <exception cref="ChainMovedException">The chain changed during the reads; the ranges written before stay written.</exception>
    public async Task RunAsync(ContractEventDecoder decoder, ulong from, ulong last, RangeTotals totals, CancellationToken cancellationToken)
    {
        Task<FetchedRange>? fetching = chunks.FetchAsync(decoder, from, last, cancellationToken);
        Task? writing = null;
        var previous = totals.IndexedTo;
        try
        {
            while (fetching is not null)
            {
                var range = await fetching;
                fetching = range.To < last ? chunks.FetchAsync(decoder, range.To + 1, last, cancellationToken) : null;
                var chunk = await chunks.CompleteAsync(decoder, range, previous, cancellationToken);
                previous = chunk.To;
                if (writing is not null) await writing;
                // SQLite writes run synchronously inside their async methods: on the thread pool,
                // the write does not hold up the next range.
                writing = Task.Run(() => WriteAsync(chunk, totals, cancellationToken), cancellationToken);
            }
            var lastWrite = writing;
            writing = null;
            if (lastWrite is not null) await lastWrite;
        }
        catch
        {
            // A read ahead is dropped; a write under way is a whole range in order and finishes
            // (a failure of it is the one that matters) before the error goes on.
            if (fetching is not null) await ChunkReader.AbandonAsync(fetching);
            if (writing is not null) await writing;
            throw;
        }
    }

    private async Task WriteAsync(IndexedChunk chunk, RangeTotals totals, CancellationToken cancellationToken)
    {
        await store.CommitChunkAsync(chunk, cancellationToken);
        totals.Add(chunk);
        logger.LogDebug("indexed blocks {From}-{To}: {Anchors} anchor(s), {Recalls} recall(s), {Changes} membership change(s)",
            chunk.FromBlock, chunk.To.Number, chunk.Anchors.Count, chunk.Recalls.Count, chunk.MembershipChanges.Count);
    }
}
