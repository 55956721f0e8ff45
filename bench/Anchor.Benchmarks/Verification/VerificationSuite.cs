using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Anchor.Ethereum.Rpc;
using Anchor.Indexer.Verification;

namespace Anchor.Benchmarks.Verification;

/// <summary>
/// The C# bundle verifier: offline verification of a valid vector bundle, against parsing the same
/// bundle's JSON alone; and full online verification against a local node holding the vectors'
/// chain, against one <c>eth_blockNumber</c> round trip to the same node. Both baselines in the same run.
/// </summary>
public sealed class VerificationSuite : IBenchmarkSuite
{
    private const string BundleFile = "valid-within-range.json";

    public string Name => "verification";

    public async Task<SuiteReport> RunAsync(bool quick, CancellationToken cancellationToken)
    {
        var bundle = ReadVectorBundle(BundleFile);
        var entries = JsonDocument.Parse(bundle).RootElement.GetProperty("entries").GetArrayLength();
        var offlineRuns = quick ? 200 : 5_000;
        var onlineRuns = quick ? 20 : 200;

        var offline = new VerifyOptions { Offline = true };
        var parse = await MedianAsync(offlineRuns, () =>
        {
            using var document = JsonDocument.Parse(bundle);
            return Task.FromResult(document.RootElement.ValueKind == JsonValueKind.Object);
        });
        var verifyOffline = await MedianAsync(offlineRuns, async () =>
            (await BundleVerifier.VerifyAsync(bundle, offline, cancellationToken)) is { Verdict: VerificationVerdict.CannotVerify, FirstFailure: null });

        await using var chain = await VectorChain.StartAsync(cancellationToken);
        using var rpc = new JsonRpcClient(chain.Node.RpcUrl);
        var online = new VerifyOptions { Rpc = chain.Node.RpcUrl };
        var roundTrip = await MedianAsync(onlineRuns, async () => await rpc.BlockNumberAsync(cancellationToken) > 0);
        var verifyOnline = await MedianAsync(onlineRuns, async () =>
            (await BundleVerifier.VerifyAsync(bundle, online, cancellationToken)).Verdict == VerificationVerdict.Valid);

        var figures = new
        {
            bundle = BundleFile,
            bundleBytes = bundle.Length,
            entries,
            offlineRuns,
            onlineRuns,
            parseMicroseconds = parse.TotalMicroseconds,
            offlineVerifyMicroseconds = verifyOffline.TotalMicroseconds,
            blockNumberRoundTripMilliseconds = roundTrip.TotalMilliseconds,
            onlineVerifyMilliseconds = verifyOnline.TotalMilliseconds,
        };
        var markdown = $"""
            ## Bundle verification

            Command: `dotnet run -c Release --project bench/Anchor.Benchmarks -- verification` (part of `make bench`).
            The shared vector `tests/vectors/bundles/{BundleFile}` ({bundle.Length:N0} bytes, {entries} entries with their
            inclusion proofs at size 17, a cold-chain claim to recompute), verified by `BundleVerifier.VerifyAsync`.
            Median of {offlineRuns:N0} runs offline and {onlineRuns:N0} runs online, after a warm-up.

            | work | median | vs baseline |
            | --- | ---: | ---: |
            | baseline: parse the bundle's JSON (`JsonDocument.Parse`) | {parse.TotalMicroseconds:N1} µs | 1.00× |
            | offline verification: format, entries, proofs, history, cold chain, timeline | {verifyOffline.TotalMicroseconds:N1} µs | {Timing.Ratio(verifyOffline.TotalMicroseconds, parse.TotalMicroseconds)} |
            | baseline: one `eth_blockNumber` round trip to the local node | {roundTrip.TotalMilliseconds:N2} ms | 1.00× |
            | online verification: the offline checks and every on-chain check (10 JSON-RPC calls for this bundle) | {verifyOnline.TotalMilliseconds:N2} ms | {Timing.Ratio(verifyOnline.TotalMilliseconds, roundTrip.TotalMilliseconds)} |

            Every on-chain read is pinned to the latest block read at the start: chain id, latest block and the
            three code hashes come first, then the anchor (record, block, logs), alliance, recall and history
            reads go out together, so against a remote RPC the online time is about six round trips.
            """;
        return new SuiteReport(figures, markdown);
    }

    private static byte[] ReadVectorBundle(string file)
    {
        var path = Path.Combine(BenchPaths.Root, "tests", "vectors", "bundles", file);
        using var vector = JsonDocument.Parse(File.ReadAllBytes(path));
        return Encoding.UTF8.GetBytes(vector.RootElement.GetProperty("bundle").GetRawText());
    }

    /// <summary>The median of <paramref name="runs"/> timed runs after a warm-up; each run must return true, or its figure would mean nothing.</summary>
    private static async Task<TimeSpan> MedianAsync(int runs, Func<Task<bool>> action)
    {
        for (var i = 0; i < Math.Max(10, runs / 10); i++)
        {
            if (!await action()) throw new InvalidOperationException("the measured work did not give the expected result");
        }
        var samples = new TimeSpan[runs];
        for (var i = 0; i < runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            var ok = await action();
            samples[i] = stopwatch.Elapsed;
            if (!ok) throw new InvalidOperationException("the measured work did not give the expected result");
        }
        Array.Sort(samples);
        return samples[runs / 2];
    }
}
