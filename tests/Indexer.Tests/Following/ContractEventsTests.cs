using Anchor.Ethereum.Contracts.AllianceRegistry;
using Anchor.Indexer.Tests.Support;
using Anchor.Ledger.Entries;
using Xunit;

namespace Anchor.Indexer.Tests.Following;

/// <summary>Recalls and alliance membership changes, indexed from the contracts' events.</summary>
public class ContractEventsTests
{
    [Fact]
    public async Task Recalls_and_alliance_membership_changes_are_indexed_in_chain_order()
    {
        // Arrange
        await using var chain = await ChainScenario.StartAsync();
        var (byHealth, centrum, harbin) = (chain.AddressOf(1), chain.AddressOf(2), chain.AddressOf(3));
        await chain.AllianceAsync(new AdmitFunction(byHealth, "By-Health", "https://by-health.example/anchor.json"));
        await chain.AllianceAsync(new AdmitFunction(centrum, "Centrum", ""));
        await chain.AllianceAsync(new UpdateMemberFunction(byHealth, "By-Health Co., Ltd.", "https://by-health.example/v2.json"));
        await chain.AllianceAsync(new RemoveMemberFunction(centrum));
        await chain.AllianceAsync(new AdmitFunction(harbin, "Harbin Pharmaceutical Group", ""));
        var recall = await chain.RecallAsync(1, BatchKey.Of(TestLedger.Gtin, "L7"), "metal fragments found in QC");
        // Anyone may call recall with any key; only the publisher's own recall concerns its batch.
        await chain.RecallAsync(4, BatchKey.Of(TestLedger.Gtin, "L7"), "not my batch");

        // Act
        var result = await chain.CatchUpAsync();

        // Assert
        Assert.Equal(5, result.MembershipChanges);
        var byHealthMember = (await chain.Index.MemberAsync(byHealth))!;
        Assert.Equal(("By-Health Co., Ltd.", "https://by-health.example/v2.json", true), (byHealthMember.Name, byHealthMember.MetadataUri, byHealthMember.IsMember));
        var centrumMember = (await chain.Index.MemberAsync(centrum))!;
        Assert.False(centrumMember.IsMember);
        Assert.NotNull(centrumMember.RemovedAt);
        Assert.True((await chain.Index.MemberAsync(harbin))!.IsMember);
        Assert.Null(await chain.Index.MemberAsync(chain.AddressOf(4)));
        Assert.Equal(3, (await chain.Index.MembersAsync()).Count);

        var recalls = await chain.Index.RecallsAsync(ChainScenario.ToBytes32(BatchKey.Of(TestLedger.Gtin, "L7")));
        Assert.Equal(2, recalls.Count);
        var own = recalls.Single(r => r.Publisher == byHealth);
        Assert.Equal("metal fragments found in QC", own.Reason);
        Assert.Equal(recall.TransactionHash, own.Position.TransactionHash);
        var block = await chain.Account(0).Eth.GetBlockByNumberAsync(recall.BlockNumber);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds((long)block!.Timestamp), own.Position.BlockTime);
    }

    [Fact]
    public async Task Anchors_above_the_confirmation_depth_are_provisional_until_final()
    {
        await using var chain = await ChainScenario.StartAsync();
        var anchored = await chain.AnchorAsync(1, 5, ChainScenario.Root("five"), []);
        var (follower, rpc) = chain.Follower(confirmations: 3);
        using var _ = rpc;

        var step = await follower.StepAsync();

        Assert.Equal(1, step.ProvisionalAnchors);
        Assert.Equal((0L, 1L), await chain.Index.CountAnchorsAsync(null));
        var provisional = Assert.Single(await chain.Index.ListAnchorsAsync(null, 0));
        Assert.True(provisional.Provisional);
        Assert.Equal(anchored.TransactionHash, provisional.Position.TransactionHash);
        Assert.Equal(step.Head - 2, step.IndexedTo!.Value.Number);

        await chain.MineAsync(2);
        step = await follower.StepAsync();

        Assert.Equal(1, step.Anchors);
        Assert.Equal((1L, 0L), await chain.Index.CountAnchorsAsync(null));
        Assert.False(Assert.Single(await chain.Index.ListAnchorsAsync(null, 0)).Provisional);
    }
}
