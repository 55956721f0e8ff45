namespace Anchor.Indexer.Model;

/// <summary>
/// Everything one step learned about the final blocks [<see cref="FromBlock"/>, <see cref="To"/>]:
/// written in one transaction with the progress and the reorg window, so the index never holds
/// data without the progress that produced it, nor progress without its data.
/// </summary>
/// <param name="FromBlock">The first block of the range.</param>
/// <param name="To">The last block of the range: the new progress.</param>
/// <param name="WindowBlocks">Hashes of the range's blocks that fall in the reorg window (the last one included).</param>
/// <param name="WindowSize">How many blocks the window keeps; older ones are dropped.</param>
/// <param name="Anchors">The range's anchors, final, with their mapping.</param>
/// <param name="Coverage">The batch→anchor rows of the matched anchors.</param>
/// <param name="Recalls">The range's recalls.</param>
/// <param name="MembershipChanges">The range's alliance membership changes.</param>
public sealed record IndexedChunk(
    ulong FromBlock,
    BlockRef To,
    IReadOnlyList<BlockRef> WindowBlocks,
    int WindowSize,
    IReadOnlyList<IndexedAnchor> Anchors,
    IReadOnlyList<BatchAnchorCoverage> Coverage,
    IReadOnlyList<IndexedRecall> Recalls,
    IReadOnlyList<MembershipChange> MembershipChanges);
