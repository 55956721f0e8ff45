namespace Anchor.Merkle;

/// <summary>
/// Inclusion proofs of several entries of one log at one size, with every node that two proofs
/// share written once (docs/SPEC.md section 4). Entries of one batch sit in one log, so their proofs
/// meet near the root; the compact form keeps a table of distinct nodes and, per entry, the
/// positions of its proof nodes in that table. Expanding it gives the plain RFC 9162 proofs back,
/// so a verifier needs nothing beyond section 1.1.
/// </summary>
public sealed record CompactInclusionProof(ulong Size, IReadOnlyList<Hash32> Nodes, IReadOnlyList<CompactPath> Paths)
{
    /// <summary>Builds the compact proofs of <paramref name="indices"/> at <paramref name="size"/> with one read.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is not below the size.</exception>
    public static CompactInclusionProof Build(MerkleLogReader reader, IEnumerable<ulong> indices, ulong size)
    {
        var distinctIndices = indices.Distinct().Order().ToArray();
        var recipesPerIndex = distinctIndices.Select(i => LogShape.InclusionProof(i, size)).ToArray();

        // Identical recipes are identical hashes: number them once, in order of first use.
        var slots = new Dictionary<string, int>();
        var tableRecipes = new List<NodeRecipe>();
        var paths = new List<CompactPath>(distinctIndices.Length);
        for (var e = 0; e < distinctIndices.Length; e++)
        {
            var refs = new int[recipesPerIndex[e].Length];
            for (var p = 0; p < refs.Length; p++)
            {
                var recipe = recipesPerIndex[e][p];
                var key = string.Join(',', recipe.Nodes.Select(n => n.StorageKey));
                if (!slots.TryGetValue(key, out var slot))
                {
                    slot = tableRecipes.Count;
                    slots[key] = slot;
                    tableRecipes.Add(recipe);
                }
                refs[p] = slot;
            }
            paths.Add(new CompactPath(distinctIndices[e], refs));
        }
        return new CompactInclusionProof(size, reader.Compute(tableRecipes), paths);
    }

    /// <summary>The plain proof of the entry at <paramref name="index"/>.</summary>
    /// <exception cref="KeyNotFoundException">The proof holds no path for that index.</exception>
    /// <exception cref="ProofShapeException">A path refers past the node table.</exception>
    public Hash32[] ProofOf(ulong index)
    {
        var path = Paths.FirstOrDefault(p => p.Index == index)
            ?? throw new KeyNotFoundException($"the compact proof has no path for index {index}");
        return [.. path.NodeRefs.Select(r => r >= 0 && r < Nodes.Count
            ? Nodes[r]
            : throw new ProofShapeException($"path of index {index} refers to node {r} of a table of {Nodes.Count}"))];
    }

    /// <summary>Checks every path against <paramref name="root"/>, given each entry's leaf hash.</summary>
    /// <exception cref="ProofException">The first path that fails, and why.</exception>
    public void Verify(Hash32 root, Func<ulong, Hash32> leafHashOf)
    {
        foreach (var path in Paths)
        {
            InclusionProofVerifier.Verify(path.Index, Size, leafHashOf(path.Index), root, ProofOf(path.Index));
        }
    }
}

/// <summary>One entry's proof in a <see cref="CompactInclusionProof"/>: positions in its node table, nearest first.</summary>
public sealed record CompactPath(ulong Index, IReadOnlyList<int> NodeRefs);
