using System.Text;
using System.Text.Json;
using Anchor.Ledger.Entries;
using Anchor.Merkle;
using Anchor.TestSupport;
using Xunit;

namespace Anchor.Ledger.Tests.Storage;

/// <summary>The ledger's leaves and batch keys against tests/vectors/leaves.json (computed with ethers).</summary>
public class LeafVectorTests
{
    public static TheoryData<int> Cases()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Load().GetArrayLength(); i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Leaf_and_batch_key_match_the_vector(int i)
    {
        var v = Load()[i];
        var salt = Convert.FromHexString(v.GetProperty("salt").GetString()![2..]);
        var eventBytes = Encoding.UTF8.GetBytes(v.GetProperty("event").GetString()!);
        var hashId = v.GetProperty("eventHashId").GetString()!;

        var batchKey = BatchKey.Of(v.GetProperty("gtin").GetString()!, v.GetProperty("lot").GetString()!);
        var leafData = LeafEncoding.Encode(salt, batchKey, hashId, eventBytes);

        Assert.Equal(Hash32.Parse(v.GetProperty("batchKey").GetString()!), batchKey);
        Assert.Equal(v.GetProperty("leafData").GetString(), "0x" + Convert.ToHexStringLower(leafData));
        Assert.Equal(Hash32.Parse(v.GetProperty("leafHash").GetString()!), LeafEncoding.LeafHash(salt, batchKey, hashId, eventBytes));
    }

    [Theory]
    [InlineData("0950600013435", "LOT1")]
    [InlineData("0950600013435X", "LOT1")]
    [InlineData("09506000134352", "")]
    public void Batch_key_rejects_a_bad_gtin_or_empty_lot(string gtin, string lot)
    {
        Assert.Throws<ArgumentException>(() => BatchKey.Of(gtin, lot));
    }

    private static JsonElement Load() =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Vectors, "leaves.json"))).RootElement.GetProperty("leaves");
}
