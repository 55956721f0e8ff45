using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Anchor.Indexer.Verification;
using Anchor.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace Anchor.Indexer.Tests.Verification;

/// <summary>
/// Beyond the shared vectors: the C# and JavaScript verifiers reach the same verdict and first
/// failing check on a seeded sample of every mutation kind, offline and against the scenario chain.
/// The JavaScript verifier runs once for the whole batch (js-verify-batch.js).
/// </summary>
public sealed class DifferentialTests(ScenarioChainFixture chain, ITestOutputHelper output) : IClassFixture<ScenarioChainFixture>, IDisposable
{
    private const int OfflinePerKind = 12;
    private const int OnlinePerKind = 4;

    private readonly string _folder = Directory.CreateTempSubdirectory("anchor-differential-").FullName;

    [Fact]
    public async Task Both_verifiers_reach_the_same_outcome_on_every_mutant()
    {
        var bases = BundleVectors.ValidBundles();
        var cases = new List<(string File, Uri? Rpc, string Kind)>();
        var seed = 7_000_000;
        foreach (var (kinds, perKind, rpc) in new[] { (BundleMutants.Offline, OfflinePerKind, (Uri?)null), (BundleMutants.Online, OnlinePerKind, chain.RpcUrl) })
        {
            foreach (var kind in kinds)
            {
                for (var i = 0; i < perKind; i++, seed++)
                {
                    var random = new SeededRandom(seed);
                    var candidates = kind.NeedsHistory ? bases.Where(b => b.Json.Contains("\"history\"", StringComparison.Ordinal)).ToList() : bases;
                    var bytes = kind.Make(JsonNode.Parse(random.Pick(candidates).Json)!.AsObject(), random);
                    var file = Path.Combine(_folder, $"{seed}.json");
                    await File.WriteAllBytesAsync(file, bytes);
                    cases.Add((file, rpc, kind.Name));
                }
            }
        }

        var javascript = await RunJavaScriptAsync(cases);
        var disagreements = new List<string>();
        foreach (var (file, rpc, kind) in cases)
        {
            var report = await BundleVerifier.VerifyAsync(await File.ReadAllBytesAsync(file), rpc is null ? new VerifyOptions { Offline = true } : new VerifyOptions { Rpc = rpc });
            var ours = (Verdict: VerificationReportJson.VerdictText(report.Verdict), report.FirstFailure);
            var theirs = javascript[file];
            if (ours != theirs)
            {
                disagreements.Add($"{kind} ({Path.GetFileName(file)}, {(rpc is null ? "offline" : "online")}): C# {ours}, JavaScript {theirs}\n" +
                    string.Join("\n", report.Checks.Select(c => $"    {c.Name}: {c.Status}: {c.Reason}")));
            }
        }
        output.WriteLine($"{cases.Count} mutants, {disagreements.Count} disagreements");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    private async Task<Dictionary<string, (string, string?)>> RunJavaScriptAsync(List<(string File, Uri? Rpc, string Kind)> cases)
    {
        var manifest = Path.Combine(_folder, "manifest.json");
        await File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(cases.Select(c => new { file = c.File, rpc = c.Rpc?.ToString() })));
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "tests", "Indexer.Tests", "Verification", "js-verify-batch.js"));
        start.ArgumentList.Add(manifest);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await stderr);
        using var outcomes = JsonDocument.Parse(await stdout);
        return outcomes.RootElement.EnumerateArray().ToDictionary(
            o => o.GetProperty("file").GetString()!,
            o => (o.GetProperty("verdict").GetString()!, o.GetProperty("firstFailure").GetString()));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
