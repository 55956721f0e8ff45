using Anchor.Merkle;
using Xunit;

namespace Anchor.Merkle.Tests;

public class CompactInclusionProofTests
{
    private static readonly Hash32[] Leaves = [.. Enumerable.Range(0, 1000).Select(i => LogHasher.HashLeaf(BitConverter.GetBytes(i)))];

    [Fact]
    public void Expands_to_the_plain_proofs_and_shares_nodes()
    {
        var log = BuildLog();
        var reader = new MerkleLogReader(log);
        ulong[] indices = [3, 17, 18, 400, 401, 999];

        var compact = CompactInclusionProof.Build(reader, indices, 1000);

        foreach (var index in indices)
        {
            Assert.Equal(reader.InclusionProof(index, 1000), compact.ProofOf(index));
        }
        var plainNodeCount = indices.Sum(i => reader.InclusionProof(i, 1000).Length);
        Assert.True(compact.Nodes.Count < plainNodeCount, $"{compact.Nodes.Count} nodes, plain proofs hold {plainNodeCount}");
        compact.Verify(log.Root(), i => Leaves[i]);
    }

    [Fact]
    public void A_tampered_node_fails_verification_with_a_root_mismatch()
    {
        var log = BuildLog();
        var compact = CompactInclusionProof.Build(new MerkleLogReader(log), [5, 6, 700], 1000);
        var nodes = compact.Nodes.ToArray();
        var bytes = nodes[2].ToArray();
        bytes[0] ^= 1;
        nodes[2] = new Hash32(bytes);
        var tampered = compact with { Nodes = nodes };

        Assert.Throws<RootMismatchException>(() => tampered.Verify(log.Root(), i => Leaves[i]));
    }

    [Fact]
    public void A_reference_past_the_table_is_a_shape_error()
    {
        var compact = new CompactInclusionProof(4, [Leaves[1]], [new CompactPath(0, [0, 1])]);

        Assert.Throws<ProofShapeException>(() => compact.ProofOf(0));
    }

    private static MemoryNodeStore BuildLog()
    {
        var log = new MemoryNodeStore();
        foreach (var leaf in Leaves) log.Append(leaf);
        return log;
    }
}
