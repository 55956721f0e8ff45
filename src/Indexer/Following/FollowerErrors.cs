using Anchor.Indexer.Model;

namespace Anchor.Indexer.Following;

/// <summary>
/// The chain re-organised deeper than the reorg window: none of the stored block hashes is on the
/// node's chain any more, so the indexer cannot tell which of its final data is still true. It
/// halts rather than guess; an operator decides (a larger Indexer:ReorgWindow, or a fresh index).
/// </summary>
public sealed class DeepReorgException(BlockRef indexedTip, BlockRef oldestInWindow, int windowSize, ulong head)
    : Exception(
        $"REORG DEEPER THAN THE WINDOW: the node's chain (head {head}) no longer holds any block the indexer keeps from its last {windowSize} " +
        $"(Indexer:ReorgWindow), from {oldestInWindow} up to {indexedTip}. Indexed data up to block {indexedTip.Number} may describe a chain that is gone. " +
        "The indexer halts; check that Chain:RpcUrl points at the intended node, then index again with `indexer run --from-scratch` " +
        "(and a larger Indexer:ReorgWindow, ANCHOR__Indexer__ReorgWindow, if the chain reorganises this deep).")
{
    /// <summary>The last indexed block, no longer on the chain.</summary>
    public BlockRef IndexedTip { get; } = indexedTip;

    /// <summary>The oldest block of the window, no longer on the chain either.</summary>
    public BlockRef OldestInWindow { get; } = oldestInWindow;

    /// <summary>The window's size in blocks (Indexer:ReorgWindow).</summary>
    public int WindowSize { get; } = windowSize;

    /// <summary>The node's head when the reorg was found.</summary>
    public ulong Head { get; } = head;
}

/// <summary>
/// The provider refuses <c>eth_getLogs</c> even over the smallest allowed range
/// (Indexer:MinBlockRange), so the indexer cannot make progress at this block.
/// </summary>
public sealed class LogRangeRefusedException(ulong fromBlock, ulong toBlock, string providerMessage, Exception inner)
    : Exception($"eth_getLogs over blocks {fromBlock} to {toBlock} is refused even at the smallest range (Indexer:MinBlockRange): {providerMessage}", inner)
{
    /// <summary>The first block of the refused range.</summary>
    public ulong FromBlock { get; } = fromBlock;

    /// <summary>The last block of the refused range.</summary>
    public ulong ToBlock { get; } = toBlock;
}

/// <summary>
/// The chain changed while a step read it (a removed log, a log whose block hash is not the
/// block's, a parent hash that does not link): nothing of the step is written, and the next step
/// starts with the reorg check.
/// </summary>
public sealed class ChainMovedException(string reason) : Exception($"the chain changed while it was read: {reason}")
{
    /// <summary>What showed the change.</summary>
    public string Reason { get; } = reason;
}
