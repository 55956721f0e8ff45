using Anchor.Ethereum.Crypto;
using Anchor.Merkle;

namespace Anchor.Benchmarks.Merkle;

/// <summary>
/// Appending 1M leaves to the log and taking the root, against 2M bare Keccak-256 hashes (the
/// hashing the tree cannot avoid: one leaf hash and, amortised, one node hash per leaf).
/// </summary>
public sealed class TreeSuite : IBenchmarkSuite
{
    public string Name => "tree";

    public Task<SuiteReport> RunAsync(bool quick, CancellationToken cancellationToken)
    {
        var leaves = quick ? 50_000 : 1_000_000;
        var runs = quick ? 1 : 5;
        var leafData = new byte[129];
        new Random(42).NextBytes(leafData);

        var bareKeccak = Timing.Median(runs, () =>
        {
            Span<byte> input = stackalloc byte[129];
            Span<byte> output = stackalloc byte[32];
            leafData.CopyTo(input);
            for (var i = 0; i < 2 * leaves; i++)
            {
                input[0] = (byte)i;
                Keccak256.Hash(i % 2 == 0 ? input : input[..65], output);
            }
        });

        Hash32 root = default;
        var tree = Timing.Median(runs, () =>
        {
            var store = new MemoryNodeStore();
            Span<byte> data = stackalloc byte[129];
            leafData.CopyTo(data);
            for (var i = 0; i < leaves; i++)
            {
                data[0] = (byte)i;
                store.Append(LogHasher.HashLeaf(data));
            }
            root = store.Root();
        });

        var ratio = tree.TotalMilliseconds / bareKeccak.TotalMilliseconds;
        var peer = OpenZeppelinComparison.Run(runs);
        var figures = new
        {
            leaves,
            runs,
            treeMilliseconds = tree.TotalMilliseconds,
            bareKeccakMilliseconds = bareKeccak.TotalMilliseconds,
            ratio,
            nanosecondsPerLeaf = tree.TotalMilliseconds * 1e6 / leaves,
            root = root.ToString(),
            openZeppelin = peer.Figures,
        };
        var markdown = $"""
            ## Merkle tree: appends and root

            Command: `dotnet run -c Release --project bench/Anchor.Benchmarks -- tree` (part of `make bench`).
            Median of {runs} runs after a warm-up.

            | work | time | per leaf | vs baseline |
            | --- | ---: | ---: | ---: |
            | baseline: {2 * leaves:N0} bare Keccak-256 hashes (129- and 65-byte inputs, alternating) | {bareKeccak.TotalMilliseconds:N0} ms | {bareKeccak.TotalMilliseconds * 1e6 / leaves:N0} ns | 1.00× |
            | append {leaves:N0} leaves (129-byte leaf data) to the log, keeping every completed node, then take the root | {tree.TotalMilliseconds:N0} ms | {tree.TotalMilliseconds * 1e6 / leaves:N0} ns | {ratio:0.00}× |

            Goal: at most 1.5×. {(ratio <= 1.5 ? "Met." : "**Not met.**")} The tree does the baseline's hashing plus the
            bookkeeping of the right edge and the storing of each completed node (in memory here; the
            ingest figures include SQLite).

            {peer.Markdown}
            """;
        return Task.FromResult(new SuiteReport(figures, markdown));
    }
}
