namespace Anchor.Merkle;

/// <summary>
/// A perfect, aligned subtree of the log: the <c>2^Level</c> leaves starting at
/// <c>Index * 2^Level</c>. These are the only nodes a log stores; every other hash (the root of a
/// size that is not a power of two, a right-edge proof node) is folded from them on demand.
/// </summary>
/// <param name="Level">Height above the leaves; leaves are level 0.</param>
/// <param name="Index">Position among the nodes of that level, from the left.</param>
public readonly record struct NodeId(int Level, ulong Index)
{
    // Keys pack the level into the top 6 bits and the index into the other 58, which covers every
    // node of a log of up to 2^58 leaves.
    private const int IndexBits = 58;
    private const ulong IndexMask = (1UL << IndexBits) - 1;

    /// <summary>The first leaf the node covers.</summary>
    public ulong FirstLeaf => Index << Level;

    /// <summary>One past the last leaf the node covers.</summary>
    public ulong EndLeaf => (Index + 1) << Level;

    /// <summary>A single 64-bit key for storage, unique per node and ordered by level then index.</summary>
    public long StorageKey
    {
        get
        {
            if (Level is < 0 or > 63 || Index > (IndexMask >> Level))
            {
                throw new InvalidOperationException($"node ({Level}, {Index}) is outside a log of 2^{IndexBits} leaves");
            }
            return (long)(((ulong)Level << IndexBits) | Index);
        }
    }

    /// <summary>The node whose <see cref="StorageKey"/> is <paramref name="key"/>.</summary>
    public static NodeId FromStorageKey(long key) =>
        new((int)((ulong)key >> IndexBits), (ulong)key & IndexMask);

    public override string ToString() => $"({Level}, {Index})";
}
