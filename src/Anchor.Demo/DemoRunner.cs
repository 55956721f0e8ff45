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
        await IndexAsync(node, cancellationToken);
        var tags = await IssueTagsAsync(node, brands, cancellationToken);
        var verified = await VerifyTagsAsync(node, tags, cancellationToken);
        using var server = await ServeAsync(tags, cancellationToken);
        PrintSummary();
        if (!verified)
        {
            console.Bad("some tags did not verify as expected; see above");
            return 1;
        }
        if (options.NoWait) return 0;
        console.Line();
        console.Line($"Open {_pageUrl} in a browser. The node and the server stay up until Ctrl-C.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            console.Line("Stopping the server and the node.");
        }
        return 0;
    }

    private string _pageUrl = "";

    /// <summary>The web server, stopped when disposed.</summary>
    private sealed class RunningServer(System.Diagnostics.Process process) : IDisposable
    {
        public void Dispose()
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();
            process.Dispose();
        }
    }

    private async Task<RunningServer> ServeAsync(DemoTags tags, CancellationToken cancellationToken)
    {
        const string listening = "indexer serve: listening on ";
        string[] args = ["serve", "--urls", "http://127.0.0.1:0", "--follow"];
        console.Command(CliTool.CommandLine("indexer", args));
        var process = _cli.Start("indexer", args);
        var server = new RunningServer(process);
        // The server logs as it follows the chain; its pipes are drained so that it never blocks on them.
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            var url = await console.StepAsync("Serve the Digital Link resolver and the verify page", async () =>
            {
                using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                deadline.CancelAfter(TimeSpan.FromSeconds(60));
                while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
                {
                    if (line.StartsWith(listening, StringComparison.Ordinal))
                    {
                        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                        return line[listening.Length..].Trim().TrimEnd('/');
                    }
                }
                throw new DemoStepException($"indexer serve stopped before it listened:\n{await errors}");
            });
            var link = new Uri(tags.ValidLink);
            _pageUrl = url + link.AbsolutePath;
            using var http = new HttpClient();
            var page = await http.GetAsync(_pageUrl, cancellationToken);
            var json = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, _pageUrl) { Headers = { { "Accept", "application/json" } } }, cancellationToken);
            if (!page.IsSuccessStatusCode || !json.IsSuccessStatusCode || json.Content.Headers.ContentType?.MediaType != "application/json")
            {
                throw new DemoStepException($"the resolver answered {page.StatusCode} (page) and {json.StatusCode} (bundle) for {_pageUrl}");
            }
            console.Detail($"verify page of the valid batch: {_pageUrl}");
            console.Detail($"the same URL with Accept: application/json gives its evidence bundle; {url}/verify checks a saved bundle");
            _summary.Add(("web", _pageUrl));
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
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

    private async Task IndexAsync(LocalHardhatNode node, CancellationToken cancellationToken)
    {
        await WaitForConfirmationsAsync(node, cancellationToken);
        var index = await console.StepAsync("Index the anchors, recalls and alliance roll from the chain",
            () => Run("indexer", ["run", "--once"], cancellationToken));
        console.Detail(index.StandardOutput.Trim());
        var status = await Run("indexer", ["status"], cancellationToken, quiet: true);
        console.Detail(FirstLines(status.StandardOutput, 2));
    }

    /// <summary>The three tags the demo verifies: a good batch, a tampered copy of it, and a recalled batch.</summary>
    private sealed record DemoTags(string Valid, string Tampered, string Recalled, string ValidLink, string RecalledLink);

    private async Task<DemoTags> IssueTagsAsync(LocalHardhatNode node, IReadOnlyList<SampleBrand> brands, CancellationToken cancellationToken)
    {
        var good = brands[0].Batches[0];
        var recalled = brands[1].Batches[0];
        await console.StepAsync($"Recall batch (01){recalled.Gtin}(10){recalled.Lot} of {brands[1].Name}", async () =>
        {
            await Run("anchor", ["recall", recalled.Gtin, recalled.Lot, "--publisher", brands[1].Slug, "--reason",
                "Voluntary recall: supplier reported a contaminated raw material"], cancellationToken);
            await WaitForConfirmationsAsync(node, cancellationToken);
            return await Run("indexer", ["run", "--once"], cancellationToken);
        });
        var validTag = await console.StepAsync($"Issue the tag of (01){good.Gtin}(10){good.Lot} ({brands[0].Name})", () => Run("indexer",
            ["tag", good.Gtin, good.Lot, "--out", "tags/valid.json", "--qr", "tags/valid.svg"], cancellationToken));
        console.Detail(validTag.StandardOutput.TrimEnd().Replace("\n", "\n    ", StringComparison.Ordinal));
        var recalledTag = await console.StepAsync($"Issue the tag of the recalled batch", () => Run("indexer",
            ["tag", recalled.Gtin, recalled.Lot, "--out", "tags/recalled.json", "--qr", "tags/recalled.svg"], cancellationToken));

        // A tampered copy: one reading of one event changed by a tenth of a degree.
        var valid = Path.Combine(_workspace.TagsFolder, "valid.json");
        var tampered = Path.Combine(_workspace.TagsFolder, "tampered.json");
        File.WriteAllText(tampered, Tamper(File.ReadAllText(valid)));
        console.Detail("tags/tampered.json: a copy of tags/valid.json with one temperature reading changed");
        _summary.Add(("tags", "3 tags: tags/valid.json, tags/tampered.json, tags/recalled.json (+ QR codes as SVG)"));
        return new DemoTags(valid, tampered, Path.Combine(_workspace.TagsFolder, "recalled.json"),
            LinkOf(validTag.StandardOutput), LinkOf(recalledTag.StandardOutput));
    }

    private async Task<bool> VerifyTagsAsync(LocalHardhatNode node, DemoTags tags, CancellationToken cancellationToken)
    {
        var cases = new (string Name, string File, int Exit, string Expected)[]
        {
            ("valid", tags.Valid, 0, "valid"),
            ("tampered", tags.Tampered, 1, "invalid (proofs)"),
            ("recalled", tags.Recalled, 1, "invalid (recall)"),
        };
        var allAsExpected = true;
        foreach (var (name, file, exit, expected) in cases)
        {
            var relative = Path.GetRelativePath(_workspace.Root, file);
            var (csharp, javascript) = await console.StepAsync($"Verify the {name} tag with both verifiers (expected: {expected})", async () =>
            {
                var cs = await Run("indexer", ["verify", relative, "--confirmations", "2"], cancellationToken, allowedExitCodes: [0, 1, 2]);
                var js = await RunNodeAsync(["src/verifier-js/cli.js", file, "--rpc", node.RpcUrl.ToString(), "--confirmations", "2"], cancellationToken);
                return (cs, js);
            });
            var agree = csharp.ExitCode == exit && javascript.ExitCode == exit;
            allAsExpected &= agree;
            if (name == "valid") console.Detail(csharp.StandardOutput.TrimEnd().Replace("\n", "\n    ", StringComparison.Ordinal));
            else console.Detail(FailedCheck(csharp.StandardOutput));
            (agree ? (Action<string>)console.Good : console.Bad)(
                $"C# verifier exit {csharp.ExitCode}, JavaScript verifier exit {javascript.ExitCode} (expected {exit} from both)");
            _summary.Add(($"verify {name}", agree ? $"{expected} by both verifiers" : $"UNEXPECTED: C# {csharp.ExitCode}, JS {javascript.ExitCode}"));
        }
        return allAsExpected;
    }

    private async Task<CliOutput> RunNodeAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        console.Command(CliTool.CommandLine("node", args));
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("node", args)
        {
            WorkingDirectory = options.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new DemoStepException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return new CliOutput(process.ExitCode, await stdout, await stderr);
    }

    // Anchors and recalls count once they have the configured confirmations (2): wait for two blocks.
    private static async Task WaitForConfirmationsAsync(LocalHardhatNode node, CancellationToken cancellationToken)
    {
        var start = Convert.ToUInt64((await node.RpcAsync("eth_blockNumber")).GetString(), 16);
        while (Convert.ToUInt64((await node.RpcAsync("eth_blockNumber")).GetString(), 16) < start + 2)
        {
            await Task.Delay(250, cancellationToken);
        }
    }

    private static string Tamper(string bundle)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(bundle)!;
        var entries = root["entries"]!.AsArray();
        var target = entries.First(e => e!["event"]!.GetValue<string>().Contains("\"value\":", StringComparison.Ordinal))!;
        var text = target["event"]!.GetValue<string>();
        var at = text.IndexOf("\"value\":", StringComparison.Ordinal) + 8;
        var end = text.IndexOfAny([',', '}'], at);
        var value = decimal.Parse(text[at..end], CultureInfo.InvariantCulture);
        target["event"] = text[..at] + (value + 0.1m).ToString(CultureInfo.InvariantCulture) + text[end..];
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string LinkOf(string tagOutput) =>
        tagOutput.Split('\n').First(l => l.StartsWith("tag of ", StringComparison.Ordinal))["tag of ".Length..].Trim();

    private static string FailedCheck(string verifyOutput) =>
        string.Join("\n    ", verifyOutput.Split('\n').Where(l => l.TrimStart().StartsWith("fail", StringComparison.Ordinal) || l.StartsWith("Verdict", StringComparison.Ordinal)).Select(l => l.Trim()));

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
