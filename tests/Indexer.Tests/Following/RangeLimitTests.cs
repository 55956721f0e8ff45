using Anchor.Ethereum.Contracts.AllianceRegistry;
using Anchor.Indexer.Following;
using Anchor.Indexer.Tests.Support;
using Anchor.TestSupport;
using Xunit;

namespace Anchor.Indexer.Tests.Following;

/// <summary>
/// A provider that refuses large <c>eth_getLogs</c> ranges (a real proxy in front of the node
/// answers "query returned more than 10000 results" beyond a few blocks): the follower splits its
/// ranges and still indexes everything.
/// </summary>
public class RangeLimitTests
{
    [Fact]
    public async Task Tiny_range_limits_force_chunking_and_the_results_are_still_complete()
    {
        // Arrange: 12 anchors, 1 admission and 1 recall, each in a block of its own.
        await using var chain = await ChainScenario.StartAsync();
        // First anchors of twelve accounts: a first anchor needs no consistency proof.
        for (var account = 1; account <= 12; account++) await chain.AnchorAsync(account, (ulong)account + 10, ChainScenario.Root($"root {account}"), []);
        await chain.AllianceAsync(new AdmitFunction(chain.AddressOf(1), "Centrum", ""));
        await chain.RecallAsync(2, Anchor.Ledger.Entries.BatchKey.Of(TestLedger.Gtin, "L9"), "label error");
        await using var proxy = await FaultyRpcProxy.StartAsync(chain.Node.RpcUrl);
        proxy.LimitLogRange(3);
        var (follower, rpc) = chain.Follower(confirmations: 1, ChainScenario.IndexerOptions(maxRange: 64), rpcUrl: proxy.Url);
        using var _ = rpc;

        // Act
        var result = await follower.CatchUpAsync();

        // Assert
        Assert.True(proxy.RefusedLogQueries > 0, "the proxy refused no query");
        Assert.Equal(proxy.RefusedLogQueries, follower.RefusedLogQueries);
        // Learned: at most the provider's 3 blocks, or one growth step above them if the last
        // queries were a run of accepted ones (the next query would shrink it again).
        Assert.InRange(follower.Range.Span, 1, 4);
        Assert.Equal(12, result.Anchors);
        Assert.Equal(1, result.Recalls);
        Assert.Equal(1, result.MembershipChanges);
        Assert.Equal((12L, 0L), await chain.Index.CountAnchorsAsync(null));
        Assert.Equal(await chain.HeadAsync(), (await chain.Index.ReadProgressAsync())!.LastBlock!.Value.Number);
    }

    [Fact]
    public async Task A_provider_that_refuses_even_the_smallest_range_stops_the_follower_with_the_range_and_its_words()
    {
        await using var chain = await ChainScenario.StartAsync();
        await chain.MineAsync(10);
        await using var proxy = await FaultyRpcProxy.StartAsync(chain.Node.RpcUrl);
        proxy.LimitLogRange(2);
        var (follower, rpc) = chain.Follower(confirmations: 1, ChainScenario.IndexerOptions(maxRange: 16, minRange: 4), rpcUrl: proxy.Url);
        using var _ = rpc;

        var error = await Assert.ThrowsAsync<LogRangeRefusedException>(() => follower.CatchUpAsync());

        Assert.Contains(FaultyRpcProxy.LogLimitMessage, error.Message);
        Assert.Equal(3UL, error.ToBlock - error.FromBlock);
    }

    [Fact]
    public void The_range_halves_on_refusal_down_to_the_minimum_and_grows_back_slowly()
    {
        var range = new AdaptiveBlockRange(max: 1000, min: 10);

        Assert.True(range.Shrink(1000));
        Assert.Equal(500, range.Span);
        Assert.True(range.Shrink(30));
        Assert.Equal(15, range.Span);
        Assert.True(range.Shrink(15));
        Assert.Equal(10, range.Span);
        Assert.False(range.Shrink(10));
        for (var i = 0; i < AdaptiveBlockRange.GrowAfter - 1; i++) range.Accepted();
        Assert.Equal(10, range.Span);
        range.Accepted();
        Assert.Equal(12, range.Span);
        for (var i = 0; i < 200; i++) range.Accepted();
        Assert.Equal(1000, range.Span);
    }
}
