namespace Anchor.Merkle;

/// <summary>Reads stored nodes of one log. Storage lives behind this seam; the tree knows no database.</summary>
public interface INodeReader
{
    /// <summary>
    /// Returns the hash of every node in <paramref name="nodes"/>, in one round trip where the
    /// store allows it.
    /// </summary>
    /// <exception cref="MissingNodeException">A node is not stored (it lies beyond the log's size).</exception>
    IReadOnlyDictionary<NodeId, Hash32> ReadNodes(IReadOnlyCollection<NodeId> nodes);
}

/// <summary>A node that a root or proof needs is not in the store.</summary>
public sealed class MissingNodeException(NodeId node)
    : Exception($"node {node} (leaves {node.FirstLeaf} to {node.EndLeaf - 1}) is not stored")
{
    /// <summary>The missing node.</summary>
    public NodeId Node { get; } = node;
}
