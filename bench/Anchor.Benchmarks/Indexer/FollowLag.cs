using System.Diagnostics;
using Anchor.Ethereum.Contracts.AnchorRegistry;
using Anchor.Ethereum.Rpc;
using Anchor.Indexer.Following;
using Anchor.Indexer.Storage.Sqlite;
using Anchor.Indexer.Tests.Support;
using Anchor.Ledger.Storage.Sqlite;
using Anchor.Merkle;

namespace Anchor.Benchmarks.Indexer;

/// <summary>The lag of a follower behind a head that advances on its own, in blocks.</summary>
public sealed record LagFigures(int BlockIntervalMilliseconds, int PollIntervalMilliseconds, int Confirmations, int Samples, double DurationSeconds,
    double MeanLag, ulong MaxLag, int AnchorsSent);

/// <summary>
/// Follows a node that mines a block every second (interval mining) while a publisher anchors
/// continuously, stepping like <c>indexer run</c> does, and samples head − last indexed block.
/// </summary>
public static class FollowLag
{
    public const int BlockIntervalMilliseconds = 1000;
    public const int PollIntervalMilliseconds = 250;
    public const int Confirmations = 2;
    private static readonly TimeSpan SampleEvery = TimeSpan.FromMilliseconds(100);

    public static async Task<LagFigures> MeasureAsync(ChainScenario chain, TimeSpan duration, CancellationToken cancellationToken)
    {
        var database = new SqliteDatabase(Path.Combine(chain.Folder, "follow.db"));
        var index = new SqliteIndexStore(database);
        var options = ChainScenario.IndexerOptions();
        options.PollInterval = TimeSpan.FromMilliseconds(PollIntervalMilliseconds);
        using var rpc = new JsonRpcClient(chain.Node.RpcUrl);
        var follower = new ChainFollower(rpc, index, new SqliteLedgerStore(database), chain.ChainOptions(Confirmations), options);
        await follower.CatchUpAsync(cancellationToken);

        await chain.Node.RpcAsync("evm_setAutomine", false);
        await chain.Node.RpcAsync("evm_setIntervalMining", BlockIntervalMilliseconds);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sender = SendAnchorsAsync(chain, stop.Token);
        var following = FollowAsync(follower, options.PollInterval, stop.Token);
        var lags = new List<ulong>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            await Task.Delay(SampleEvery, cancellationToken);
            var head = await chain.HeadAsync();
            var indexed = (await index.ReadProgressAsync(cancellationToken))?.LastBlock?.Number ?? 0;
            lags.Add(head >= indexed ? head - indexed : 0);
        }
        await stop.CancelAsync();
        var anchorsSent = await sender;
        await following;
        await chain.Node.RpcAsync("evm_setIntervalMining", 0);
        await chain.Node.RpcAsync("evm_setAutomine", true);
        return new LagFigures(BlockIntervalMilliseconds, PollIntervalMilliseconds, Confirmations, lags.Count, clock.Elapsed.TotalSeconds,
            lags.Average(l => (double)l), lags.Max(), anchorsSent);
    }

    // The loop of IndexerService: step, and once caught up wait for the poll interval.
    private static async Task FollowAsync(ChainFollower follower, TimeSpan poll, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var step = await follower.StepAsync(stop);
                if (step.CaughtUp) await Task.Delay(poll, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    // Account 19 grows a log of its own by one leaf per anchor, as fast as blocks take them.
    private static async Task<int> SendAnchorsAsync(ChainScenario chain, CancellationToken stop)
    {
        var registry = chain.Account(19).GetAnchorRegistry(chain.Deployment.AnchorRegistry.Address);
        var tree = new MemoryNodeStore();
        var sent = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var oldSize = tree.Size;
                tree.Append(new Hash32(Anchor.Ethereum.Crypto.Keccak256.Hash(BitConverter.GetBytes(oldSize))));
                var reader = new MerkleLogReader(tree);
                var proof = oldSize == 0 ? [] : reader.ConsistencyProof(oldSize, tree.Size).Select(ChainScenario.ToBytes32).ToArray();
                await registry.AnchorAndWaitAsync(new AnchorFunction(tree.Size, ChainScenario.ToBytes32(tree.Root()), proof), cancellationToken: stop);
                sent++;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        return sent;
    }
}
