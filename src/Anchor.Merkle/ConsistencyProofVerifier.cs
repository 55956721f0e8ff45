namespace Anchor.Merkle;

/// <summary>
/// RFC 9162 section 2.1.4.2: checks that the log of one size extends the log of a smaller size,
/// as the AnchorRegistry contract does before it accepts a new head.
/// </summary>
public static class ConsistencyProofVerifier
{
    /// <summary>Checks <paramref name="proof"/> from (oldSize, oldRoot) to (newSize, newRoot).</summary>
    /// <exception cref="ProofShapeException">The sizes are out of order, or the proof has the wrong length.</exception>
    /// <exception cref="RootMismatchException">The proof does not lead to one of the roots.</exception>
    public static void Verify(ulong oldSize, ulong newSize, Hash32 oldRoot, Hash32 newRoot, ReadOnlySpan<Hash32> proof)
    {
        if (oldSize > newSize) throw new ProofShapeException($"old size {oldSize} is above new size {newSize}");
        if (oldSize == newSize || oldSize == 0)
        {
            // Every log extends the empty one, and a log extends itself only with its own root.
            if (proof.Length != 0) throw new ProofShapeException($"a proof from size {oldSize} to {newSize} is empty, got {proof.Length} nodes");
            if (oldSize == newSize && oldRoot != newRoot) throw new RootMismatchException(oldRoot, newRoot, "equal-size root");
            return;
        }
        var (calculatedOld, calculatedNew) = RootsFromProof(oldSize, newSize, oldRoot, proof);
        if (calculatedOld != oldRoot) throw new RootMismatchException(oldRoot, calculatedOld, "old root");
        if (calculatedNew != newRoot) throw new RootMismatchException(newRoot, calculatedNew, "new root");
    }

    /// <summary>True when the proof holds; false for any failure.</summary>
    public static bool IsValid(ulong oldSize, ulong newSize, Hash32 oldRoot, Hash32 newRoot, ReadOnlySpan<Hash32> proof)
    {
        try
        {
            Verify(oldSize, newSize, oldRoot, newRoot, proof);
            return true;
        }
        catch (ProofException)
        {
            return false;
        }
    }

    /// <summary>The (old, new) roots that the proof implies; requires 0 &lt; oldSize &lt; newSize.</summary>
    /// <exception cref="ProofShapeException">The proof has the wrong length.</exception>
    public static (Hash32 OldRoot, Hash32 NewRoot) RootsFromProof(ulong oldSize, ulong newSize, Hash32 oldRoot, ReadOnlySpan<Hash32> proof)
    {
        if (oldSize == 0 || oldSize >= newSize) throw new ProofShapeException($"needs 0 < old size < new size, got {oldSize} and {newSize}");
        var tooShort = $"consistency proof from {oldSize} to {newSize} is too short ({proof.Length} nodes)";
        var tooLong = $"consistency proof from {oldSize} to {newSize} is too long ({proof.Length} nodes)";

        // A power-of-two old tree is itself the first node of the path, so the RFC seeds with it.
        var rest = proof;
        Hash32 fr;
        if ((oldSize & (oldSize - 1)) == 0)
        {
            fr = oldRoot;
        }
        else
        {
            if (proof.IsEmpty) throw new ProofShapeException(tooShort);
            fr = proof[0];
            rest = proof[1..];
        }
        var sr = fr;
        var fn = oldSize - 1;
        var sn = newSize - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }
        foreach (var c in rest)
        {
            if (sn == 0) throw new ProofShapeException(tooLong);
            if ((fn & 1) == 1 || fn == sn)
            {
                fr = LogHasher.HashNode(c, fr);
                sr = LogHasher.HashNode(c, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                sr = LogHasher.HashNode(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) throw new ProofShapeException(tooShort);
        return (fr, sr);
    }
}
