using Anchor.Indexer.Following;
using Anchor.Indexer.Tests.Support;
using Xunit;

namespace Anchor.Indexer.Tests.Following;

/// <summary>A restarted Hardhat node keeps its chain id but starts a new chain: the index starts over.</summary>
public class ChainResetTests
{
    [Fact]
    public async Task A_node_restarted_under_a_running_follower_is_seen_as_a_chain_reset_and_indexed_again()
    {
        // Arrange: two anchors indexed on the first chain.
        await using var chain = await ChainScenario.StartAsync();
        var brand = await TestLedger.CreateAsync(chain.Ledger, "brand-a", chain.AddressOf(1).ToString(), "L1", "L2", "L3");
        var first = await chain.AnchorLedgerAsync(1, brand, 0, 1);
        await chain.AnchorLedgerAsync(1, brand, 1, 2);
        var (follower, rpc) = chain.Follower(confirmations: 1);
        using var _ = rpc;
        await follower.CatchUpAsync();
        var oldGenesis = chain.Deployment.GenesisHash;

        // Act: the node restarts on the same port; the contracts are deployed again and anchored from scratch.
        await chain.RestartNodeAsync(samePort: true);
        var fresh = await chain.AnchorLedgerAsync(1, brand, 0, 3);
        var result = await follower.CatchUpAsync();

        // Assert
        Assert.Equal(1, result.Resets);
        var progress = (await chain.Index.ReadProgressAsync())!;
        Assert.NotEqual(oldGenesis, progress.Identity.GenesisHash);
        Assert.Equal(chain.Deployment.GenesisHash, progress.Identity.GenesisHash);
        Assert.Equal(chain.Deployment.AnchorRegistry.Address, progress.Identity.AnchorRegistry);
        Assert.Equal(1, progress.Resets);
        Assert.Contains("chain reset: the genesis block changed", progress.LastReset);
        var anchor = Assert.Single(await chain.Index.ListAnchorsAsync(null, 0));
        Assert.Equal(fresh.TransactionHash, anchor.Position.TransactionHash);
        Assert.Equal((0UL, 3UL), (anchor.PreviousSize, anchor.Size));
        Assert.Null(await chain.Index.FindAnchorAsync(first.TransactionHash, 0));
        Assert.Equal(await chain.HeadAsync(), progress.LastBlock!.Value.Number);
    }

    [Fact]
    public async Task An_indexer_pointed_at_a_restarted_node_starts_the_index_over()
    {
        await using var chain = await ChainScenario.StartAsync();
        await chain.AnchorAsync(1, 1, ChainScenario.Root("a root of the first chain"), []);
        await chain.CatchUpAsync();

        await chain.RestartNodeAsync(samePort: false);
        await chain.MineAsync(2);
        var result = await chain.CatchUpAsync();

        Assert.Equal(0, result.Resets);
        var progress = (await chain.Index.ReadProgressAsync())!;
        Assert.Equal(1, progress.Resets);
        Assert.Contains("chain reset: the genesis block changed", progress.LastReset);
        Assert.Empty(await chain.Index.ListAnchorsAsync(null, 0));
        Assert.Equal(await chain.HeadAsync(), progress.LastBlock!.Value.Number);
    }

    [Fact]
    public async Task A_stale_deployment_file_after_a_restart_is_an_error_that_names_the_fix()
    {
        await using var chain = await ChainScenario.StartAsync();
        await chain.CatchUpAsync();
        var stale = File.ReadAllText(chain.DeploymentPath.Replace("{chainId}", "31337", StringComparison.Ordinal));

        await chain.RestartNodeAsync(samePort: true);
        File.WriteAllText(chain.DeploymentPath.Replace("{chainId}", "31337", StringComparison.Ordinal), stale);
        var (follower, rpc) = chain.Follower();
        using var _ = rpc;
        var error = await Assert.ThrowsAsync<Anchor.Chain.ChainMismatchException>(() => follower.StepAsync());

        Assert.Contains("run `anchor deploy` again", error.Message);
    }
}
