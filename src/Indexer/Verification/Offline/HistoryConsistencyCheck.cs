using Anchor.Merkle;

namespace Anchor.Indexer.Verification;

/// <summary>
/// The offline half of the <c>history</c> check (SPEC section 7): each earlier head's consistency
/// proof (section 1.2) leads to <c>anchor</c>. The online half (each head was anchored by the
/// publisher) is <see cref="ChainChecks"/>'.
/// </summary>
internal static class HistoryConsistencyCheck
{
    /// <summary>The outcome, and whether there was anything to check (no history passes: nothing was left unchecked).</summary>
    public static (Outcome Outcome, bool Empty) Run(EvidenceBundle bundle)
    {
        if (bundle.History is not { Count: > 0 } history) return (Outcome.Pass("the bundle has no earlier heads (nothing to check)"), true);
        var anchor = bundle.Anchor;
        for (var i = 0; i < history.Count; i++)
        {
            var head = history[i];
            if (head.Size > anchor.Size) return (Outcome.Fail($"history[{i}]: size {head.Size} is not an earlier head of size {anchor.Size}"), false);
            try
            {
                ConsistencyProofVerifier.Verify((ulong)head.Size, (ulong)anchor.Size, head.Root, anchor.Root, head.ConsistencyProof.ToArray());
            }
            catch (ProofException e)
            {
                return (Outcome.Fail($"history[{i}] (size {head.Size}): {e.Message}"), false);
            }
        }
        var sizes = string.Join(", ", history.Select(h => h.Size));
        return (Outcome.Pass($"earlier head(s) of size {sizes} are consistent with the anchored head of size {anchor.Size}"), false);
    }
}
