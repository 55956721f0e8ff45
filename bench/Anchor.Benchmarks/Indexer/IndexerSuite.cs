using System.Diagnostics;
using Anchor.Ethereum;
using Anchor.Ethereum.Rpc;
using Anchor.Indexer.Following;
using Anchor.Indexer.Model;
using Anchor.Indexer.Storage.Sqlite;
using Anchor.Indexer.Tests.Support;
using Anchor.Ledger.Storage.Sqlite;
using Anchor.Merkle;

namespace Anchor.Benchmarks.Indexer;

/// <summary>
/// The indexer on a local Hardhat node holding 10,000 <c>Anchored</c> events: the catch-up from an
/// empty index against the bare <c>eth_getLogs</c> calls over the same ranges, in the same run;
/// then the lag, in blocks, while following a head that advances one block a second.
/// </summary>
public sealed class IndexerSuite : IBenchmarkSuite
{
    private const int Publishers = 8;
    private const int Runs = 15;

    // Tiered compilation recompiles a method after about 30 calls, in the background: the code
    // the indexer runs per range settles only after a few catch-ups of ten ranges each.
    private const int WarmUpRuns = 3;

    // Ten groups of anchors, each a block's worth, 2,000 empty blocks apart: a catch-up over a
    // long chain walks ten ranges of the default Indexer:MaxBlockRange, as it would on a real
    // network where anchors are sparse.
    private const int EmptyBlocksBetween = 1999;

    public string Name => "indexer";

    public async Task<SuiteReport> RunAsync(bool quick, CancellationToken cancellationToken)
    {
        var anchors = quick ? 1_000 : 10_000;
        await using var chain = await ChainScenario.StartAsync();
        // Publisher 1's ledger is in the database, so its anchors are root-checked and mapped to batches.
        var perPublisher = anchors / Publishers;
        var brand = await TestLedger.CreateAsync(chain.Ledger, "bench-brand", chain.AddressOf(1).ToString(),
            [.. Enumerable.Range(0, perPublisher).Select(i => $"L{i / 10}")]);
        var flood = await AnchorFlood.SendAsync(chain.Node, chain.Deployment.AnchorRegistry.Address, anchors, Publishers, firstAccount: 1,
            new Dictionary<int, INodeReader> { [1] = chain.Ledger.Nodes(brand) }, anchorsPerGroup: anchors / 10, emptyBlocksBetween: EmptyBlocksBetween,
            cancellationToken: cancellationToken);

        var options = ChainScenario.IndexerOptions();
        var catchUps = new List<TimeSpan>();
        var bare = new List<TimeSpan>();
        var ratios = new List<double>();
        CatchUpResult? result = null;
        for (var run = 0; run < WarmUpRuns + Runs; run++)
        {
            // The first runs warm the JIT, the node and the page cache; they are not counted.
            var (time, caughtUp) = await CatchUpIntoEmptyIndexAsync(chain, options, run, cancellationToken);
            var ranges = Ranges(chain.Deployment.FirstBlock, caughtUp.Last.IndexedTo!.Value.Number, options.MaxBlockRange);
            var bareTime = await BareGetLogsAsync(chain, ranges, anchors, cancellationToken);
            if (run < WarmUpRuns) continue;
            (catchUps, bare, result) = ([.. catchUps, time], [.. bare, bareTime], caughtUp);
            ratios.Add(time.TotalMilliseconds / bareTime.TotalMilliseconds);
        }
        var catchUp = Median(catchUps);
        var baseline = Median(bare);
        var lag = await FollowLag.MeasureAsync(chain, quick ? TimeSpan.FromSeconds(6) : TimeSpan.FromSeconds(20), cancellationToken);

        // Each run's catch-up is set against the bare calls made right after it, so that a busy
        // moment of the machine weighs on both sides of a ratio; the figure is the median ratio.
        var ratio = ratios.Order().ElementAt(ratios.Count / 2);
        var rangeCount = Ranges(chain.Deployment.FirstBlock, result!.Last.IndexedTo!.Value.Number, options.MaxBlockRange).Count;
        var figures = new
        {
            anchors,
            publishers = Publishers,
            blocks = flood.LastBlock - flood.FirstBlock + 1,
            mappedAnchors = perPublisher,
            runs = Runs,
            catchUpMilliseconds = catchUp.TotalMilliseconds,
            bareGetLogsMilliseconds = baseline.TotalMilliseconds,
            ratio,
            ratios,
            ranges = rangeCount,
            steps = result.Steps,
            lag.BlockIntervalMilliseconds,
            lag.PollIntervalMilliseconds,
            lag.Confirmations,
            lag.Samples,
            lag.MeanLag,
            lag.MaxLag,
            lag.AnchorsSent,
        };
        var markdown = $"""
            ## Indexer: catch-up and lag

            Command: `dotnet run -c Release --project bench/Anchor.Benchmarks -- indexer` (part of `make bench`).
            A Hardhat node holding {anchors:N0} `Anchored` events from {Publishers} publishers: ten blocks of {anchors / 10:N0} anchors,
            {EmptyBlocksBetween + 1:N0} blocks apart ({figures.blocks:N0} blocks in all), so that the catch-up walks {rangeCount} ranges of
            the default Indexer:MaxBlockRange ({options.MaxBlockRange:N0}) as it would over a long chain. One publisher's ledger
            ({perPublisher:N0} entries) is in the database, so its {perPublisher:N0} anchors are root-checked against the ledger and
            mapped to batches. Median of {Runs} runs, each into an empty index, each followed by the bare calls, after {WarmUpRuns}
            runs of both that warm the JIT (tiered compilation settles after a few catch-ups) and are not counted.

            | work | time | vs baseline |
            | --- | ---: | ---: |
            | baseline: bare `eth_getLogs` over the same block ranges, same client | {baseline.TotalMilliseconds:N0} ms | 1.00× |
            | `indexer` catch-up from scratch: logs, headers, decoding, root checks, batch map, SQLite writes | {catchUp.TotalMilliseconds:N0} ms | {ratio:0.00}× |

            The ratio is the median of the {Runs} runs' own ratios (each catch-up against the bare calls right after it;
            they ranged from {ratios.Min():0.00}× to {ratios.Max():0.00}×); the times are the medians of each column.

            Goal: at most 1.5× the bare calls. {(ratio <= 1.5 ? "Met." : "**Not met.**")} Beyond the logs, the indexer reads the
            header of every block with events (for its timestamp) and of each range's last block (for the progress); in the
            reorg window it also reads that last header before the logs and the range's first one (so the logs are known to
            come from one chain that extends the index), and it loads the deployment and checks its contracts first (those
            reads are sent together). It writes every row with the progress in one SQLite transaction per range, binding
            the rows through SQLite's own API. The node always has a query to work on: the next range's logs are asked for
            while the indexer still reads the answer to this one ({RangePipeline.FetchDepth} queries in flight), a range's
            headers go out as one JSON-RPC batch as soon as its logs arrive (Hardhat spends more on a request than on a
            header), and the ranges before are completed and written meanwhile, with up to {RangePipeline.MaxPendingWrites}
            writes pending. The bare calls leave the node idle while the client reads each answer. The node, the indexer's
            reads and its SQLite writes share {Environment.ProcessorCount} cores here, which is where the spread of the ratios comes from.

            Following: the node mines a block every {lag.BlockIntervalMilliseconds / 1000.0:0.#} s (interval mining) while
            {lag.AnchorsSent} anchors arrive; the follower polls every {lag.PollIntervalMilliseconds} ms with
            Chain:Confirmations {lag.Confirmations}. Head minus the last indexed block, sampled {lag.Samples} times over
            {lag.DurationSeconds:0} s:

            | lag | blocks |
            | --- | ---: |
            | mean | {lag.MeanLag:0.00} |
            | max | {lag.MaxLag} |

            The confirmation depth accounts for {lag.Confirmations - 1} block of it by design (the newest block stays
            provisional until another lands on it); the rest is the time between a block and the next poll.
            """;
        return new SuiteReport(figures, markdown);
    }

    private static async Task<(TimeSpan Time, CatchUpResult Result)> CatchUpIntoEmptyIndexAsync(ChainScenario chain, Anchor.Indexer.Configuration.IndexerOptions options, int run, CancellationToken cancellationToken)
    {
        // A copy of the database, whose index has never run: the ledger stays, the index starts empty.
        var database = new SqliteDatabase(Path.Combine(chain.Folder, $"catch-up-{run}.db"));
        using (var source = chain.Database.Open())
        using (var copy = database.Open())
        {
            source.BackupDatabase(copy);
            // The copy lands in the write-ahead log; moved into the file and flushed to disk now,
            // it is not checkpointed or written back by the kernel during the timed catch-up.
            using var checkpoint = copy.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            checkpoint.ExecuteNonQuery();
        }
        using (var file = new FileStream(database.FilePath, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Flush(flushToDisk: true);
        }
        var ledger = new SqliteLedgerStore(database);
        var index = new SqliteIndexStore(database);
        using var rpc = new JsonRpcClient(chain.Node.RpcUrl);
        var follower = new ChainFollower(rpc, index, ledger, chain.ChainOptions(confirmations: 1), options);
        var stopwatch = Stopwatch.StartNew();
        var result = await follower.CatchUpAsync(cancellationToken);
        var elapsed = stopwatch.Elapsed;
        if (result.Anchors != (await index.CountAnchorsAsync(null, cancellationToken)).Final || result.Anchors == 0)
        {
            throw new InvalidOperationException($"the catch-up indexed {result.Anchors} anchors");
        }
        var mapped = (await index.MappingCountsAsync(cancellationToken))[AnchorMappingStatus.Matched];
        if (mapped == 0) throw new InvalidOperationException("no anchor was mapped to the ledger");
        return (elapsed, result);
    }

    private static async Task<TimeSpan> BareGetLogsAsync(ChainScenario chain, IReadOnlyList<(ulong From, ulong To)> ranges, int expected, CancellationToken cancellationToken)
    {
        using var rpc = new JsonRpcClient(chain.Node.RpcUrl);
        var deployment = chain.Deployment;
        Address[] contracts = [deployment.AnchorRegistry.Address, deployment.RecallRegistry.Address, deployment.AllianceRegistry.Address];
        var stopwatch = Stopwatch.StartNew();
        var logs = 0;
        foreach (var (from, to) in ranges)
        {
            logs += (await rpc.GetLogsAsync(new LogFilter
            {
                FromBlock = BlockParameter.At(from),
                ToBlock = BlockParameter.At(to),
                Addresses = contracts,
                Topics = [ContractEventDecoder.Topics],
            }, cancellationToken)).Count;
        }
        var elapsed = stopwatch.Elapsed;
        if (logs != expected) throw new InvalidOperationException($"the bare calls returned {logs} logs, not {expected}");
        return elapsed;
    }

    // The ranges the follower queries when no provider limit shrinks them.
    private static List<(ulong, ulong)> Ranges(ulong first, ulong last, int span)
    {
        var ranges = new List<(ulong, ulong)>();
        for (var from = first; from <= last; from += (ulong)span) ranges.Add((from, Math.Min(last, from + (ulong)span - 1)));
        return ranges;
    }

    private static TimeSpan Median(List<TimeSpan> samples) => samples.Order().ElementAt(samples.Count / 2);
}
