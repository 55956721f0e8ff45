using System.Text;
using System.Text.Json;
using Anchor.Ethereum.Crypto;
using Anchor.Ethereum.Tests.Support;
using Org.BouncyCastle.Crypto.Digests;
using Xunit;

namespace Anchor.Ethereum.Tests.Crypto;

public class Keccak256Tests
{
    [Theory]
    [InlineData("", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    [InlineData("abc", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")]
    public void Matches_known_digests(string input, string expectedHex)
    {
        var digest = Keccak256.Hash(Encoding.UTF8.GetBytes(input));

        Assert.Equal(expectedHex, Convert.ToHexStringLower(digest));
    }

    public static TheoryData<string> VectorCases => VectorFile.Rows("keccak.json", "cases");

    [Theory]
    [MemberData(nameof(VectorCases))]
    public void Matches_the_vector_file(string caseJson)
    {
        var vector = VectorFile.Parse(caseJson);
        var input = vector.Text("encoding") == "utf8" ? Encoding.UTF8.GetBytes(vector.Text("input")) : Hex.Decode(vector.Text("input"));

        var digest = Keccak256.Hash(input);

        Assert.Equal(vector.Text("hash"), Hex.Encode(digest));
    }

    [Fact]
    public void Agrees_with_BouncyCastle_across_block_boundaries()
    {
        var random = new Random(1234);
        // Lengths around the 136-byte rate, where padding moves into a second block.
        foreach (var length in Enumerable.Range(0, 300).Concat([543, 544, 545, 4096]))
        {
            var input = new byte[length];
            random.NextBytes(input);

            Assert.Equal(ReferenceDigest(input), Keccak256.Hash(input));
        }
    }

    [Fact]
    public void Writes_into_a_larger_output_and_leaves_the_rest()
    {
        var output = Enumerable.Repeat((byte)0xee, 40).ToArray();

        Keccak256.Hash([], output);

        Assert.Equal(Keccak256.Hash([]), output[..32]);
        Assert.All(output[32..], b => Assert.Equal(0xee, b));
    }

    [Fact]
    public void Allocates_nothing_per_hash()
    {
        var input = new byte[64];
        var output = new byte[32];
        // Warm up past tiered compilation, which may allocate on this thread the first times.
        for (var i = 0; i < 200; i++) Keccak256.Hash(input, output);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++) Keccak256.Hash(input, output);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Rejects_an_output_shorter_than_32_bytes()
    {
        var error = Assert.Throws<ArgumentException>(() => Keccak256.Hash([1, 2, 3], new byte[31]));

        Assert.Contains("32 bytes", error.Message);
    }

    private static byte[] ReferenceDigest(byte[] input)
    {
        var digest = new KeccakDigest(256);
        digest.BlockUpdate(input, 0, input.Length);
        var output = new byte[32];
        digest.DoFinal(output, 0);
        return output;
    }
}
