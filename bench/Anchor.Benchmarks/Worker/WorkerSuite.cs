using System.Diagnostics;
using System.Text;
using Anchor.Chain;
using Anchor.Configuration;
using Anchor.Ethereum;
using Anchor.Ethereum.Keys;
using Anchor.Ledger.Entries;
using Anchor.Ledger.Storage.Sqlite;
using Anchor.TestSupport;
using Anchor.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Anchor.Benchmarks.Worker;

/// <summary>
/// The anchoring worker on a local Hardhat node with interval mining: the latency from an entry's
/// commit to its anchor with N confirmations (against the block interval, measured in the same
/// run), and the gas of an anchor at ledger sizes 10^3 and 10^6.
/// </summary>
public sealed class WorkerSuite : IBenchmarkSuite
{
    private const int Confirmations = 2;
    private static readonly TimeSpan BlockInterval = TimeSpan.FromSeconds(1);

    public string Name => "worker";

    public async Task<SuiteReport> RunAsync(bool quick, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Path.GetTempPath(), "anchor-bench-worker-" + Environment.ProcessId);
        Directory.CreateDirectory(directory);
        await using var node = await HardhatNode.StartAsync();
        try
        {
            var settings = await DeployAsync(node, directory, cancellationToken);
            var store = new SqliteLedgerStore(new SqliteDatabase(settings.Ledger.Database));

            // Blocks keep coming (as on a real chain) so that confirmations accrue.
            await node.RpcAsync("evm_setIntervalMining", 250);

            // Gas at 10^3 and 10^6: each anchor moves a head by one period of new entries.
            var gas = new List<(ulong From, ulong To, ulong Gas)>();
            foreach (var (publisher, from, to) in new[] { ("thousand", 900UL, 1_000UL), ("million", 999_000UL, quick ? 999_500UL : 1_000_000UL) })
            {
                Console.WriteLine($"  {publisher}: ledger of {from:N0} entries, first anchor");
                await AppendAsync(store, publisher, from);
                await RunCycleAsync(settings, publisher, cancellationToken);
                Console.WriteLine($"  {publisher}: {to - from:N0} more entries, measured anchor");
                await AppendAsync(store, publisher, to - from);
                var report = await RunCycleAsync(settings, publisher, cancellationToken);
                gas.Add((from, to, report.GasUsed ?? 0));
            }

            // Latency on a chain that mines a block every second, as a real chain would.
            await node.RpcAsync("evm_setAutomine", false);
            await node.RpcAsync("evm_setIntervalMining", (int)BlockInterval.TotalMilliseconds);
            var latencies = new List<TimeSpan>();
            Console.WriteLine("  latency with interval mining");
            for (var i = 0; i < (quick ? 2 : 5); i++)
            {
                var stopwatch = Stopwatch.StartNew();
                await AppendAsync(store, "latency", 1);
                await RunCycleAsync(settings, "latency", cancellationToken);
                latencies.Add(stopwatch.Elapsed);
            }
            latencies.Sort();
            var median = latencies[latencies.Count / 2];

            var figures = new { confirmations = Confirmations, blockIntervalSeconds = BlockInterval.TotalSeconds, latencySeconds = latencies.Select(l => l.TotalSeconds),
                medianLatencySeconds = median.TotalSeconds, gas = gas.Select(g => new { g.From, g.To, g.Gas }) };
            var markdown = $"""
                ## Anchoring worker

                Command: `dotnet run -c Release --project bench/Anchor.Benchmarks -- worker` (part of `make bench`). A local Hardhat node,
                the worker's own cycle code (`anchor commit`), {Confirmations} confirmations.

                ### Latency from commit to anchored with {Confirmations} confirmations

                The node mines a block every {BlockInterval.TotalSeconds:N0} s (interval mining). One entry is committed to the ledger, then a
                cycle runs at once; the time is until the anchor is recorded as confirmed. Median of {latencies.Count}.

                | work | time | vs baseline |
                | --- | ---: | ---: |
                | baseline: the block interval | {BlockInterval.TotalSeconds:N2} s | 1.00× |
                | commit → anchored and confirmed | {median.TotalSeconds:N2} s | {Timing.Ratio(median.TotalSeconds, BlockInterval.TotalSeconds)} |

                The transaction waits for the next block, then {Confirmations - 1} more for the confirmations, so about
                {Confirmations} block intervals is the floor. Under `anchor run` an entry also waits for the next cycle: on average
                half of Worker:Period (10 minutes by default), which is the point of anchoring once a period.

                ### Gas per anchor

                | ledger size | head moves | gas |
                | ---: | --- | ---: |
                {string.Join("\n", gas.Select(g => $"| {g.To:N0} | {g.From:N0} → {g.To:N0} | {g.Gas:N0} |"))}

                Measured from the receipts of the worker's own transactions. The contract-gas section gives the same figures by
                proof length, against a same-run baseline.
                """;
            return new SuiteReport(figures, markdown);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<AnchorSettings> DeployAsync(HardhatNode node, string directory, CancellationToken cancellationToken)
    {
        var mnemonicFile = Path.Combine(directory, "mnemonic.txt");
        await File.WriteAllTextAsync(mnemonicFile, HardhatTestMnemonic.Phrase, cancellationToken);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(mnemonicFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var values = new Dictionary<string, string?>
        {
            ["Ledger:Database"] = Path.Combine(directory, "anchor.db"),
            ["Chain:RpcUrl"] = node.RpcUrl.ToString(),
            ["Chain:Confirmations"] = Confirmations.ToString(),
            ["Chain:Deployment"] = Path.Combine(directory, "deployment.json"),
            ["Worker:PollInterval"] = "00:00:00.050",
        };
        var names = new[] { "thousand", "million", "latency" };
        for (var i = 0; i < names.Length; i++)
        {
            values[$"Publishers:{names[i]}:MnemonicFile"] = mnemonicFile;
            values[$"Publishers:{names[i]}:AccountIndex"] = (i + 1).ToString();
        }
        var settings = AnchorSettings.Load(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        using var web3 = new Web3(new Wallet(HardhatTestMnemonic.Phrase).GetAccount(0, HardhatNode.LocalChainId), node.RpcUrl.ToString());
        var deployment = await ContractDeployer.DeployAsync(web3, Path.Combine(BenchPaths.Root, "artifacts"), null, cancellationToken);
        deployment.Save(settings.Chain.DeploymentPath);
        return settings;
    }

    private static async Task<CycleReport> RunCycleAsync(AnchorSettings settings, string publisher, CancellationToken cancellationToken)
    {
        using var context = await WorkerContext.CreateAsync(settings, new NoObserver(), NullLogger.Instance, cancellationToken);
        var target = context.Publishers.Single(p => p.Publisher.Name == publisher);
        var current = (await context.Ledger.FindPublisherAsync(publisher, cancellationToken))!;
        var report = await context.Cycle.RunAsync(current, target.Account, cancellationToken);
        if (report.Result != CycleResult.Anchored) throw new InvalidOperationException($"{publisher}: {report.Result} {report.Note}");
        return report;
    }

    private static async Task AppendAsync(SqliteLedgerStore store, string publisher, ulong count)
    {
        var target = await store.GetOrCreatePublisherAsync(publisher);
        await using var appender = await LogAppender.OpenAsync(store, target);
        var start = appender.Size;
        for (var i = 0UL; i < count; i++)
        {
            var n = start + i;
            appender.Append(new NewEntry($"ni:///sha-256;{n:x64}?ver=CBV2.0", "09506000134352", $"L{n % 977}", "ObjectEvent",
                DateTimeOffset.UnixEpoch, Encoding.UTF8.GetBytes($"{{\"n\":{n}}}"), "bench"));
        }
        await appender.CommitAsync();
    }

    private sealed class NoObserver : ICycleObserver
    {
        public Task OnStepAsync(string publisher, CycleStep step, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
