namespace Anchor.Merkle;

/// <summary>
/// Roots and proofs of a stored log at any size up to its current one, read from persisted
/// perfect subtrees without rehashing leaves: a root, an inclusion proof or a consistency proof
/// costs one batched read of O(log n) nodes and at most O(log n) hashes.
/// </summary>
public sealed class MerkleLogReader(INodeReader store)
{
    /// <summary>The root of the first <paramref name="size"/> leaves.</summary>
    public Hash32 Root(ulong size) =>
        size == 0 ? LogHasher.EmptyRoot : Compute([LogShape.Root(size)])[0];

    /// <summary>The inclusion proof of leaf <paramref name="index"/> in the log of <paramref name="size"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Unless 0 &lt;= index &lt; size.</exception>
    public Hash32[] InclusionProof(ulong index, ulong size) => Compute(LogShape.InclusionProof(index, size));

    /// <summary>The consistency proof from <paramref name="oldSize"/> to <paramref name="newSize"/>.</summary>
    public Hash32[] ConsistencyProof(ulong oldSize, ulong newSize) => Compute(LogShape.ConsistencyProof(oldSize, newSize));

    /// <summary>Computes several recipes with a single read of all the nodes they need.</summary>
    public Hash32[] Compute(IReadOnlyList<NodeRecipe> recipes)
    {
        var needed = new HashSet<NodeId>();
        foreach (var recipe in recipes) needed.UnionWith(recipe.Nodes);
        var hashes = needed.Count == 0 ? new Dictionary<NodeId, Hash32>() : store.ReadNodes(needed);
        var result = new Hash32[recipes.Count];
        for (var i = 0; i < recipes.Count; i++)
        {
            result[i] = recipes[i].Compute(id => hashes.TryGetValue(id, out var hash) ? hash : throw new MissingNodeException(id));
        }
        return result;
    }
}
