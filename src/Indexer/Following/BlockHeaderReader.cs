using Anchor.Ethereum.Rpc;

namespace Anchor.Indexer.Following;

/// <summary>
/// Fetches block headers by number: the hashes of the reorg window, the timestamps of blocks with
/// events, and the hash of a range's last block. The headers of one read go out together, as
/// JSON-RPC batches where the node takes them: a node spends more on a request than on a header.
/// </summary>
public sealed class BlockHeaderReader(IEthereumRpc rpc)
{
    /// <summary>The headers of <paramref name="numbers"/>.</summary>
    /// <exception cref="ChainMovedException">The node does not have one of the blocks (its chain got shorter meanwhile).</exception>
    public async Task<IReadOnlyDictionary<ulong, Block>> ReadAsync(IEnumerable<ulong> numbers, CancellationToken cancellationToken)
    {
        ulong[] wanted = [.. numbers.Distinct()];
        var blocks = await rpc.GetBlocksByNumberAsync(wanted, cancellationToken);
        var headers = new Dictionary<ulong, Block>(wanted.Length);
        for (var i = 0; i < wanted.Length; i++)
        {
            var block = blocks[i] ?? throw new ChainMovedException($"the node no longer has block {wanted[i]}");
            if (block.Number != wanted[i]) throw new ChainMovedException($"asked for block {wanted[i]}, the node answered with block {block.Number}");
            headers[wanted[i]] = block;
        }
        return headers;
    }
}
