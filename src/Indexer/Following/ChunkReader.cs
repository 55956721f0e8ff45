using Anchor.Ethereum.Rpc;
using Anchor.Indexer.Mapping;
using Anchor.Indexer.Model;

namespace Anchor.Indexer.Following;

/// <summary>The logs of one range, read and not yet checked, with the headers read around them.</summary>
/// <param name="From">The range's first block.</param>
/// <param name="To">The range's last block (the range may have been shortened for the provider).</param>
/// <param name="WindowStart">The first block of the reorg window at the final block the range was read for.</param>
/// <param name="Logs">The followed logs.</param>
/// <param name="LastBefore">The header of <paramref name="To"/>, read before the logs; null for a range below the reorg window.</param>
/// <param name="WindowRead">The headers of the range's first block and of the window's first block, where the range holds them in the window, read while the logs were.</param>
/// <param name="RestRead">The other headers the range needs (its blocks with events, for their times, and its last block again), asked for as soon as the logs arrived.</param>
public sealed record FetchedRange(ulong From, ulong To, ulong WindowStart, IReadOnlyList<FilterLog> Logs, Block? LastBefore,
    Task<IReadOnlyDictionary<ulong, Block>> WindowRead, Task<IReadOnlyDictionary<ulong, Block>> RestRead);

/// <summary>
/// Reads ranges of final blocks into <see cref="IndexedChunk"/>s in two stages, so that a caller
/// can fetch the next ranges' logs while it completes this one: <see cref="FetchAsync"/> reads
/// the logs; <see cref="CompleteAsync"/> reads the other headers the range needs (the blocks with
/// events, for their times; its last block, for the progress), checks them against each other and
/// against the logs, and maps the anchors to the ledger.
/// </summary>
public sealed class ChunkReader(LogRangeReader logs, BlockHeaderReader headers, AnchorMapper mapper, int windowSize)
{
    /// <summary>The last block of the range that starts at <paramref name="from"/>, at the current span, if the provider takes it whole.</summary>
    public ulong PlannedEnd(ulong from, ulong finalBlock) => Math.Min(finalBlock, from + (ulong)logs.Range.Span - 1);

    /// <summary>
    /// Reads the logs from <paramref name="from"/> up to at most <paramref name="upTo"/> (a block
    /// not above <paramref name="finalBlock"/>, the last final block, which places the reorg window).
    /// </summary>
    /// <exception cref="LogRangeRefusedException">The provider refuses even the smallest range.</exception>
    public async Task<FetchedRange> FetchAsync(ContractEventDecoder decoder, ulong from, ulong upTo, ulong finalBlock, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(upTo, finalBlock);
        var windowStart = finalBlock + 1 > (ulong)windowSize ? finalBlock + 1 - (ulong)windowSize : 0;
        // In the reorg window, the range's last header is read before its logs and again after
        // them: if it is the same, the logs came from that chain (a block hash commits to all its
        // ancestors). Below the window blocks count as settled (a reorg that deep halts the
        // indexer at the next step), so their logs are read straight away. Read while the logs
        // are: the range's first block, whose parent must be the last indexed block, and the
        // window's first block. The window keeps the hashes the indexer reads anyway (range
        // ends, blocks with events: every block while it follows the head) and that first block,
        // so a reorg shallower than the window always finds a common ancestor, if not the nearest.
        Block? lastBefore = null;
        Task<IReadOnlyDictionary<ulong, Block>>? windowRead = null;
        ulong[] around = [];
        try
        {
            var (to, found) = await logs.ReadAsync(from, upTo, decoder.Contracts, ContractEventDecoder.Topics, async (toBlock, token) =>
            {
                if (windowRead is not null) await ObserveAsync(windowRead);
                if (toBlock < windowStart)
                {
                    (lastBefore, windowRead) = (null, Task.FromResult<IReadOnlyDictionary<ulong, Block>>(new Dictionary<ulong, Block>()));
                    return;
                }
                lastBefore = (await headers.ReadAsync([toBlock], token))[toBlock];
                var first = Math.Max(from, windowStart);
                around = first < toBlock ? [first] : [];
                windowRead = headers.ReadAsync(around, token);
            }, cancellationToken);
            // Asked for now, before the caller asks for the next range's logs: a node answers in
            // turn, and this range's completion waits for these headers, not for the next logs.
            var restRead = headers.ReadAsync(found.Select(l => l.BlockNumber).Append(to).Where(n => !around.Contains(n)), cancellationToken);
            return new FetchedRange(from, to, windowStart, found, lastBefore, windowRead!, restRead);
        }
        catch
        {
            if (windowRead is not null) await ObserveAsync(windowRead);
            throw;
        }
    }

    /// <summary>Completes a fetched range that follows <paramref name="previous"/> (the last block indexed before it, if any).</summary>
    /// <exception cref="ChainMovedException">The chain changed during the reads; nothing is returned.</exception>
    public async Task<IndexedChunk> CompleteAsync(ContractEventDecoder decoder, FetchedRange range, BlockRef? previous, CancellationToken cancellationToken)
    {
        // The rest of the headers (the last block again, the blocks with events) arrive while the
        // logs are decoded and the anchors checked against the ledger, which needs no header.
        var restRead = range.RestRead;
        IReadOnlyDictionary<ulong, Block> windowHeaders;
        DecodedEvents events;
        MappedAnchors mapped;
        try
        {
            windowHeaders = await range.WindowRead;
            events = decoder.Decode(range.Logs, provisional: false);
            mapped = await mapper.MapAsync(events.Anchors, final: true, cancellationToken);
        }
        catch
        {
            await ObserveAsync(restRead);
            throw;
        }
        var read = new Dictionary<ulong, Block>(windowHeaders);
        foreach (var (number, block) in await restRead) read[number] = block;
        var to = range.To;
        if (range.LastBefore is { } before && read[to].Hash != before.Hash)
        {
            throw new ChainMovedException($"block {to} changed from {before.Hash} to {read[to].Hash}");
        }
        var windowNumbers = read.Keys.Where(n => n >= range.WindowStart).Append(to).Distinct().Order().ToArray();
        CheckLinks(previous, range.From, windowNumbers, read);

        var placed = ContractEventDecoder.WithBlockTimes(events with { Anchors = mapped.Anchors }, read);
        return new IndexedChunk(range.From, new BlockRef(to, read[to].Hash), [.. windowNumbers.Select(n => new BlockRef(n, read[n].Hash))],
            windowSize, placed.Anchors, mapped.Coverage, placed.Recalls, placed.MembershipChanges);
    }

    /// <summary>The anchors of the blocks after the final ones, up to <paramref name="head"/>, mapped but not yet final.</summary>
    public async Task<IReadOnlyList<IndexedAnchor>> ReadProvisionalAsync(ContractEventDecoder decoder, ulong fromBlock, ulong head, CancellationToken cancellationToken)
    {
        var anchors = new List<IndexedAnchor>();
        for (var from = fromBlock; from <= head;)
        {
            var (to, found) = await logs.ReadAsync(from, head, decoder.Contracts, ContractEventDecoder.Topics, null, cancellationToken);
            var read = await headers.ReadAsync(found.Select(l => l.BlockNumber), cancellationToken);
            anchors.AddRange(ContractEventDecoder.WithBlockTimes(decoder.Decode(found, provisional: true), read).Anchors);
            from = to + 1;
        }
        return (await mapper.MapAsync(anchors, final: false, cancellationToken)).Anchors;
    }

    /// <summary>Waits for an abandoned fetch and the header reads it started; see <see cref="ObserveAsync"/>.</summary>
    internal static async Task AbandonAsync(Task<FetchedRange> fetching)
    {
        try
        {
            var range = await fetching;
            await ObserveAsync(range.WindowRead);
            await ObserveAsync(range.RestRead);
        }
        catch (Exception)
        {
            // Superseded; see ObserveAsync.
        }
    }

    /// <summary>
    /// Waits for a superseded or abandoned read. Its outcome is dropped, never used; a failure of
    /// it is dropped too, because the error that abandoned it (or the read that replaced it) is
    /// what the caller acts on.
    /// </summary>
    internal static async Task ObserveAsync(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception)
        {
            // Superseded; see above.
        }
    }

    // The parent hash of each window block must be the hash of the block before it, and the
    // range's first block must sit on the last indexed one. Hardhat's hardhat_mine leaves the
    // parent hash of the blocks it reserves at zero, a value no real chain has after genesis: such
    // a link is not checked (the range's last block, read before and after its logs, still is).
    private static void CheckLinks(BlockRef? previous, ulong from, ulong[] windowNumbers, IReadOnlyDictionary<ulong, Block> read)
    {
        if (previous is { } last && read.TryGetValue(from, out var first) && !first.ParentHash.IsZero && first.ParentHash != last.Hash)
        {
            throw new ChainMovedException($"block {from}'s parent hash {first.ParentHash} is not the indexed {last}");
        }
        foreach (var number in windowNumbers)
        {
            if (number > 0 && read.TryGetValue(number - 1, out var parent) && !read[number].ParentHash.IsZero && read[number].ParentHash != parent.Hash)
            {
                throw new ChainMovedException($"block {number}'s parent hash {read[number].ParentHash} is not block {number - 1}'s {parent.Hash}");
            }
        }
    }
}
