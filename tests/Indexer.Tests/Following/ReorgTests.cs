using Anchor.Ethereum;
using Anchor.Ethereum.Contracts.AllianceRegistry;
using Anchor.Indexer.Following;
using Anchor.Indexer.Tests.Support;
using Anchor.Ledger.Entries;
using Xunit;

namespace Anchor.Indexer.Tests.Following;

/// <summary>
/// Reorgs made on a real Hardhat node: <c>evm_snapshot</c>, a history of anchors that the indexer
/// indexes as final, <c>evm_revert</c>, and a different, longer history in its place.
/// </summary>
public class ReorgTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    public async Task A_reorg_rolls_back_to_the_common_ancestor_and_indexes_the_new_history(int depth)
    {
        // Arrange: brand-a (account 1) has anchored 2 entries; the indexer follows with 1 confirmation.
        await using var chain = await ChainScenario.StartAsync();
        var lots = Enumerable.Range(0, 2 + depth).Select(i => $"L{i % 2}").ToArray();
        var brandA = await TestLedger.CreateAsync(chain.Ledger, "brand-a", chain.AddressOf(1).ToString(), lots);
        var brandB = await TestLedger.CreateAsync(chain.Ledger, "brand-b", chain.AddressOf(2).ToString(), "B1");
        await chain.AnchorLedgerAsync(1, brandA, 0, 2);
        var (follower, rpc) = chain.Follower(confirmations: 1);
        using var _ = rpc;
        await follower.CatchUpAsync();
        var ancestor = await chain.HeadAsync();
        var snapshot = await chain.SnapshotAsync();
        var replaced = new List<Bytes32>();
        for (var size = 3UL; size <= 2UL + (ulong)depth; size++)
        {
            replaced.Add((await chain.AnchorLedgerAsync(1, brandA, size - 1, size)).TransactionHash);
        }
        await follower.CatchUpAsync();
        Assert.Equal(1 + depth, (int)(await chain.Index.CountAnchorsAsync(null)).Final);

        // Act: the chain forgets those blocks and grows another history, one block longer.
        await chain.RevertAsync(snapshot);
        var other = await chain.AnchorLedgerAsync(2, brandB, 0, 1);
        var jump = await chain.AnchorLedgerAsync(1, brandA, 2, 2 + (ulong)depth);
        await chain.MineAsync(depth - 1);
        var result = await follower.CatchUpAsync();

        // Assert
        Assert.Equal(1, result.Reorgs);
        foreach (var tx in replaced) Assert.Null(await chain.Index.FindAnchorAsync(tx, 0));
        var newAnchor = await chain.Index.FindAnchorAsync(jump.TransactionHash, 0);
        Assert.NotNull(newAnchor);
        Assert.Equal((2UL, 2UL + (ulong)depth), (newAnchor.PreviousSize, newAnchor.Size));
        Assert.NotNull(await chain.Index.FindAnchorAsync(other.TransactionHash, 0));
        Assert.Equal(3, (int)(await chain.Index.CountAnchorsAsync(null)).Final);
        var progress = (await chain.Index.ReadProgressAsync())!;
        var head = await chain.HeadAsync();
        Assert.Equal(head, progress.LastBlock!.Value.Number);
        Assert.Equal(await chain.BlockHashAsync(head), progress.LastBlock.Value.Hash);
        Assert.Equal(1, progress.Reorgs);
        Assert.Contains($"rolled back {depth} block(s) to the common ancestor block {ancestor}", progress.LastReorg);
        foreach (var block in await chain.Index.ReadWindowAsync()) Assert.Equal(await chain.BlockHashAsync(block.Number), block.Hash);
        // The batch map follows: the entries [2, 2 + depth) are now first covered by the new anchor.
        var coverage = await chain.Index.BatchCoverageAsync(chain.AddressOf(1), ChainScenario.ToBytes32(BatchKey.Of(TestLedger.Gtin, "L0")));
        Assert.Equal([2UL], coverage.Where(c => c.AnchorTransactionHash == jump.TransactionHash).Select(c => c.FirstEntry));
        Assert.DoesNotContain(coverage, c => replaced.Contains(c.AnchorTransactionHash));
    }

    [Fact]
    public async Task After_a_catch_up_over_empty_blocks_a_reorg_rolls_back_to_an_older_kept_block()
    {
        // Arrange: a catch-up over 30 quiet blocks keeps only the window's first block (head − 15)
        // and the range's last one; then the last 3 blocks are replaced.
        await using var chain = await ChainScenario.StartAsync();
        var first = await chain.AnchorAsync(1, 4, ChainScenario.Root("before the window"), []);
        await chain.MineAsync(27);
        var snapshot = await chain.SnapshotAsync();
        await chain.MineAsync(3);
        var (follower, rpc) = chain.Follower(confirmations: 1, ChainScenario.IndexerOptions(window: 16));
        using var _ = rpc;
        await follower.CatchUpAsync();
        var head = await chain.HeadAsync();
        Assert.Equal([head - 15, head], (await chain.Index.ReadWindowAsync()).Select(b => b.Number).Order());

        // Act
        await chain.RevertAsync(snapshot);
        var second = await chain.AnchorAsync(2, 9, ChainScenario.Root("in the new history"), []);
        await chain.MineAsync(3);
        var result = await follower.CatchUpAsync();

        // Assert: rolled back to the older kept block, and everything after it indexed again.
        Assert.Equal(1, result.Reorgs);
        Assert.Contains($"rolled back 15 block(s) to the common ancestor block {head - 15}", (await chain.Index.ReadProgressAsync())!.LastReorg);
        Assert.NotNull(await chain.Index.FindAnchorAsync(first.TransactionHash, 0));
        Assert.NotNull(await chain.Index.FindAnchorAsync(second.TransactionHash, 0));
        Assert.Equal(await chain.BlockHashAsync(await chain.HeadAsync()), (await chain.Index.ReadProgressAsync())!.LastBlock!.Value.Hash);
    }

    [Fact]
    public async Task A_reorg_removes_the_recalls_and_membership_changes_of_the_lost_blocks()
    {
        await using var chain = await ChainScenario.StartAsync();
        var (follower, rpc) = chain.Follower(confirmations: 1);
        using var _ = rpc;
        await chain.AllianceAsync(new AdmitFunction(chain.AddressOf(1), "By-Health", "https://by-health.example/anchor.json"));
        await follower.CatchUpAsync();
        var snapshot = await chain.SnapshotAsync();
        await chain.AllianceAsync(new UpdateMemberFunction(chain.AddressOf(1), "By-Health Co.", ""));
        await chain.RecallAsync(1, BatchKey.Of(TestLedger.Gtin, "L1"), "contaminated raw material");
        await follower.CatchUpAsync();
        Assert.Equal("By-Health Co.", (await chain.Index.MemberAsync(chain.AddressOf(1)))!.Name);
        Assert.Single(await chain.Index.RecallsAsync(ChainScenario.ToBytes32(BatchKey.Of(TestLedger.Gtin, "L1"))));

        await chain.RevertAsync(snapshot);
        await chain.MineAsync(3);
        var result = await follower.CatchUpAsync();

        Assert.Equal(1, result.Reorgs);
        Assert.Equal("By-Health", (await chain.Index.MemberAsync(chain.AddressOf(1)))!.Name);
        Assert.Empty(await chain.Index.RecallsAsync(ChainScenario.ToBytes32(BatchKey.Of(TestLedger.Gtin, "L1"))));
    }

    [Fact]
    public async Task A_reorg_deeper_than_the_window_halts_with_a_loud_error_and_writes_nothing()
    {
        await using var chain = await ChainScenario.StartAsync();
        var (follower, rpc) = chain.Follower(confirmations: 1, ChainScenario.IndexerOptions(window: 4));
        using var _ = rpc;
        await follower.CatchUpAsync();
        var snapshot = await chain.SnapshotAsync();
        await chain.MineAsync(6);
        await follower.CatchUpAsync();
        var before = (await chain.Index.ReadProgressAsync())!.LastBlock;

        await chain.RevertAsync(snapshot);
        await chain.MineAsync(7);
        var error = await Assert.ThrowsAsync<DeepReorgException>(() => follower.StepAsync());

        Assert.StartsWith("REORG DEEPER THAN THE WINDOW", error.Message);
        Assert.Equal(4, error.WindowSize);
        Assert.Equal(before, error.IndexedTip);
        Assert.Equal(before, (await chain.Index.ReadProgressAsync())!.LastBlock);
    }
}
