using System.Numerics;
using Anchor.Ethereum;
using Anchor.Ethereum.Keys;
using Anchor.Ethereum.Rpc;
using Anchor.Ethereum.Transactions;
using Anchor.Worker;
using Dapper;
using Xunit;

namespace Anchor.Cli.Tests.Worker;

/// <summary>
/// The faults a transaction meets between signing and finality, made on a real Hardhat node at
/// the exact step they matter: a dropped transaction, a fee spike, the fee cap, a nonce taken by
/// another transaction, a replacement refused as underpriced, "already known", a mined revert and
/// a reorg that drops the anchor's block.
/// </summary>
public class TransactionFaultTests
{
    private static readonly BigInteger Gwei = 1_000_000_000;

    [Fact]
    public async Task A_dropped_transaction_is_broadcast_again_and_mined()
    {
        await using var harness = await WorkerHarness.StartAsync();
        await harness.AppendAsync("by-health", 20);
        await harness.Node.AutomineAsync(false);
        var gate = new StepGate().HoldAt(CycleStep.Broadcast);
        using var context = await harness.ContextAsync(gate);
        var cycle = RunAsync(context);

        await gate.Reached(CycleStep.Broadcast);
        var pending = (await context.Journal.FindPendingAsync(context.Publishers[0].Publisher.Id))!;
        Assert.True(await harness.Node.DropTransactionAsync(pending.Latest.Hash));
        gate.Release(CycleStep.Broadcast);
        await using (harness.Node.MineEvery(TimeSpan.FromMilliseconds(200)))
        {
            var report = await cycle;
            Assert.Equal(CycleResult.Anchored, report.Result);
            Assert.Equal(pending.Latest.Hash, report.TransactionHash);
        }
        Assert.True(gate.Seen.Count(s => s == CycleStep.Broadcast) >= 2, string.Join(", ", gate.Seen));
        Assert.Equal(20UL, (await harness.HeadAsync(WorkerHarness.AddressOf(0))).Size);
    }

    [Fact]
    public async Task A_fee_spike_is_outbid_by_replacements_that_raise_both_fees_by_at_least_12_5_percent()
    {
        await using var harness = await WorkerHarness.StartAsync();
        harness.Configuration["Chain:MaxFeePerGasGwei"] = "5000";
        await harness.AppendAsync("by-health", 20);
        await harness.Node.AutomineAsync(false);
        var gate = new StepGate().HoldAt(CycleStep.Broadcast);
        using var context = await harness.ContextAsync(gate);
        var cycle = RunAsync(context);

        await gate.Reached(CycleStep.Broadcast);
        var first = (await context.Journal.FindPendingAsync(context.Publishers[0].Publisher.Id))!.Latest;
        await harness.Node.SetNextBaseFeeAsync(1000 * Gwei);
        await harness.Node.MineAsync();
        gate.Release(CycleStep.Broadcast);
        CycleReport report;
        await using (harness.Node.MineEvery(TimeSpan.FromMilliseconds(300)))
        {
            report = await cycle;
        }

        Assert.Equal(CycleResult.Anchored, report.Result);
        var transactions = await TransactionsAsync(harness);
        Assert.True(transactions.Count >= 2, $"{transactions.Count} transaction(s)");
        Assert.NotEqual(first.Hash.ToString(), report.TransactionHash.ToString());
        Assert.Contains(report.TransactionHash.ToString(), transactions.Select(t => t.Hash));
        for (var i = 1; i < transactions.Count; i++)
        {
            Assert.True(transactions[i].MaxFee * 1000 >= transactions[i - 1].MaxFee * 1125, $"max fee {transactions[i - 1].MaxFee} → {transactions[i].MaxFee}");
            Assert.True(transactions[i].Tip * 1000 >= transactions[i - 1].Tip * 1125, $"tip {transactions[i - 1].Tip} → {transactions[i].Tip}");
            Assert.True(transactions[i].MaxFee <= 5000 * Gwei);
        }
    }

    [Fact]
    public async Task The_fee_cap_holds_however_high_fees_go_and_the_anchor_lands_when_they_fall()
    {
        await using var harness = await WorkerHarness.StartAsync();
        harness.Configuration["Chain:MaxFeePerGasGwei"] = "60";
        await harness.AppendAsync("by-health", 20);
        await harness.Node.AutomineAsync(false);
        var gate = new StepGate().HoldAt(CycleStep.Broadcast);
        using var context = await harness.ContextAsync(gate);
        var cycle = RunAsync(context);

        await gate.Reached(CycleStep.Broadcast);
        await harness.Node.SetNextBaseFeeAsync(400 * Gwei);
        await harness.Node.MineAsync();
        gate.Release(CycleStep.Broadcast);
        CycleReport report;
        // Empty blocks lower the base fee by 12.5% each, so it falls under the cap after a while.
        await using (harness.Node.MineEvery(TimeSpan.FromMilliseconds(150)))
        {
            report = await cycle;
        }

        Assert.Equal(CycleResult.Anchored, report.Result);
        Assert.All(await TransactionsAsync(harness), t => Assert.True(t.MaxFee <= 60 * Gwei, $"max fee {t.MaxFee} above the cap"));
    }

    [Fact]
    public async Task A_nonce_taken_by_another_transaction_abandons_the_intent_after_an_underpriced_rebroadcast_and_the_next_cycle_anchors()
    {
        await using var harness = await WorkerHarness.StartAsync();
        await harness.AppendAsync("by-health", 20);
        await harness.Node.AutomineAsync(false);
        var gate = new StepGate().HoldAt(CycleStep.Broadcast);
        var log = new ListLogger();
        using var context = await harness.ContextAsync(gate, log);
        var cycle = RunAsync(context);

        await gate.Reached(CycleStep.Broadcast);
        var intent = (await context.Journal.FindPendingAsync(context.Publishers[0].Publisher.Id))!;
        // The same account spends the nonce on a transfer that pays ten times the fees, which
        // displaces the anchor from the pool; re-broadcasting the anchor is then "underpriced".
        var other = new Wallet(HardhatTestMnemonic.Phrase).GetAccount(1, 31337).SignTransaction(new Eip1559Transaction
        {
            ChainId = 31337, Nonce = intent.Nonce, GasLimit = 21_000, To = WorkerHarness.AddressOf(1), Value = 1,
            MaxFeePerGas = intent.Latest.MaxFeePerGas * 10, MaxPriorityFeePerGas = intent.Latest.MaxPriorityFeePerGas * 10,
        });
        using (var web3 = new Web3(harness.Node.RpcUrl.ToString()))
        {
            await web3.Eth.SendRawTransactionAsync(other.Raw);
            Assert.Null(await web3.Eth.GetTransactionByHashAsync(intent.Latest.Hash));
        }
        gate.Release(CycleStep.Broadcast);
        // Nothing is mined until the worker has tried to put its transaction back and been told it is underpriced.
        for (var wait = 0; wait < 100 && !log.Lines.Any(l => l.Contains("underpriced", StringComparison.OrdinalIgnoreCase)); wait++) await Task.Delay(100);
        Assert.Contains(log.Lines, l => l.Contains("underpriced", StringComparison.OrdinalIgnoreCase));
        await using (harness.Node.MineEvery(TimeSpan.FromMilliseconds(300)))
        {
            var abandoned = await cycle;
            Assert.Equal(CycleResult.Abandoned, abandoned.Result);
            Assert.Contains($"nonce {intent.Nonce}", abandoned.Note);

            var next = await context.Cycle.RunAsync(context.Publishers[0].Publisher, context.Publishers[0].Account, CancellationToken.None);
            Assert.Equal(CycleResult.Anchored, next.Result);
        }
        await using var connection = harness.Database.Open();
        Assert.Equal(["abandoned", "confirmed"], connection.Query<string>("SELECT state FROM anchor_intents ORDER BY id"));
    }

    [Fact]
    public async Task A_transaction_the_node_already_knows_counts_as_sent()
    {
        await using var harness = await WorkerHarness.StartAsync();
        await harness.AppendAsync("by-health", 20);
        await harness.Node.AutomineAsync(false);
        var gate = new StepGate().HoldAt(CycleStep.IntentPersisted);
        using var context = await harness.ContextAsync(gate);
        var cycle = RunAsync(context);

        await gate.Reached(CycleStep.IntentPersisted);
        var intent = (await context.Journal.FindPendingAsync(context.Publishers[0].Publisher.Id))!;
        using (var web3 = new Web3(harness.Node.RpcUrl.ToString())) await web3.Eth.SendRawTransactionAsync(intent.Latest.Raw);
        gate.Release(CycleStep.IntentPersisted);
        await using (harness.Node.MineEvery(TimeSpan.FromMilliseconds(200)))
        {
            var report = await cycle;
            Assert.Equal(CycleResult.Anchored, report.Result);
            Assert.Equal(intent.Latest.Hash, report.TransactionHash);
        }
    }

    [Fact]
    public async Task A_mined_revert_is_decoded_closed_as_failed_and_not_retried()
    {
        await using var harness = await WorkerHarness.StartAsync();
        await harness.AppendAsync("by-health", 30);
        var gate = new StepGate().HoldAt(CycleStep.IntentPersisted);
        using var context = await harness.ContextAsync(gate);
        var publisher = WorkerHarness.AddressOf(0);
        var cycle = RunAsync(context);

        await gate.Reached(CycleStep.IntentPersisted);
        // Move the publisher's head under the worker's feet to size 40, as a stale head would be.
        var fakeRoot = ChainControl.Word(0xfeed);
        var registry = harness.Deployment.AnchorRegistry.Address;
        await harness.Node.SetStorageAsync(registry, ChainControl.MappingSlot(ChainControl.Word(publisher), ChainControl.Word(0)), fakeRoot);
        var recordSlot = ChainControl.MappingSlot(fakeRoot, ChainControl.MappingSlot(ChainControl.Word(publisher), ChainControl.Word(1)));
        await harness.Node.SetStorageAsync(registry, recordSlot, ChainControl.Word(40));
        gate.Release(CycleStep.IntentPersisted);

        var revert = await Assert.ThrowsAsync<ContractCustomErrorException>(() => cycle);
        Assert.Equal("AnchorSizeNotIncreasing", revert.ErrorName);
        Assert.Equal(40UL, revert.Arguments.Get<ulong>("currentSize"));
        Assert.Equal(30UL, revert.Arguments.Get<ulong>("size"));
        await using var connection = harness.Database.Open();
        Assert.Equal("failed", connection.QuerySingle<string>("SELECT state FROM anchor_intents"));
        Assert.Contains("AnchorSizeNotIncreasing", connection.QuerySingle<string>("SELECT reason FROM anchor_intents"));
        // The next cycle does not try again blindly: the chain's head is beyond the ledger.
        await Assert.ThrowsAsync<LedgerMismatchException>(() =>
            context.Cycle.RunAsync(context.Publishers[0].Publisher, context.Publishers[0].Account, CancellationToken.None));
        using var web3 = new Web3(harness.Node.RpcUrl.ToString());
        Assert.Equal(1UL, await web3.Eth.GetTransactionCountAsync(publisher, BlockParameter.Latest));
    }

    [Fact]
    public async Task A_reorg_that_drops_the_anchor_block_is_noticed_and_the_anchor_is_sent_again()
    {
        await using var harness = await WorkerHarness.StartAsync(confirmations: 3);
        await harness.AppendAsync("by-health", 25);
        var snapshot = await harness.Node.SnapshotAsync();
        var gate = new StepGate().HoldAt(CycleStep.Mined);
        using var context = await harness.ContextAsync(gate);
        var cycle = RunAsync(context);

        await gate.Reached(CycleStep.Mined);
        using var web3 = new Web3(harness.Node.RpcUrl.ToString());
        var minedBlock = await web3.Eth.BlockNumberAsync();
        var orphaned = (await web3.Eth.GetBlockByNumberAsync(BlockParameter.At(minedBlock)))!.Hash;
        await harness.Node.RevertAsync(snapshot);
        await harness.Node.MineAsync();
        gate.Release(CycleStep.Mined);
        CycleReport report;
        await using (harness.Node.MineEvery(TimeSpan.FromMilliseconds(200)))
        {
            report = await cycle;
        }

        Assert.Equal(CycleResult.Anchored, report.Result);
        var recorded = (await context.Journal.LatestAnchorAsync(context.Publishers[0].Publisher.Id))!;
        var canonical = (await web3.Eth.GetBlockByNumberAsync(BlockParameter.At(recorded.BlockNumber)))!;
        Assert.Equal(canonical.Hash, recorded.BlockHash);
        Assert.NotEqual(orphaned, recorded.BlockHash);
        Assert.Single(await harness.AnchoredEventsAsync(WorkerHarness.AddressOf(0)));
        Assert.Equal(25UL, (await harness.HeadAsync(WorkerHarness.AddressOf(0))).Size);
    }

    private static Task<CycleReport> RunAsync(WorkerContext context) =>
        Task.Run(() => context.Cycle.RunAsync(context.Publishers[0].Publisher, context.Publishers[0].Account, CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(90)));

    private static async Task<List<(string Hash, BigInteger MaxFee, BigInteger Tip)>> TransactionsAsync(WorkerHarness harness)
    {
        await using var connection = harness.Database.Open();
        return [.. connection.Query<(byte[] Hash, string MaxFee, string Tip)>(
                "SELECT hash, max_fee_per_gas, max_priority_fee_per_gas FROM anchor_transactions ORDER BY created_at, rowid")
            .Select(r => ("0x" + Convert.ToHexStringLower(r.Hash), BigInteger.Parse(r.MaxFee), BigInteger.Parse(r.Tip)))];
    }
}
