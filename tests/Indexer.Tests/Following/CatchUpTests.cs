using System.Diagnostics;
using Anchor.Indexer.Model;
using Anchor.Indexer.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Anchor.Indexer.Tests.Following;

/// <summary>The follower indexes from scratch what is already on chain.</summary>
public class CatchUpTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Catches_up_over_ten_thousand_anchors_with_every_one_indexed_once()
    {
        // Arrange: 8 publishers anchor 1,250 times each; account 1 anchors the prefixes of a ledger held here.
        await using var chain = await ChainScenario.StartAsync();
        var lots = Enumerable.Range(0, 1250).Select(i => $"L{i / 10}").ToArray();
        var brand = await TestLedger.CreateAsync(chain.Ledger, "brand-a", chain.AddressOf(1).ToString(), lots);
        // Ten groups of 1,000, 500 empty blocks apart, walked in ranges of 400 blocks: the ranges
        // are fetched, completed and written in a pipeline, and every one must land once, in order.
        var flood = await AnchorFlood.SendAsync(chain.Node, chain.Deployment.AnchorRegistry.Address, count: 10_000, publishers: 8, firstAccount: 1,
            ledgerLogs: new Dictionary<int, Anchor.Merkle.INodeReader> { [1] = chain.Ledger.Nodes(brand) }, anchorsPerGroup: 1000, emptyBlocksBetween: 500);
        var clock = Stopwatch.StartNew();

        // Act
        var result = await chain.CatchUpAsync(confirmations: 1, ChainScenario.IndexerOptions(maxRange: 400));

        // Assert
        output.WriteLine($"flood: {flood.Anchors} anchors in blocks {flood.FirstBlock}-{flood.LastBlock}; catch-up {clock.Elapsed.TotalSeconds:0.0} s in {result.Steps} step(s)");
        Assert.Equal(10_000, flood.Anchors);
        Assert.Equal(10_000, result.Anchors);
        Assert.Equal((10_000L, 0L), await chain.Index.CountAnchorsAsync(null));
        Assert.Equal(flood.LastBlock, (await chain.Index.ReadProgressAsync())!.LastBlock!.Value.Number);
        foreach (var publisher in flood.Publishers)
        {
            var anchors = (await chain.Index.ListAnchorsAsync(publisher, 0)).OrderBy(a => a.Size).ToArray();
            Assert.Equal(1250, anchors.Length);
            // Every anchor extends the one before it: sizes 1..1250, each from the previous size.
            Assert.Equal(Enumerable.Range(1, 1250).Select(i => (ulong)i), anchors.Select(a => a.Size));
            Assert.All(anchors, a => Assert.Equal(a.Size - 1, a.PreviousSize));
            var expected = publisher == chain.AddressOf(1) ? AnchorMappingStatus.Matched : AnchorMappingStatus.NotOurLedger;
            Assert.All(anchors, a => Assert.Equal(expected, a.Mapping.Status));
        }
        // The ledger's 1,250 anchors cover one entry each: lot L7's ten entries, ten anchors.
        var rows = await chain.Index.BatchCoverageAsync(chain.AddressOf(1), ChainScenario.ToBytes32(Anchor.Ledger.Entries.BatchKey.Of(TestLedger.Gtin, "L7")));
        Assert.Equal(Enumerable.Range(70, 10).Select(i => (ulong)i), rows.Select(r => r.FirstEntry));
    }
}
