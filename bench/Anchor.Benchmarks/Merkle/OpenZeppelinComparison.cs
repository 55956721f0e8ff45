using System.Buffers.Binary;
using System.Text.Json;
using Anchor.Ethereum.Crypto;
using Anchor.Merkle;

namespace Anchor.Benchmarks.Merkle;

/// <summary>
/// The Anchor log against @openzeppelin/merkle-tree's StandardMerkleTree on the same 100k leaves.
/// The JavaScript side runs first (`node bench/oz-merkle-tree.js`, part of `make bench`) and leaves
/// its time in bench/results/oz-merkle-tree.json; this side times the log on identical values.
/// </summary>
internal static class OpenZeppelinComparison
{
    private const int Count = 100_000;

    public static (object Figures, string Markdown) Run(int runs)
    {
        // Leaf i is keccak256(uint256 i), as in bench/oz-merkle-tree.js.
        var values = new byte[Count][];
        Span<byte> word = stackalloc byte[32];
        for (var i = 0; i < Count; i++)
        {
            word.Clear();
            BinaryPrimitives.WriteInt64BigEndian(word[24..], i);
            values[i] = Keccak256.Hash(word);
        }
        var anchor = Timing.Median(runs, () =>
        {
            var log = new MemoryNodeStore();
            foreach (var value in values) log.Append(LogHasher.HashLeaf(value));
            log.Root();
        });

        var resultFile = Path.Combine(BenchPaths.Results, "oz-merkle-tree.json");
        if (!File.Exists(resultFile))
        {
            return (new { count = Count, anchorMilliseconds = anchor.TotalMilliseconds },
                $"Against @openzeppelin/merkle-tree: not measured in this run ({resultFile} is missing; run `node bench/oz-merkle-tree.js` first).");
        }
        using var oz = JsonDocument.Parse(File.ReadAllText(resultFile));
        var ozMilliseconds = oz.RootElement.GetProperty("medianMilliseconds").GetDouble();
        var speedup = ozMilliseconds / anchor.TotalMilliseconds;
        var markdown = $"""
            ### Against @openzeppelin/merkle-tree

            The same {Count:N0} leaves (leaf i = keccak256(uint256 i)): `StandardMerkleTree.of(values, ["bytes32"])`
            in Node ({oz.RootElement.GetProperty("node").GetString()}, `node bench/oz-merkle-tree.js`) against appending them to the Anchor log and
            taking the root. Medians after a warm-up, both in this run.

            | implementation | time | per leaf |
            | --- | ---: | ---: |
            | baseline: OpenZeppelin StandardMerkleTree | {ozMilliseconds:N0} ms | {ozMilliseconds * 1000 / Count:N1} µs |
            | Anchor log (C#) | {anchor.TotalMilliseconds:N1} ms | {anchor.TotalMilliseconds * 1000 / Count:N2} µs |

            Anchor is **{speedup:N0}× faster**. Goal: at least 100×. {(speedup >= 100 ? "Met." : "**Not met.**")}
            """;
        return (new { count = Count, anchorMilliseconds = anchor.TotalMilliseconds, openZeppelinMilliseconds = ozMilliseconds, speedup }, markdown);
    }
}
