using Anchor.Indexer.Batches;
using Anchor.Indexer.Model;
using Anchor.Indexer.Queries;
using Anchor.Indexer.Tests.Support;
using Anchor.Merkle;
using Xunit;

namespace Anchor.Indexer.Tests.Mapping;

/// <summary>Anchors mapped back to the local ledger: roots recomputed and compared, entries mapped to batches.</summary>
public class MappingTests
{
    [Fact]
    public async Task The_batch_map_records_which_anchor_first_covered_each_entry_and_the_latest_covering_all()
    {
        // Arrange: entries 0..5 of lots A B A C B A, anchored at sizes 2, 4 and 6.
        await using var chain = await ChainScenario.StartAsync();
        var brand = await TestLedger.CreateAsync(chain.Ledger, "brand-a", chain.AddressOf(1).ToString(), "A", "B", "A", "C", "B", "A");
        var anchors = new[]
        {
            await chain.AnchorLedgerAsync(1, brand, 0, 2),
            await chain.AnchorLedgerAsync(1, brand, 2, 4),
            await chain.AnchorLedgerAsync(1, brand, 4, 6),
        }.Select(r => r.TransactionHash).ToArray();

        // Act
        await chain.CatchUpAsync();

        // Assert: the stored map, batch by batch.
        var address = chain.AddressOf(1);
        var lotA = BatchRef.Of(TestLedger.Gtin, "A");
        var rowsA = await chain.Index.BatchCoverageAsync(address, ChainScenario.ToBytes32(lotA.Key));
        Assert.Equal([(anchors[0], 0UL, 0UL, 1), (anchors[1], 2UL, 2UL, 1), (anchors[2], 5UL, 5UL, 1)],
            rowsA.Select(r => (r.AnchorTransactionHash, r.FirstEntry, r.LastEntry, r.Entries)));
        var rowsB = await chain.Index.BatchCoverageAsync(address, ChainScenario.ToBytes32(BatchRef.Of(TestLedger.Gtin, "B").Key));
        Assert.Equal([(anchors[0], 1UL), (anchors[2], 4UL)], rowsB.Select(r => (r.AnchorTransactionHash, r.FirstEntry)));
        Assert.All(await chain.Index.ListAnchorsAsync(address, 0), a => Assert.Equal(AnchorMappingStatus.Matched, a.Mapping.Status));

        // And the lookup the tags use: per entry, and the newest anchor covering them all.
        var batch = (await new BatchAssembler(chain.Ledger).AssembleAsync(brand, lotA))!;
        var anchoring = await new BatchAnchorLookup(chain.Index).LookupAsync(batch);
        Assert.Equal([(0UL, anchors[0]), (2UL, anchors[1]), (5UL, anchors[2])],
            anchoring.Entries.Select(e => (e.EntryIndex, e.FirstCoveredBy!.Position.TransactionHash)));
        Assert.Equal(anchors[2], anchoring.LatestCoveringAll!.Position.TransactionHash);
        Assert.Equal(6UL, anchoring.LatestCoveringAll.Size);

        // A new entry of lot A is pending until an anchor covers it; then that anchor covers all.
        brand = await TestLedger.AppendAsync(chain.Ledger, "brand-a", "C", "A");
        batch = (await new BatchAssembler(chain.Ledger).AssembleAsync(brand, lotA))!;
        var pending = await new BatchAnchorLookup(chain.Index).LookupAsync(batch);
        Assert.Equal(1, pending.PendingEntries);
        Assert.Null(pending.LatestCoveringAll);
        var fourth = await chain.AnchorLedgerAsync(1, brand, 6, 8);
        await chain.CatchUpAsync();
        var covered = await new BatchAnchorLookup(chain.Index).LookupAsync(batch);
        Assert.Equal(fourth.TransactionHash, covered.LatestCoveringAll!.Position.TransactionHash);
        Assert.Equal(fourth.TransactionHash, covered.Entries.Single(e => e.EntryIndex == 7).FirstCoveredBy!.Position.TransactionHash);
    }

    [Fact]
    public async Task An_anchored_root_that_the_ledger_does_not_hold_is_flagged_as_a_root_mismatch()
    {
        // Arrange: brand-a's ledger has 3 entries; its key anchors the root of 3 other leaves.
        await using var chain = await ChainScenario.StartAsync();
        var brand = await TestLedger.CreateAsync(chain.Ledger, "brand-a", chain.AddressOf(1).ToString(), "A", "B", "C");
        var other = new MemoryNodeStore();
        foreach (var text in new[] { "x", "y", "z" }) other.Append(new Hash32(ChainScenario.Root(text).ToArray()));
        var forged = await chain.AnchorAsync(1, 3, ChainScenario.ToBytes32(other.Root()), []);

        // Act
        await chain.CatchUpAsync();

        // Assert
        var anchor = (await chain.Index.FindAnchorAsync(forged.TransactionHash, 0))!;
        var ledgerRoot = ChainScenario.ToBytes32(new MerkleLogReader(chain.Ledger.Nodes(brand)).Root(3));
        Assert.Equal(AnchorMappingStatus.RootMismatch, anchor.Mapping.Status);
        Assert.True(anchor.Mapping.IsFlagged);
        Assert.Equal("brand-a", anchor.Mapping.LedgerPublisher);
        Assert.Equal(ledgerRoot, anchor.Mapping.LedgerRoot);
        Assert.Equal(forged.TransactionHash, Assert.Single(await chain.Index.FlaggedAnchorsAsync()).Position.TransactionHash);
        Assert.Empty(await chain.Index.BatchCoverageAsync(chain.AddressOf(1), ChainScenario.ToBytes32(BatchRef.Of(TestLedger.Gtin, "A").Key)));
        var batch = (await new BatchAssembler(chain.Ledger).AssembleAsync(brand, BatchRef.Of(TestLedger.Gtin, "A")))!;
        var anchoring = await new BatchAnchorLookup(chain.Index).LookupAsync(batch);
        Assert.Null(anchoring.LatestCoveringAll);
        Assert.Equal(forged.TransactionHash, Assert.Single(anchoring.Flagged).Position.TransactionHash);
    }

    [Fact]
    public async Task Anchors_of_unknown_addresses_are_recorded_and_mapped_once_their_ledger_is_known()
    {
        // Arrange: brand-c's ledger exists but the worker has not recorded its address yet.
        await using var chain = await ChainScenario.StartAsync();
        var brand = await TestLedger.AppendAsync(chain.Ledger, "brand-c", "A", "B", "A");
        var anchored = await chain.AnchorLedgerAsync(3, brand, 0, 3);
        var stranger = await chain.AnchorAsync(4, 7, ChainScenario.Root("someone else's log"), []);
        var (follower, rpc) = chain.Follower();
        using var _ = rpc;
        await follower.CatchUpAsync();
        Assert.Equal(AnchorMappingStatus.NotOurLedger, (await chain.Index.FindAnchorAsync(anchored.TransactionHash, 0))!.Mapping.Status);

        // Act
        await chain.Ledger.SetPublisherAddressAsync(brand, chain.AddressOf(3).ToString());
        var step = await follower.StepAsync();

        // Assert
        Assert.Equal(1, step.Remapped);
        Assert.Equal(AnchorMappingStatus.Matched, (await chain.Index.FindAnchorAsync(anchored.TransactionHash, 0))!.Mapping.Status);
        Assert.Equal(AnchorMappingStatus.NotOurLedger, (await chain.Index.FindAnchorAsync(stranger.TransactionHash, 0))!.Mapping.Status);
        var rows = await chain.Index.BatchCoverageAsync(chain.AddressOf(3), ChainScenario.ToBytes32(BatchRef.Of(TestLedger.Gtin, "A").Key));
        Assert.Equal((0UL, 2UL, 2), (Assert.Single(rows).FirstEntry, rows[0].LastEntry, rows[0].Entries));
    }

    [Fact]
    public async Task An_anchor_beyond_the_ledger_is_ledger_behind_and_is_checked_again_as_the_ledger_grows()
    {
        await using var chain = await ChainScenario.StartAsync();
        var brand = await TestLedger.CreateAsync(chain.Ledger, "brand-d", chain.AddressOf(5).ToString(), "A", "B");
        var ahead = await chain.AnchorAsync(5, 4, ChainScenario.Root("four entries this ledger lacks"), []);
        var (follower, rpc) = chain.Follower();
        using var _ = rpc;
        await follower.CatchUpAsync();
        Assert.Equal(AnchorMappingStatus.LedgerBehind, (await chain.Index.FindAnchorAsync(ahead.TransactionHash, 0))!.Mapping.Status);
        Assert.Empty(await chain.Index.FlaggedAnchorsAsync());

        // The ledger reaches size 4 with entries other than those anchored: now it is a mismatch.
        await TestLedger.AppendAsync(chain.Ledger, "brand-d", "C", "D");
        await follower.StepAsync();

        Assert.Equal(AnchorMappingStatus.RootMismatch, (await chain.Index.FindAnchorAsync(ahead.TransactionHash, 0))!.Mapping.Status);
    }
}
