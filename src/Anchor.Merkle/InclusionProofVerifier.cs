namespace Anchor.Merkle;

/// <summary>RFC 9162 section 2.1.3.2: checks that a leaf sits at an index of a log of a given size.</summary>
public static class InclusionProofVerifier
{
    /// <summary>The root that <paramref name="proof"/> implies for the leaf.</summary>
    /// <exception cref="ProofShapeException">index &gt;= size, or the proof is too short or too long.</exception>
    public static Hash32 RootFromProof(ulong index, ulong size, Hash32 leafHash, ReadOnlySpan<Hash32> proof)
    {
        if (index >= size) throw new ProofShapeException($"index {index} is not below size {size}");
        var fn = index;
        var sn = size - 1;
        var root = leafHash;
        foreach (var node in proof)
        {
            if (sn == 0) throw new ProofShapeException($"proof for index {index} of size {size} is too long ({proof.Length} nodes)");
            if ((fn & 1) == 1 || fn == sn)
            {
                root = LogHasher.HashNode(node, root);
                // The rightmost node of a level without a sibling is carried up unchanged.
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                root = LogHasher.HashNode(root, node);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) throw new ProofShapeException($"proof for index {index} of size {size} is too short ({proof.Length} nodes)");
        return root;
    }

    /// <summary>Checks the proof against <paramref name="root"/>.</summary>
    /// <exception cref="ProofShapeException">The proof has the wrong shape.</exception>
    /// <exception cref="RootMismatchException">The proof leads elsewhere.</exception>
    public static void Verify(ulong index, ulong size, Hash32 leafHash, Hash32 root, ReadOnlySpan<Hash32> proof)
    {
        var calculated = RootFromProof(index, size, leafHash, proof);
        if (calculated != root) throw new RootMismatchException(root, calculated);
    }

    /// <summary>True when the proof holds; false for any failure.</summary>
    public static bool IsValid(ulong index, ulong size, Hash32 leafHash, Hash32 root, ReadOnlySpan<Hash32> proof)
    {
        try
        {
            return RootFromProof(index, size, leafHash, proof) == root;
        }
        catch (ProofShapeException)
        {
            return false;
        }
    }
}
