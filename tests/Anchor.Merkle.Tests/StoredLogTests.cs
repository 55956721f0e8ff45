using Anchor.Merkle;
using Xunit;

namespace Anchor.Merkle.Tests;

/// <summary>The stored-node log against the literal RFC recursion, over many sizes and indices.</summary>
public class StoredLogTests
{
    private const int MaxSize = 150;
    private static readonly Hash32[] Leaves = [.. Enumerable.Range(0, MaxSize).Select(i => LogHasher.HashLeaf(BitConverter.GetBytes(i * 7919)))];
    private static readonly MerkleLogReader Reader = new(BuildLog(MaxSize));

    [Fact]
    public void Every_root_matches_the_reference()
    {
        for (var size = 0; size <= MaxSize; size++)
        {
            Assert.Equal(ReferenceTree.Mth(Leaves, 0, size), Reader.Root((ulong)size));
        }
    }

    [Fact]
    public void Every_inclusion_proof_matches_the_reference_and_verifies()
    {
        for (var size = 1; size <= MaxSize; size++)
        {
            var root = Reader.Root((ulong)size);
            for (var index = 0; index < size; index++)
            {
                var proof = Reader.InclusionProof((ulong)index, (ulong)size);

                Assert.Equal(ReferenceTree.Path(Leaves, index, 0, size), proof);
                Assert.True(InclusionProofVerifier.IsValid((ulong)index, (ulong)size, Leaves[index], root, proof));
            }
        }
    }

    [Fact]
    public void Every_consistency_proof_matches_the_reference_and_verifies()
    {
        for (var newSize = 1; newSize <= MaxSize; newSize++)
        {
            for (var oldSize = 0; oldSize <= newSize; oldSize++)
            {
                var proof = Reader.ConsistencyProof((ulong)oldSize, (ulong)newSize);

                Assert.Equal(ReferenceTree.Proof(Leaves, oldSize, newSize), proof);
                ConsistencyProofVerifier.Verify((ulong)oldSize, (ulong)newSize, Reader.Root((ulong)oldSize), Reader.Root((ulong)newSize), proof);
            }
        }
    }

    [Fact]
    public void An_edge_restored_from_stored_nodes_continues_the_same_log()
    {
        var full = BuildLog(MaxSize);
        var half = BuildLog(77);
        var restored = CompactRange.Restore(77, half);

        for (var i = 77; i < MaxSize; i++) restored.Append(Leaves[i]);

        Assert.Equal(full.Root(), restored.Root());
    }

    [Fact]
    public void Appends_report_each_completed_node_once_in_level_order()
    {
        var completed = new List<NodeId>();
        var range = new CompactRange();
        for (var i = 0; i < 8; i++) range.Append(Leaves[i], (node, _) => completed.Add(node));

        Assert.Equal(15, completed.Count);
        Assert.Equal(new NodeId(3, 0), completed[^1]);
        Assert.Equal(completed.Count, completed.Distinct().Count());
    }

    [Fact]
    public void Reading_beyond_the_log_names_the_missing_node()
    {
        var reader = new MerkleLogReader(BuildLog(5));

        // The root of 6 leaves folds (2, 0) and (1, 2); the second covers leaf 5, which is not there.
        var error = Assert.Throws<MissingNodeException>(() => reader.Root(6));
        Assert.Equal(new NodeId(1, 2), error.Node);
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(9, 4)]
    public void Proof_requests_outside_the_log_are_rejected(ulong index, ulong size)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Reader.InclusionProof(index, size));
    }

    [Fact]
    public void Consistency_from_a_larger_size_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Reader.ConsistencyProof(9, 4));
    }

    private static MemoryNodeStore BuildLog(int size)
    {
        var log = new MemoryNodeStore();
        for (var i = 0; i < size; i++) log.Append(Leaves[i]);
        return log;
    }
}
