using Anchor.Merkle;
using Xunit;

namespace Anchor.Merkle.Tests;

public class PrimitivesTests
{
    [Fact]
    public void Hash32_round_trips_through_hex_and_bytes()
    {
        var hex = "0x00112233445566778899aabbccddeeff0123456789abcdef0fedcba987654321";
        var hash = Hash32.Parse(hex);

        Assert.Equal(hex, hash.ToString());
        Assert.Equal(hash, new Hash32(hash.ToArray()));
        Assert.Equal(hash, Hash32.Parse(hex[2..].ToUpperInvariant()));
        Assert.False(hash.IsZero);
        Assert.True(Hash32.Zero.IsZero);
    }

    [Theory]
    [InlineData("0x1234", "64 hex digits")]
    [InlineData("0xzz112233445566778899aabbccddeeff0123456789abcdef0fedcba987654321", "position 0")]
    public void Hash32_rejects_bad_hex_with_the_reason(string hex, string reason)
    {
        var error = Assert.Throws<FormatException>(() => Hash32.Parse(hex));

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Hash32_rejects_a_span_of_the_wrong_length()
    {
        Assert.Throws<ArgumentException>(() => new Hash32(new byte[31]));
    }

    [Theory]
    [InlineData(0, 0UL)]
    [InlineData(0, 123456789UL)]
    [InlineData(20, 7UL)]
    [InlineData(57, 1UL)]
    public void NodeId_storage_key_round_trips(int level, ulong index)
    {
        var node = new NodeId(level, index);

        Assert.Equal(node, NodeId.FromStorageKey(node.StorageKey));
    }

    [Fact]
    public void NodeId_storage_keys_sort_by_level_then_index()
    {
        Assert.True(new NodeId(0, 1000).StorageKey < new NodeId(1, 0).StorageKey);
        Assert.True(new NodeId(3, 4).StorageKey < new NodeId(3, 5).StorageKey);
    }

    [Fact]
    public void Large_leaves_hash_like_small_ones()
    {
        var big = new byte[10_000];
        new Random(7).NextBytes(big);
        var expected = Anchor.Ethereum.Crypto.Keccak256.Hash([0x00, .. big]);

        Assert.Equal(new Hash32(expected), LogHasher.HashLeaf(big));
    }

    [Fact]
    public void Range_nodes_decompose_a_log_into_its_perfect_subtrees()
    {
        Assert.Equal([new NodeId(3, 0), new NodeId(1, 4), new NodeId(0, 10)], LogShape.RangeNodes(0, 11));
        Assert.Throws<InvalidOperationException>(() => LogShape.RangeNodes(1, 4));
    }
}
