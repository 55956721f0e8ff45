using Anchor.Indexer.Tests.Support;
using Dapper;
using Xunit;

namespace Anchor.Indexer.Tests.Following;

/// <summary>Rows are keyed by (transaction hash, log index): indexing the same blocks again changes nothing.</summary>
public class IdempotencyTests
{
    private static readonly string[] Tables =
        ["indexer_anchors", "indexer_batch_anchors", "indexer_recalls", "indexer_membership_changes", "indexer_blocks"];

    [Fact]
    public async Task Indexing_the_same_range_again_changes_no_row()
    {
        // Arrange
        await using var chain = await ChainScenario.StartAsync();
        var brand = await TestLedger.CreateAsync(chain.Ledger, "brand-a", chain.AddressOf(1).ToString(), "L1", "L2", "L1", "L3");
        await chain.AnchorLedgerAsync(1, brand, 0, 2);
        await chain.AnchorLedgerAsync(1, brand, 2, 4);
        await chain.AllianceAsync(new Anchor.Ethereum.Contracts.AllianceRegistry.AdmitFunction(chain.AddressOf(1), "Sunvarra Botanicals", ""));
        await chain.RecallAsync(1, Anchor.Ledger.Entries.BatchKey.Of(TestLedger.Gtin, "L2"), "mislabelled");
        await chain.CatchUpAsync();
        var before = await DumpAsync(chain);

        // Act: the progress goes back to before the first block (as if restored from an older
        // copy), and the same blocks are indexed over the rows already there; then once more with
        // nothing new.
        await using (var connection = chain.Database.Open())
        {
            await connection.ExecuteAsync("UPDATE indexer_progress SET block_number = NULL, block_hash = NULL");
        }
        var again = await chain.CatchUpAsync();
        var nothingNew = await chain.CatchUpAsync();

        // Assert
        Assert.Equal(2, again.Anchors);
        Assert.Equal(0, nothingNew.Anchors);
        Assert.Equal(0, nothingNew.Last.Blocks);
        Assert.Equal(before, await DumpAsync(chain));
    }

    private static async Task<string> DumpAsync(ChainScenario chain)
    {
        await using var connection = chain.Database.Open();
        var dump = new System.Text.StringBuilder();
        foreach (var table in Tables)
        {
            var rows = await connection.QueryAsync($"SELECT * FROM {table} ORDER BY 1, 2");
            dump.AppendLine($"{table}: {rows.Count()}");
            foreach (IDictionary<string, object?> row in rows)
            {
                dump.AppendLine(string.Join("|", row.Select(c => c.Value is byte[] b ? Convert.ToHexString(b) : c.Value?.ToString())));
            }
        }
        var progress = (await chain.Index.ReadProgressAsync())!;
        dump.AppendLine($"progress: {progress.LastBlock} {progress.Identity}");
        return dump.ToString();
    }
}
