using System.Globalization;
using System.Text.RegularExpressions;
using Anchor.Chain;

namespace Anchor.Demo;

/// <summary>
/// The alliance scenario, end to end, on a local Hardhat node: deploy the contracts, admit the
/// fifteen brands, generate and ingest their batches, anchor them over several periods, index the
/// anchors, issue tags, recall a batch, verify tags with both verifiers, and serve the verify page.
/// Each step runs the real programs and prints the command it ran.
/// </summary>
public sealed partial class DemoRunner(DemoOptions options, DemoConsole console)
{
    private readonly DemoWorkspace _workspace = new(options.Workspace, options.RepositoryRoot);
    private readonly List<(string Step, string Result)> _summary = [];
    private CliTool _cli = null!;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        console.Title("Anchor: the export-alliance scenario on a local chain");
        await using var node = await console.StepAsync("Start a local Hardhat node on 127.0.0.1",
            () => LocalHardhatNode.StartAsync(options.RepositoryRoot, cancellationToken: cancellationToken));
        // Blocks keep coming, as on a real chain, so that anchors gather their confirmations.
        await node.RpcAsync("evm_setIntervalMining", 1000);
        console.Detail($"node at {node.RpcUrl} (chain 31337), a block every second");

        var brands = await PrepareAsync(node, cancellationToken);
        await AnchorPeriodsAsync(brands, cancellationToken);
        PrintSummary();
        return 0;
    }

    private async Task<IReadOnlyList<SampleBrand>> PrepareAsync(LocalHardhatNode node, CancellationToken cancellationToken)
    {
        // The sample is generated first (into a scratch folder) because the configuration names its brands.
        var scratch = Path.Combine(Path.GetTempPath(), $"anchor-demo-brands-{Environment.ProcessId}");
        Directory.CreateDirectory(scratch);
        _cli = new CliTool(scratch, new Dictionary<string, string>());
        await Run("anchor", ["sample", "--out", "probe", "--batches", "15", "--seed", "1"], cancellationToken);
        var slugs = SampleManifest.Read(Path.Combine(scratch, "probe", "brands.json")).Select(b => b.Slug).ToList();
        Directory.Delete(scratch, recursive: true);

        _workspace.Prepare(node.RpcUrl, slugs, "id.anchor-demo.example");
        _cli = new CliTool(_workspace.Root, new Dictionary<string, string>());
        console.Detail($"workspace {_workspace.Root} (appsettings.json, ledger, deployment, sample, tags)");

        await console.StepAsync("Deploy the contracts", () => Run("anchor", ["deploy"], cancellationToken));
        var sample = await console.StepAsync($"Generate {options.Batches} sample batches for the 15 brands", () => Run("anchor",
            ["sample", "--out", "sample", "--batches", options.Batches.ToString(CultureInfo.InvariantCulture), "--seed", options.Seed.ToString(CultureInfo.InvariantCulture),
             "--events-per-file", "20"], cancellationToken));
        var brands = SampleManifest.Read(_workspace.BrandsFile);
        console.Detail(FirstLines(sample.StandardOutput, 5));
        await console.StepAsync("Admit the 15 brands to the alliance", async () =>
        {
            foreach (var brand in brands)
            {
                await Run("anchor", ["alliance", "admit", "--publisher", brand.Slug, "--name", brand.Name,
                    "--metadata-uri", $"https://{brand.Slug}.example/alliance.json"], cancellationToken, quiet: brand != brands[0]);
            }
            return 0;
        });
        _summary.Add(("alliance", $"{brands.Count} members admitted"));
        return brands;
    }

    private async Task AnchorPeriodsAsync(IReadOnlyList<SampleBrand> brands, CancellationToken cancellationToken)
    {
        var documents = brands.ToDictionary(b => b.Slug, b => Directory.GetFiles(Path.Combine(_workspace.SampleFolder, b.Folder), "*.jsonld").Order(StringComparer.Ordinal).ToArray());
        var anchors = 0;
        var events = 0;
        for (var period = 0; period < options.Periods; period++)
        {
            var (accepted, anchored) = await console.StepAsync($"Period {period + 1} of {options.Periods}: ingest new events, then one anchoring cycle", async () =>
            {
                var accepted = 0;
                foreach (var brand in brands)
                {
                    var mine = documents[brand.Slug].Where((_, i) => i % options.Periods == period).ToArray();
                    if (mine.Length == 0) continue;
                    var ingest = await Run("anchor", ["ingest", .. mine.Select(m => Path.GetRelativePath(_workspace.Root, m)), "--publisher", brand.Slug],
                        cancellationToken, quiet: brand != brands[0]);
                    accepted += int.Parse(AcceptedLine().Match(ingest.StandardOutput).Groups[1].Value, CultureInfo.InvariantCulture);
                }
                var commit = await Run("anchor", ["commit"], cancellationToken);
                var anchored = commit.StandardOutput.Split('\n').Where(l => l.Contains(": anchored ", StringComparison.Ordinal)).ToList();
                foreach (var line in anchored.Take(3)) console.Detail(line.Trim());
                if (anchored.Count > 3) console.Detail($"… and {anchored.Count - 3} more publishers anchored");
                return (accepted, anchored.Count);
            });
            events += accepted;
            anchors += anchored;
        }
        var status = await Run("anchor", ["status", "--json"], cancellationToken);
        using (var document = System.Text.Json.JsonDocument.Parse(status.StandardOutput))
        {
            console.Table(["publisher", "ledger", "on chain", "last anchor block", "last error"],
                document.RootElement.GetProperty("publishers").EnumerateArray().Select(p => new[]
                {
                    p.GetProperty("publisher").GetString()!, p.GetProperty("ledgerSize").ToString(), p.GetProperty("chainSize").ToString(),
                    p.GetProperty("anchoredBlock").ToString(), p.GetProperty("lastError").GetString() ?? "none",
                }));
        }
        _summary.Add(("ledger", $"{events:N0} events ingested for {brands.Count} publishers"));
        _summary.Add(("anchors", $"{anchors} anchors over {options.Periods} periods, each extending the last with a consistency proof checked on chain"));
    }

    private async Task<CliOutput> Run(string tool, IReadOnlyList<string> args, CancellationToken cancellationToken, bool quiet = false, IEnumerable<int>? allowedExitCodes = null)
    {
        if (!quiet) console.Command(CliTool.CommandLine(tool, args));
        return await _cli.RunAsync(tool, args, allowedExitCodes, cancellationToken);
    }

    private void PrintSummary()
    {
        console.Title("Summary");
        console.Table(["", "result"], _summary.Select(s => new[] { s.Step, s.Result }));
    }

    private static string FirstLines(string text, int count) => string.Join("\n    ", text.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).Take(count));

    [GeneratedRegex(@"accepted\s+(\d+)")]
    private static partial Regex AcceptedLine();
}
