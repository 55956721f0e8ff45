using Anchor.Ethereum.Rpc;
using Anchor.Indexer.Model;
using Anchor.Indexer.Storage;

namespace Anchor.Indexer.Following;

/// <summary>What the check of the indexed tip found.</summary>
public enum TipState
{
    /// <summary>The last indexed block is still on the chain.</summary>
    Unchanged,

    /// <summary>A reorg replaced indexed blocks; the index must roll back to <see cref="TipCheck.Ancestor"/>.</summary>
    Reorganised,

    /// <summary>The chain was reset (a restarted node): the index must start over.</summary>
    ChainReset,
}

/// <summary>The outcome of <see cref="ReorgDetector.CheckAsync"/>.</summary>
/// <param name="State">What was found.</param>
/// <param name="Ancestor">For a reorg, the newest indexed block still on the chain: the common ancestor.</param>
/// <param name="Description">For a reorg or a reset, what happened, in words for the log and the status.</param>
public sealed record TipCheck(TipState State, BlockRef? Ancestor = null, string? Description = null);

/// <summary>
/// Checks that the last indexed block is still on the node's chain. If not, it tells a chain reset
/// (the genesis block changed, or the head is below the progress with no block of the window left)
/// from a reorg, whose common ancestor is the newest block of the reorg window that the node still
/// has; a reorg deeper than the window throws <see cref="DeepReorgException"/>. The window need
/// not hold every block: the ancestor found is then an older common block, and a little more is
/// indexed again.
/// </summary>
public sealed class ReorgDetector(IEthereumRpc rpc, IIndexStore store, int windowSize)
{
    /// <summary>Checks <paramref name="progress"/> against the node, whose head is <paramref name="head"/>.</summary>
    /// <exception cref="DeepReorgException">No block of the window is on the chain, and the chain is not shorter than the index.</exception>
    public async Task<TipCheck> CheckAsync(IndexProgress progress, ulong head, CancellationToken cancellationToken)
    {
        if (progress.LastBlock is not { } tip) return new TipCheck(TipState.Unchanged);
        if (tip.Number <= head && (await rpc.GetBlockByNumberAsync(BlockParameter.At(tip.Number), cancellationToken))?.Hash == tip.Hash)
        {
            return new TipCheck(TipState.Unchanged);
        }
        var genesis = await rpc.GetBlockByNumberAsync(BlockParameter.At(0), cancellationToken)
            ?? throw new ChainMovedException("the node has no genesis block");
        if (genesis.Hash != progress.Identity.GenesisHash)
        {
            return new TipCheck(TipState.ChainReset, null,
                $"chain reset: the genesis block changed from {progress.Identity.GenesisHash} to {genesis.Hash} (a restarted node)");
        }
        var window = await store.ReadWindowAsync(cancellationToken);
        foreach (var stored in window)
        {
            if (stored.Number > head) continue;
            var block = await rpc.GetBlockByNumberAsync(BlockParameter.At(stored.Number), cancellationToken);
            if (block?.Hash == stored.Hash)
            {
                return new TipCheck(TipState.Reorganised, stored,
                    $"reorg: {tip} is no longer on the chain; rolled back {tip.Number - stored.Number} block(s) to the common ancestor {stored}");
            }
        }
        if (head < tip.Number)
        {
            return new TipCheck(TipState.ChainReset, null,
                $"chain reset: the head ({head}) is below the indexed block {tip.Number} and no block of the reorg window is on the chain");
        }
        throw new DeepReorgException(tip, window.Count > 0 ? window[^1] : tip, windowSize, head);
    }
}
