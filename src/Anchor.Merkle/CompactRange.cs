namespace Anchor.Merkle;

/// <summary>
/// The right edge of a log: the roots of the perfect subtrees that make up its first
/// <see cref="Size"/> leaves, one per set bit of the size, largest first. It is all a log needs to
/// append a leaf and to compute its current root, so appends never read storage.
/// </summary>
/// <remarks>The "compact range" of transparency-dev/merkle, for ranges that start at leaf 0.</remarks>
public sealed class CompactRange
{
    private readonly List<Hash32> _subtrees;

    /// <summary>The range of the empty log.</summary>
    public CompactRange() : this(0, []) { }

    /// <summary>A range restored from storage.</summary>
    /// <param name="size">The number of leaves the range covers.</param>
    /// <param name="subtrees">The hashes of <see cref="LogShape.RangeNodes"/>(0, size), in that order.</param>
    /// <exception cref="ArgumentException">The number of hashes does not match the size.</exception>
    public CompactRange(ulong size, IEnumerable<Hash32> subtrees)
    {
        _subtrees = [.. subtrees];
        var expected = System.Numerics.BitOperations.PopCount(size);
        if (_subtrees.Count != expected)
        {
            throw new ArgumentException($"a log of size {size} has {expected} edge subtrees, got {_subtrees.Count}", nameof(subtrees));
        }
        Size = size;
    }

    /// <summary>Reads the edge of a stored log of <paramref name="size"/> leaves, to append to it.</summary>
    /// <exception cref="MissingNodeException">The store does not hold a log of that size.</exception>
    public static CompactRange Restore(ulong size, INodeReader store)
    {
        if (size == 0) return new CompactRange();
        var nodes = LogShape.RangeNodes(0, size);
        var hashes = store.ReadNodes(nodes);
        return new CompactRange(size, nodes.Select(n => hashes.TryGetValue(n, out var h) ? h : throw new MissingNodeException(n)));
    }

    /// <summary>The number of leaves covered.</summary>
    public ulong Size { get; private set; }

    /// <summary>The edge subtree hashes, largest first.</summary>
    public IReadOnlyList<Hash32> Subtrees => _subtrees;

    /// <summary>
    /// Appends a leaf hash and reports every node it completes, the leaf itself first, to
    /// <paramref name="onNodeCompleted"/> so the caller can persist it.
    /// </summary>
    /// <returns>The index of the new leaf.</returns>
    public ulong Append(in Hash32 leafHash, Action<NodeId, Hash32>? onNodeCompleted = null)
    {
        var index = Size;
        var node = leafHash;
        var level = 0;
        var position = index;
        onNodeCompleted?.Invoke(new NodeId(0, position), node);
        // A node at an odd position is a right child: it completes its parent with the last edge
        // subtree, which is exactly its left sibling.
        while ((position & 1) == 1)
        {
            var left = _subtrees[^1];
            _subtrees.RemoveAt(_subtrees.Count - 1);
            node = LogHasher.HashNode(left, node);
            level++;
            position >>= 1;
            onNodeCompleted?.Invoke(new NodeId(level, position), node);
        }
        _subtrees.Add(node);
        Size = index + 1;
        return index;
    }

    /// <summary>The root of the log, <see cref="LogHasher.EmptyRoot"/> when it is empty.</summary>
    public Hash32 Root()
    {
        if (_subtrees.Count == 0) return LogHasher.EmptyRoot;
        var root = _subtrees[^1];
        for (var i = _subtrees.Count - 2; i >= 0; i--)
        {
            root = LogHasher.HashNode(_subtrees[i], root);
        }
        return root;
    }

    /// <summary>A copy that can be appended to without changing this range.</summary>
    public CompactRange Clone() => new(Size, _subtrees);
}
