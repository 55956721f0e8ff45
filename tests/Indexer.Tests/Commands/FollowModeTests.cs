using Anchor.Indexer.Tests.Support;
using Anchor.TestSupport;
using Xunit;

namespace Anchor.Indexer.Tests.Commands;

/// <summary><c>indexer run</c> as a long-running follower, with a node that fails for a while.</summary>
public class FollowModeTests
{
    [Fact]
    public async Task The_follower_indexes_new_anchors_and_rides_out_a_node_outage_with_backoff()
    {
        // Arrange: the follower reaches the node through a proxy that can fail on demand.
        await using var chain = await ChainScenario.StartAsync();
        await using var proxy = await FaultyRpcProxy.StartAsync(chain.Node.RpcUrl);
        var environment = chain.Environment(1, proxy.Url, ("Indexer:MaxBackoff", "00:00:01"), ("Chain:RpcTimeout", "00:00:02"));
        await using var follower = CliRunner.Start("indexer", ["run"], environment);
        var first = await chain.AnchorAsync(1, 1, ChainScenario.Root("first"), []);
        await WaitForAnchorAsync(chain, first.TransactionHash, follower);

        // Act: the node is unreachable for a while (every request answered 503), then back.
        proxy.Inject(RpcFault.ServiceUnavailable);
        await follower.WaitForOutputAsync(o => o.Contains("indexing step failed (2 in a row)", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        var second = await chain.AnchorAsync(2, 1, ChainScenario.Root("second"), []);
        proxy.Heal();
        await WaitForAnchorAsync(chain, second.TransactionHash, follower);

        // Assert: still running, the outage logged and recorded, both anchors indexed.
        Assert.False(follower.HasExited, follower.StandardOutput + follower.StandardError);
        Assert.Contains("HTTP 503", follower.StandardOutput + follower.StandardError);
        var progress = (await chain.Index.ReadProgressAsync())!;
        Assert.Contains("HTTP 503", progress.LastError);
        Assert.Equal((2L, 0L), await chain.Index.CountAnchorsAsync(null));
    }

    private static async Task WaitForAnchorAsync(ChainScenario chain, Anchor.Ethereum.Bytes32 transaction, RunningCli follower)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (await chain.Index.FindAnchorAsync(transaction, 0) is null)
        {
            if (follower.HasExited) throw new InvalidOperationException($"the indexer exited:\n{follower.StandardOutput}\n{follower.StandardError}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"anchor {transaction} was not indexed:\n{follower.StandardOutput}\n{follower.StandardError}");
            await Task.Delay(100);
        }
    }
}
