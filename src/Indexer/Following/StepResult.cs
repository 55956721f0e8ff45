using Anchor.Indexer.Model;

namespace Anchor.Indexer.Following;

/// <summary>What one step of the follower did.</summary>
/// <param name="Head">The chain head the step read.</param>
/// <param name="FinalBlock">The newest final block at that head (head − confirmation depth), or null if no block is final yet.</param>
/// <param name="IndexedTo">The last final block indexed after the step.</param>
/// <param name="Tip">What the check of the indexed tip found.</param>
/// <param name="Blocks">Final blocks indexed by the step.</param>
/// <param name="Anchors">Final anchors indexed by the step.</param>
/// <param name="Recalls">Recalls indexed by the step.</param>
/// <param name="MembershipChanges">Membership changes indexed by the step.</param>
/// <param name="ProvisionalAnchors">Anchors in blocks not final yet.</param>
/// <param name="Remapped">Earlier anchors mapped again because their ledger grew or appeared.</param>
/// <param name="ChainMoved">The chain changed under the step, which stopped early; the next step checks for a reorg.</param>
public sealed record StepResult(
    ulong Head, ulong? FinalBlock, BlockRef? IndexedTo, TipCheck Tip, int Blocks, int Anchors, int Recalls, int MembershipChanges,
    int ProvisionalAnchors, int Remapped, bool ChainMoved)
{
    /// <summary>True when every final block at <see cref="Head"/> is indexed.</summary>
    public bool CaughtUp => !ChainMoved && (FinalBlock is not { } final || (IndexedTo is { } indexed && indexed.Number >= final));

    /// <summary>Blocks between the head and the last indexed block.</summary>
    public ulong Lag => IndexedTo is { } indexed && Head >= indexed.Number ? Head - indexed.Number : Head;
}

/// <summary>What <see cref="ChainFollower.CatchUpAsync"/> did, over all its steps.</summary>
/// <param name="Steps">Steps run.</param>
/// <param name="Last">The last step.</param>
/// <param name="Blocks">Final blocks indexed.</param>
/// <param name="Anchors">Final anchors indexed.</param>
/// <param name="Recalls">Recalls indexed.</param>
/// <param name="MembershipChanges">Membership changes indexed.</param>
/// <param name="Reorgs">Reorgs rolled back.</param>
/// <param name="Resets">Chain resets (or deployment changes) that started the index over.</param>
public sealed record CatchUpResult(int Steps, StepResult Last, long Blocks, long Anchors, long Recalls, long MembershipChanges, int Reorgs, int Resets);
