using System.Text.Json;
using Anchor.Merkle;
using Anchor.TestSupport;

namespace Anchor.Merkle.Tests;

/// <summary>tests/vectors/tree.json, the vectors the Solidity and JavaScript tests read too.</summary>
public sealed class TreeVectors
{
    private static readonly Lazy<TreeVectors> Loaded = new(() => new TreeVectors(Path.Combine(RepositoryPaths.Vectors, "tree.json")));

    private TreeVectors(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        LeafData = [.. root.GetProperty("leafData").EnumerateArray().Select(e => Convert.FromHexString(e.GetString()![2..]))];
        LeafHashes = [.. root.GetProperty("leafHashes").EnumerateArray().Select(e => Hash32.Parse(e.GetString()!))];
        Roots = root.GetProperty("roots").EnumerateArray().ToDictionary(e => e.GetProperty("size").GetUInt64(), e => Hash32.Parse(e.GetProperty("root").GetString()!));
        Inclusion = [.. root.GetProperty("inclusion").EnumerateArray().Select(InclusionCase.From)];
        BadInclusion = [.. root.GetProperty("badInclusion").EnumerateArray().Select(InclusionCase.From)];
        Consistency = [.. root.GetProperty("consistency").EnumerateArray().Select(ConsistencyCase.From)];
        BadConsistency = [.. root.GetProperty("badConsistency").EnumerateArray().Select(ConsistencyCase.From)];
    }

    public static TreeVectors Instance => Loaded.Value;

    public byte[][] LeafData { get; }
    public Hash32[] LeafHashes { get; }
    public Dictionary<ulong, Hash32> Roots { get; }
    public InclusionCase[] Inclusion { get; }
    public InclusionCase[] BadInclusion { get; }
    public ConsistencyCase[] Consistency { get; }
    public ConsistencyCase[] BadConsistency { get; }

    /// <summary>A log of all the vector leaves.</summary>
    public MemoryNodeStore BuildLog()
    {
        var log = new MemoryNodeStore();
        foreach (var data in LeafData) log.Append(LogHasher.HashLeaf(data));
        return log;
    }

    private static Hash32[] Hashes(JsonElement array) => [.. array.EnumerateArray().Select(e => Hash32.Parse(e.GetString()!))];

    public sealed record InclusionCase(string Name, ulong Size, ulong Index, Hash32 LeafHash, Hash32 Root, Hash32[] Proof)
    {
        public static InclusionCase From(JsonElement e) => new(
            e.TryGetProperty("name", out var name) ? name.GetString()! : $"index {e.GetProperty("index")} of {e.GetProperty("size")}",
            e.GetProperty("size").GetUInt64(), e.GetProperty("index").GetUInt64(),
            Hash32.Parse(e.GetProperty("leafHash").GetString()!), Hash32.Parse(e.GetProperty("root").GetString()!),
            Hashes(e.GetProperty("proof")));

        public override string ToString() => Name;
    }

    public sealed record ConsistencyCase(string Name, ulong OldSize, ulong NewSize, Hash32 OldRoot, Hash32 NewRoot, Hash32[] Proof)
    {
        public static ConsistencyCase From(JsonElement e) => new(
            e.TryGetProperty("name", out var name) ? name.GetString()! : $"{e.GetProperty("oldSize")} to {e.GetProperty("newSize")}",
            e.GetProperty("oldSize").GetUInt64(), e.GetProperty("newSize").GetUInt64(),
            Hash32.Parse(e.GetProperty("oldRoot").GetString()!), Hash32.Parse(e.GetProperty("newRoot").GetString()!),
            Hashes(e.GetProperty("proof")));

        public override string ToString() => Name;
    }
}
