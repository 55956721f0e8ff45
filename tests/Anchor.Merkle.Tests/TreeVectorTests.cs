using Anchor.Merkle;
using Xunit;

namespace Anchor.Merkle.Tests;

/// <summary>The C# log reproduces every value of tests/vectors/tree.json.</summary>
public class TreeVectorTests
{
    private static readonly TreeVectors Vectors = TreeVectors.Instance;

    [Fact]
    public void Leaf_hashes_match()
    {
        for (var i = 0; i < Vectors.LeafData.Length; i++)
        {
            Assert.Equal(Vectors.LeafHashes[i], LogHasher.HashLeaf(Vectors.LeafData[i]));
        }
    }

    [Fact]
    public void Roots_match_at_every_size_both_while_appending_and_read_back()
    {
        var log = new MemoryNodeStore();
        Assert.Equal(Vectors.Roots[0], log.Root());
        foreach (var data in Vectors.LeafData)
        {
            log.Append(LogHasher.HashLeaf(data));
            Assert.Equal(Vectors.Roots[log.Size], log.Root());
        }

        var reader = new MerkleLogReader(log);
        foreach (var (size, root) in Vectors.Roots)
        {
            Assert.Equal(root, reader.Root(size));
        }
    }

    [Fact]
    public void Inclusion_proofs_are_generated_exactly_and_verify()
    {
        var reader = new MerkleLogReader(Vectors.BuildLog());
        foreach (var c in Vectors.Inclusion)
        {
            var proof = reader.InclusionProof(c.Index, c.Size);

            Assert.Equal(c.Proof, proof);
            InclusionProofVerifier.Verify(c.Index, c.Size, c.LeafHash, c.Root, proof);
        }
    }

    [Fact]
    public void Consistency_proofs_are_generated_exactly_and_verify()
    {
        var reader = new MerkleLogReader(Vectors.BuildLog());
        foreach (var c in Vectors.Consistency)
        {
            var proof = reader.ConsistencyProof(c.OldSize, c.NewSize);

            Assert.Equal(c.Proof, proof);
            ConsistencyProofVerifier.Verify(c.OldSize, c.NewSize, c.OldRoot, c.NewRoot, proof);
        }
    }

    public static TheoryData<TreeVectors.InclusionCase> BadInclusionCases => [.. Vectors.BadInclusion];

    [Theory]
    [MemberData(nameof(BadInclusionCases))]
    public void Bad_inclusion_vector_is_rejected(TreeVectors.InclusionCase c)
    {
        Assert.False(InclusionProofVerifier.IsValid(c.Index, c.Size, c.LeafHash, c.Root, c.Proof));
        Assert.ThrowsAny<ProofException>(() => InclusionProofVerifier.Verify(c.Index, c.Size, c.LeafHash, c.Root, c.Proof));
    }

    public static TheoryData<TreeVectors.ConsistencyCase> BadConsistencyCases => [.. Vectors.BadConsistency];

    [Theory]
    [MemberData(nameof(BadConsistencyCases))]
    public void Bad_consistency_vector_is_rejected(TreeVectors.ConsistencyCase c)
    {
        Assert.False(ConsistencyProofVerifier.IsValid(c.OldSize, c.NewSize, c.OldRoot, c.NewRoot, c.Proof));
        Assert.ThrowsAny<ProofException>(() => ConsistencyProofVerifier.Verify(c.OldSize, c.NewSize, c.OldRoot, c.NewRoot, c.Proof));
    }
}
