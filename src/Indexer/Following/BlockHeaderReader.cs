using System.Collections.Concurrent;
using Anchor.Ethereum.Rpc;

namespace Anchor.Indexer.Following;

/// <summary>
/// Fetches block headers by number, several at a time: the hashes of the reorg window, the
/// timestamps of blocks with events, and the hash of a range's last block.
/// </summary>
public sealed class BlockHeaderReader(IEthereumRpc rpc)
{
    /// <summary>How many header requests are in flight at once.</summary>
    public const int Concurrency = 8;

    /// <summary>The headers of <paramref name="numbers"/>.</summary>
    /// <exception cref="ChainMovedException">The node does not have one of the blocks (its chain got shorter meanwhile).</exception>
    public async Task<IReadOnlyDictionary<ulong, Block>> ReadAsync(IEnumerable<ulong> numbers, CancellationToken cancellationToken)
    {
        var headers = new ConcurrentDictionary<ulong, Block>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(numbers.Distinct(), options, async (number, token) =>
        {
            var block = await rpc.GetBlockByNumberAsync(BlockParameter.At(number), token)
                ?? throw new ChainMovedException($"the node no longer has block {number}");
            if (block.Number != number) throw new ChainMovedException($"asked for block {number}, the node answered with block {block.Number}");
            headers[number] = block;
        });
        return headers;
    }
}
