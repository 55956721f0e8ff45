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
/// Indexes final blocks range by range, in stages that overlap: the logs of the next ranges are
/// asked for while this range is completed (headers, decoding, mapping) and the ones before it are
/// written, so the node always has a query to work on while the indexer parses, checks and writes.
/// Ranges are written strictly in order, each in one transaction with the progress.
/// </summary>
public sealed class RangePipeline(ChunkReader chunks, IIndexStore store, ILogger logger)
{
    /// <summary>
    /// How many ranges' logs are asked for ahead, counting the one being read: with two, the node
    /// starts on the next query while the indexer still reads the answer to this one.
    /// </summary>
    public const int FetchDepth = 2;

    /// <summary>
    /// How many completed ranges may wait for or be in their write before reading stops to let
    /// the writes catch up: enough that a slow commit does not hold up the node's next query,
    /// few enough that memory stays bounded when the disk is slower than the node.
    /// </summary>
    public const int MaxPendingWrites = 2;

    /// <summary>Indexes [<paramref name="from"/>, <paramref name="last"/>], which follows <paramref name="totals"/>' last block.</summary>
    /// <exception cref="ChainMovedException">The chain changed during the reads; the ranges written before stay written.</exception>
    public async Task RunAsync(ContractEventDecoder decoder, ulong from, ulong last, RangeTotals totals, CancellationToken cancellationToken)
    {
        // Each fetch ahead starts where the one before it is planned to end. A provider that
        // shortens a range (a limit error) makes the fetches after it start at the wrong block:
        // they are dropped and asked for again from where the short one ended.
        var fetches = new Queue<(ulong PlannedEnd, Task<FetchedRange> Fetch)>();
        var nextFrom = from;
        void FetchAhead()
        {
            while (fetches.Count < FetchDepth && nextFrom <= last)
            {
                var plannedEnd = chunks.PlannedEnd(nextFrom, last);
                fetches.Enqueue((plannedEnd, chunks.FetchAsync(decoder, nextFrom, plannedEnd, last, cancellationToken)));
                nextFrom = plannedEnd + 1;
            }
        }

        // Each write starts when the one before it has landed, so a failed write stops the ones after it.
        var writes = new Queue<Task>();
        var previous = totals.IndexedTo;
        try
        {
            FetchAhead();
            while (fetches.Count > 0)
            {
                var (plannedEnd, fetch) = fetches.Dequeue();
                var range = await fetch;
                if (range.To != plannedEnd)
                {
                    while (fetches.Count > 0) await ChunkReader.AbandonAsync(fetches.Dequeue().Fetch);
                    nextFrom = range.To + 1;
                }
                FetchAhead();
                var chunk = await chunks.CompleteAsync(decoder, range, previous, cancellationToken);
                previous = chunk.To;
                while (writes.Count >= MaxPendingWrites) await writes.Dequeue();
                writes.Enqueue(WriteAfterAsync(writes.LastOrDefault(), chunk, totals, cancellationToken));
            }
            while (writes.Count > 0) await writes.Dequeue();
        }
        catch
        {
            // The reads ahead are dropped; the writes under way are whole ranges in order and
            // finish (a failure of one is the one that matters) before the error goes on.
            while (fetches.Count > 0) await ChunkReader.AbandonAsync(fetches.Dequeue().Fetch);
            while (writes.Count > 0) await writes.Dequeue();
            throw;
        }
    }

    private async Task WriteAfterAsync(Task? before, IndexedChunk chunk, RangeTotals totals, CancellationToken cancellationToken)
    {
        if (before is not null) await before;
        // SQLite writes run synchronously inside their async methods: on the thread pool, the
        // write does not hold up the reads.
        await Task.Run(() => store.CommitChunkAsync(chunk, cancellationToken), cancellationToken);
        totals.Add(chunk);
        logger.LogDebug("indexed blocks {From}-{To}: {Anchors} anchor(s), {Recalls} recall(s), {Changes} membership change(s)",
            chunk.FromBlock, chunk.To.Number, chunk.Anchors.Count, chunk.Recalls.Count, chunk.MembershipChanges.Count);
    }
}
