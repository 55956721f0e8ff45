using System.Numerics;

namespace Anchor.Merkle;

/// <summary>
/// Which stored nodes make up each hash of a root or proof, worked out from sizes and indices
/// alone (RFC 9162 section 2.1). A <see cref="NodeRecipe"/> names perfect subtrees whose right fold
/// is the hash; a plan is computed first so that all its nodes can be read in one batch.
/// </summary>
public static class LogShape
{
    /// <summary>
    /// The perfect subtrees covering leaves [<paramref name="start"/>, <paramref name="end"/>) of an
    /// RFC 9162 subtree, largest first; their right fold is <c>MTH(D[start:end])</c>.
    /// </summary>
    /// <remarks>Requires <c>start</c> to be a multiple of the largest power of two not above
    /// <c>end - start</c>, which holds for every subtree the RFC's recursion produces.</remarks>
    public static NodeId[] RangeNodes(ulong start, ulong end)
    {
        if (end <= start) throw new ArgumentOutOfRangeException(nameof(end), $"empty range [{start}, {end})");
        var nodes = new NodeId[BitOperations.PopCount(end - start)];
        var position = start;
        for (var i = 0; i < nodes.Length; i++)
        {
            var level = 63 - BitOperations.LeadingZeroCount(end - position);
            if ((position & ((1UL << level) - 1)) != 0)
            {
                throw new InvalidOperationException($"[{start}, {end}) is not a subtree of an RFC 9162 log");
            }
            nodes[i] = new NodeId(level, position >> level);
            position += 1UL << level;
        }
        return nodes;
    }

    /// <summary>The recipe of the root of a log of <paramref name="size"/> leaves (size &gt; 0).</summary>
    public static NodeRecipe Root(ulong size) => new(RangeNodes(0, size));

    /// <summary>
    /// The recipes of <c>PATH(index, D[size])</c>, the inclusion proof of leaf
    /// <paramref name="index"/>, nearest sibling first.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Unless 0 &lt;= index &lt; size.</exception>
    public static NodeRecipe[] InclusionProof(ulong index, ulong size)
    {
        if (index >= size) throw new ArgumentOutOfRangeException(nameof(index), $"index {index} is not below size {size}");
        var proof = new List<NodeRecipe>(64);
        // Walk up from the leaf. At each level the sibling subtree is either wholly inside the log
        // (a stored node), past its end (no sibling: the node is carried up), or cut by the end
        // (the right edge, folded from stored nodes; only the top sibling can be cut).
        for (var level = 0; level < 64 && (1UL << level) < size; level++)
        {
            var sibling = (index >> level) ^ 1;
            var first = sibling << level;
            if (first >= size) continue;
            var end = (sibling + 1) << level;
            proof.Add(end <= size ? new NodeRecipe([new NodeId(level, sibling)]) : new NodeRecipe(RangeNodes(first, size)));
        }
        return [.. proof];
    }

    /// <summary>
    /// The recipes of <c>PROOF(oldSize, D[newSize])</c>, the consistency proof between two sizes
    /// (RFC 9162 section 2.1.4.1). Empty when <paramref name="oldSize"/> is 0 or equals the new size.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The old size is larger than the new one.</exception>
    public static NodeRecipe[] ConsistencyProof(ulong oldSize, ulong newSize)
    {
        if (oldSize > newSize) throw new ArgumentOutOfRangeException(nameof(oldSize), $"old size {oldSize} is above new size {newSize}");
        var proof = new List<NodeRecipe>(64);
        if (oldSize != 0 && oldSize != newSize) SubProof(oldSize, 0, newSize, complete: true, proof);
        return [.. proof];
    }

    // SUBPROOF(m, D[start:start+n], b) of RFC 9162, with the recursion's output appended in order.
    private static void SubProof(ulong m, ulong start, ulong n, bool complete, List<NodeRecipe> proof)
    {
        if (m == n)
        {
            if (!complete) proof.Add(new NodeRecipe(RangeNodes(start, start + n)));
            return;
        }
        var k = LargestPowerOfTwoBelow(n);
        if (m <= k)
        {
            SubProof(m, start, k, complete, proof);
            proof.Add(new NodeRecipe(RangeNodes(start + k, start + n)));
        }
        else
        {
            SubProof(m - k, start + k, n - k, complete: false, proof);
            proof.Add(new NodeRecipe(RangeNodes(start, start + k)));
        }
    }

    /// <summary>The largest power of two strictly below <paramref name="n"/> (n &gt;= 2).</summary>
    public static ulong LargestPowerOfTwoBelow(ulong n) => 1UL << (63 - BitOperations.LeadingZeroCount(n - 1));
}

/// <summary>A hash of the log as the right fold of stored perfect subtrees, largest first.</summary>
public sealed record NodeRecipe(NodeId[] Nodes)
{
    /// <summary>Folds the hashes of <see cref="Nodes"/>, looked up by <paramref name="hashOf"/>.</summary>
    public Hash32 Compute(Func<NodeId, Hash32> hashOf)
    {
        var hash = hashOf(Nodes[^1]);
        for (var i = Nodes.Length - 2; i >= 0; i--)
        {
            hash = LogHasher.HashNode(hashOf(Nodes[i]), hash);
        }
        return hash;
    }
}
