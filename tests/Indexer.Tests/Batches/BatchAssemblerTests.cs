using Anchor.Indexer.Batches;
using Anchor.Indexer.Tests.Support;
using Anchor.Ledger.Storage.Sqlite;
using Xunit;

namespace Anchor.Indexer.Tests.Batches;

/// <summary>A finished lot's record, assembled with the raw-material lot its TransformationEvent consumed.</summary>
public sealed class BatchAssemblerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "anchor-indexer-tests", Guid.NewGuid().ToString("n"));

    [Fact]
    public async Task A_finished_lot_is_assembled_with_its_raw_material_lot_so_the_timeline_starts_at_the_origin()
    {
        // Arrange
        var ledger = new SqliteLedgerStore(new SqliteDatabase(Path.Combine(_folder, "anchor.db")));
        var (publisher, _, batches) = await SampleLedger.IngestAsync(ledger, _folder, "by-health", batches: 30);
        var sample = batches[0];

        // Act
        var batch = (await new BatchAssembler(ledger).AssembleAsync(publisher, BatchRef.Of(sample.Gtin, sample.Lot)))!;

        // Assert
        var input = Assert.Single(batch.Inputs);
        Assert.Equal((sample.RawGtin, sample.RawLot), (input.Batch.Gtin, input.Batch.Lot));
        Assert.Equal(1, input.Depth);
        Assert.Equal("TransformationEvent", batch.Entries.Single(e => e.Index == input.TransformationEntry).EventType);
        Assert.True(input.Entries.Count >= 3, "origin, receiving and incoming QC are filed under the raw lot");
        Assert.All(batch.Entries, e => Assert.Equal(sample.Lot, e.Lot));
        Assert.Equal(batch.Entries.Count + input.Entries.Count, batch.AllEntries.Count);
        var first = batch.Timeline[0];
        Assert.True(first.IsInput);
        Assert.Equal("commissioning", EventFacts.Of(first.Entry).BizStep);
        Assert.Equal(batch.Timeline.OrderBy(t => t.Entry.EventTime).Select(t => t.Entry.Index), batch.Timeline.Select(t => t.Entry.Index));
        Assert.Empty(await new BatchAssembler(ledger).FindAsync(BatchRef.Of(sample.Gtin, "NO-SUCH-LOT")));
    }

    [Theory]
    [InlineData("urn:epc:class:lgtin:9521001.000501.R260424000000", "09521001005012", "R260424000000")]
    [InlineData("urn:epc:class:lgtin:952100.1000501.R%2F26.04", "19521000005010", "R/26.04")]
    [InlineData("https://id.gs1.org/01/09521001005012/10/R2604", "09521001005012", "R2604")]
    [InlineData("https://brand.example/dl/01/09521001005012/22/V1/10/R%2026/21/7", "09521001005012", "R 26")]
    public void Lot_bearing_identifiers_name_their_batch(string identifier, string gtin, string lot)
    {
        Assert.True(LotIdentifiers.TryRead(identifier, out var readGtin, out var readLot));
        Assert.Equal((gtin, lot), (readGtin, readLot));
    }

    [Theory]
    [InlineData("urn:epc:id:sgtin:9521001.000501.12345")]
    [InlineData("urn:epc:id:sscc:9521001.0000000001")]
    [InlineData("https://id.gs1.org/01/09521001005012/21/778")]
    [InlineData("https://id.gs1.org/00/095210010000000017")]
    public void Identifiers_without_a_lot_name_no_batch(string identifier) =>
        Assert.False(LotIdentifiers.TryRead(identifier, out _, out _));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
