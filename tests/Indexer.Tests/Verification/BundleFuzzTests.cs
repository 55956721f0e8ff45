using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Anchor.Indexer.Verification;
using Xunit;
using Xunit.Abstractions;

namespace Anchor.Indexer.Tests.Verification;

/// <summary>
/// 10,000 mutants of the valid vectors, from a seeded generator (<see cref="BundleMutants"/>): no
/// crash, no false accept, and each refused by a check its kind allows, with a specific reason.
/// Most run offline; a small share of chain-related kinds runs against the scenario chain.
/// </summary>
public sealed class BundleFuzzTests(ScenarioChainFixture chain, ITestOutputHelper output) : IClassFixture<ScenarioChainFixture>
{
    private const int Seed = 20260516;
    private const int Total = 10_000;
    private const int OnlinePerKind = 20;
    private const int Huge = 10;

    private readonly Dictionary<string, Dictionary<string, int>> _byKind = [];
    private int _count;

    [Fact]
    public async Task Ten_thousand_mutants_are_all_refused_with_a_specific_reason()
    {
        var stopwatch = Stopwatch.StartNew();
        var bases = BundleVectors.ValidBundles();
        Assert.True(bases.Count >= 4, "the valid vectors to mutate");
        Assert.Contains(bases, b => b.Json.Contains("\"history\"", StringComparison.Ordinal));

        var seed = Seed;
        foreach (var kind in BundleMutants.Online)
        {
            var batch = new List<Task>();
            for (var i = 0; i < OnlinePerKind; i++, seed++)
            {
                var input = kind.Make(Parse(bases[i % bases.Count].Json), new SeededRandom(seed));
                batch.Add(CheckAsync(kind, input, new VerifyOptions { Rpc = chain.RpcUrl }, seed));
            }
            await Task.WhenAll(batch);
        }

        for (var i = 0; i < Huge; i++)
        {
            var padded = Parse(bases[i % bases.Count].Json);
            padded["padding"] = new string('x', BundleSourceLimit + i * 1000);
            await CheckAsync(new MutationKind("huge", ["format"], (_, _) => []), Encoding.UTF8.GetBytes(padded.ToJsonString()), new VerifyOptions { Offline = true }, i);
        }

        var remaining = Total - _count;
        Assert.True(remaining > 9000);
        seed = Seed + 1_000_000;
        for (var i = 0; i < remaining; i++, seed++)
        {
            var kind = BundleMutants.Offline[i % BundleMutants.Offline.Count];
            var random = new SeededRandom(seed);
            var candidates = kind.NeedsHistory ? bases.Where(b => b.Json.Contains("\"history\"", StringComparison.Ordinal)).ToList() : bases;
            var input = kind.Make(Parse(random.Pick(candidates).Json), random);
            await CheckAsync(kind, input, new VerifyOptions { Offline = true }, seed);
        }

        Report(stopwatch.Elapsed);
        Assert.Equal(Total, _count);
    }

    private const int BundleSourceLimit = 16 * 1024 * 1024;

    private async Task CheckAsync(MutationKind kind, byte[] input, VerifyOptions options, int seed)
    {
        var where = $"{kind.Name} (seed {seed})";
        var report = await BundleVerifier.VerifyAsync(input, options);

        Assert.Equal(CheckNames.All, report.Checks.Select(c => c.Name));
        Assert.True(report.Verdict != VerificationVerdict.Valid, $"{where} was accepted");
        var first = report.FirstFailure;
        Assert.True(kind.Allowed.Contains(first), $"{where}: first failure {first ?? "none"}, allowed {string.Join(", ", kind.Allowed.Select(a => a ?? "none"))}\n" + Describe(report));
        if (kind.Verdict is not null) Assert.Equal(kind.Verdict, report.Verdict == VerificationVerdict.CannotVerify ? "cannot verify" : report.Verdict.ToString());
        if (first is not null)
        {
            var reason = report.Check(first).Reason;
            Assert.True(reason.Length > 10, $"{where}: reason \"{reason}\" is not specific");
            Assert.DoesNotContain("internal error", reason, StringComparison.Ordinal);
        }
        lock (_byKind)
        {
            var counts = _byKind.TryGetValue(kind.Name, out var c) ? c : _byKind[kind.Name] = [];
            var key = first ?? "none (cannot verify)";
            counts[key] = counts.GetValueOrDefault(key) + 1;
            _count++;
        }
    }

    private void Report(TimeSpan elapsed)
    {
        output.WriteLine($"bundle fuzz: {_count} mutants in {elapsed.TotalSeconds:0.0} s, none accepted; first failing check per kind:");
        foreach (var (kind, counts) in _byKind)
        {
            output.WriteLine($"  {kind,-30} {counts.Values.Sum(),5}  {string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))}");
        }
        var perCheck = _byKind.Values.SelectMany(c => c).GroupBy(c => c.Key).Select(g => $"{g.Key} {g.Sum(c => c.Value)}");
        output.WriteLine($"  per check: {string.Join(", ", perCheck)}");
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    private static string Describe(VerificationReport report) =>
        string.Join("\n", report.Checks.Select(c => $"  {c.Name}: {c.Status}: {c.Reason}"));
}
