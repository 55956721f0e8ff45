using Anchor.Ledger.Storage.Sqlite;
using Anchor.Merkle;
using Anchor.Worker;
using Xunit;

namespace Anchor.Cli.Tests.Worker;

/// <summary>One cycle at a time against a real Hardhat node and a real SQLite ledger.</summary>
public class AnchorCycleTests
{
    [Fact]
    public async Task Anchors_the_ledger_head_then_extends_it_for_each_publisher_with_its_own_account()
    {
        await using var harness = await WorkerHarness.StartAsync(1, "by-health", "centrum");
        await harness.AppendAsync("by-health", 30);
        await harness.AppendAsync("centrum", 20);
        using var context = await harness.ContextAsync();

        var first = await Task.WhenAll(context.Publishers.Select(p => context.Cycle.RunAsync(p.Publisher, p.Account, CancellationToken.None)));
        await harness.AppendAsync("by-health", 15);
        var byHealth = context.Publishers.Single(p => p.Publisher.Name == "by-health");
        var second = await context.Cycle.RunAsync((await harness.Ledger.FindPublisherAsync("by-health"))!, byHealth.Account, CancellationToken.None);
        var third = await context.Cycle.RunAsync((await harness.Ledger.FindPublisherAsync("by-health"))!, byHealth.Account, CancellationToken.None);

        Assert.All(first, r => Assert.Equal(CycleResult.Anchored, r.Result));
        Assert.Equal((CycleResult.Anchored, 30UL, 45UL), (second.Result, second.OldSize, second.NewSize));
        Assert.Equal(CycleResult.UpToDate, third.Result);
        var head = await harness.HeadAsync(WorkerHarness.AddressOf(0));
        var ledger = (await harness.Ledger.FindPublisherAsync("by-health"))!;
        Assert.Equal(45UL, head.Size);
        Assert.Equal(new MerkleLogReader(harness.Ledger.Nodes(ledger)).Root(45).ToString(), head.Root.ToString());
        Assert.Equal([(0UL, 30UL), (30UL, 45UL)], (await harness.AnchoredEventsAsync(WorkerHarness.AddressOf(0))).Select(e => (e.PreviousSize, e.Size)));
        Assert.Equal(20UL, (await harness.HeadAsync(WorkerHarness.AddressOf(1))).Size);
        Assert.Equal(WorkerHarness.AddressOf(0).ToString(), ledger.Address);
        Assert.Equal(45UL, (await context.Journal.LatestAnchorAsync(ledger.Id))!.Size);
    }

    [Fact]
    public async Task Waits_while_the_ledger_grew_by_fewer_than_MinNewEntries()
    {
        await using var harness = await WorkerHarness.StartAsync();
        harness.Configuration["Worker:MinNewEntries"] = "10";
        await harness.AppendAsync("by-health", 12);
        using var context = await harness.ContextAsync();
        var account = context.Publishers[0].Account;
        await context.Cycle.RunAsync((await harness.Ledger.FindPublisherAsync("by-health"))!, account, CancellationToken.None);
        await harness.AppendAsync("by-health", 4);

        var report = await context.Cycle.RunAsync((await harness.Ledger.FindPublisherAsync("by-health"))!, account, CancellationToken.None);

        Assert.Equal(CycleResult.Waiting, report.Result);
        Assert.Contains("Worker:MinNewEntries", report.Note);
        Assert.Equal(12UL, (await harness.HeadAsync(WorkerHarness.AddressOf(0))).Size);
    }

    [Fact]
    public async Task A_ledger_that_does_not_hold_the_anchored_head_is_refused_loudly()
    {
        await using var harness = await WorkerHarness.StartAsync();
        await harness.AppendAsync("by-health", 10);
        using (var context = await harness.ContextAsync())
        {
            await context.Cycle.RunAsync((await harness.Ledger.FindPublisherAsync("by-health"))!, context.Publishers[0].Account, CancellationToken.None);
        }
        // Another ledger, with other entries, for the same publisher and key.
        harness.Configuration["Ledger:Database"] = Path.Combine(harness.Directory, "other.db");
        var other = new SqliteLedgerStore(new SqliteDatabase(harness.Configuration["Ledger:Database"]!));
        var publisher = await other.GetOrCreatePublisherAsync("by-health");
        await using (var appender = await Anchor.Ledger.Entries.LogAppender.OpenAsync(other, publisher))
        {
            for (var i = 0; i < 15; i++)
            {
                appender.Append(new($"ni:///sha-256;{i + 0xdead:x64}?ver=CBV2.0", "09506000134352", "OTHER", "ObjectEvent",
                    DateTimeOffset.UnixEpoch, [(byte)'{', (byte)'}'], "other"));
            }
            await appender.CommitAsync();
        }
        using var otherContext = await harness.ContextAsync();

        var error = await Assert.ThrowsAsync<LedgerMismatchException>(() =>
            otherContext.Cycle.RunAsync(publisher, otherContext.Publishers[0].Account, CancellationToken.None));

        Assert.Contains("anchored root", error.Message);
        Assert.Contains("at size 10", error.Message);
        Assert.Equal(10UL, (await harness.HeadAsync(WorkerHarness.AddressOf(0))).Size);
    }
}
