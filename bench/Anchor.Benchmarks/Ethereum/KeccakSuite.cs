namespace Anchor.Benchmarks.Ethereum;

/// <summary>
/// Keccak-256 on 64-byte inputs: Anchor's allocation-free implementation against BouncyCastle's
/// <c>KeccakDigest</c>, measured in the same run. The goal is at least 1.5 times faster.
/// </summary>
public sealed class KeccakSuite : IBenchmarkSuite
{
    private const double Goal = 1.5;

    public string Name => "keccak";

    public Task<SuiteReport> RunAsync(bool quick, CancellationToken cancellationToken)
    {
        var means = MicroBenchmark.MeanNanoseconds<KeccakBenchmarks>(quick);
        var ours = means[nameof(KeccakBenchmarks.Anchor)];
        var bouncyCastle = means[nameof(KeccakBenchmarks.BouncyCastle)];
        var speedup = bouncyCastle / ours;
        var figures = new { inputBytes = 64, anchorNanoseconds = ours, bouncyCastleNanoseconds = bouncyCastle, speedup, goal = Goal };
        var markdown = $"""
            ## Keccak-256

            Command: `dotnet run -c Release --project bench/Anchor.Benchmarks -- keccak` (part of `make bench`).
            BenchmarkDotNet, in process; mean time of one hash of a 64-byte input (a Merkle node's two
            children), output into a caller's buffer.

            | implementation | ns/hash | hashes/s | vs baseline |
            | --- | ---: | ---: | ---: |
            | baseline: BouncyCastle 1.8.10 `KeccakDigest(256)` | {bouncyCastle:N1} | {1e9 / bouncyCastle:N0} | 1.00× |
            | `Anchor.Ethereum.Crypto.Keccak256.Hash` (no allocation per hash) | {ours:N1} | {1e9 / ours:N0} | {speedup:0.00}× faster |

            Goal: at least {Goal:0.0}× faster than BouncyCastle. {(speedup >= Goal ? "Met." : "**Not met.**")}
            """;
        return Task.FromResult(new SuiteReport(figures, markdown));
    }
}
