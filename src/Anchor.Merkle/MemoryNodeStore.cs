namespace Anchor.Merkle;

/// <summary>
/// A log held in memory, level by level: for tests, benchmarks and verifiers that rebuild a small
/// tree. Appending through it keeps the stored nodes and the edge in step.
/// </summary>
public sealed class MemoryNodeStore : INodeReader
{
    private readonly List<List<Hash32>> _levels = [];
    private readonly CompactRange _edge = new();

    /// <summary>The number of leaves.</summary>
    public ulong Size => _edge.Size;

    /// <summary>The current root.</summary>
    public Hash32 Root() => _edge.Root();

    /// <summary>Appends a leaf hash and stores the nodes it completes.</summary>
    public ulong Append(in Hash32 leafHash) => _edge.Append(leafHash, Store);

    /// <summary>Stores one node; nodes of a level arrive in index order.</summary>
    public void Store(NodeId node, Hash32 hash)
    {
        while (_levels.Count <= node.Level) _levels.Add([]);
        var level = _levels[node.Level];
        if ((ulong)level.Count != node.Index)
        {
            throw new InvalidOperationException($"node {node} arrived out of order; level {node.Level} holds {level.Count}");
        }
        level.Add(hash);
    }

    public IReadOnlyDictionary<NodeId, Hash32> ReadNodes(IReadOnlyCollection<NodeId> nodes)
    {
        var result = new Dictionary<NodeId, Hash32>(nodes.Count);
        foreach (var node in nodes)
        {
            if (node.Level >= _levels.Count || node.Index >= (ulong)_levels[node.Level].Count)
            {
                throw new MissingNodeException(node);
            }
            result[node] = _levels[node.Level][(int)node.Index];
        }
        return result;
    }
}
