using System.Text.Json;
using Anchor.Ledger.Entries;
using Anchor.Ledger.Epcis.Hashing;
using Anchor.Ledger.Ingest;
using Anchor.Ledger.Storage.Sqlite;
using Anchor.Ledger.Tests.Storage;
using Anchor.Merkle;
using Dapper;
using Xunit;
using static Anchor.Ledger.Tests.Ingest.IngestDocuments;

namespace Anchor.Ledger.Tests.Ingest;

public class LedgerIngestorTests
{
    [Fact]
    public async Task A_valid_document_lands_whole_with_leaves_that_recompute_from_the_stored_bytes()
    {
        using var temp = new TempDatabase();
        var store = new SqliteLedgerStore(temp.Database);
        var publisher = await store.GetOrCreatePublisherAsync("by-health");

        var outcome = await new LedgerIngestor(store).IngestDocumentAsync(publisher, Stream(Document(Event(1), Event(2), Event(3))), "doc.jsonld");

        Assert.Equal(new DocumentOutcome("doc.jsonld", 3, 0, 0, null), outcome);
        var entries = await store.ReadBatchAsync(publisher, BatchKey.Of(Gtin, Lot));
        var expectedLog = new MemoryNodeStore();
        foreach (var entry in entries)
        {
            using var stored = JsonDocument.Parse(entry.EventBytes);
            Assert.Equal(EventHashId.Compute(stored.RootElement, (JsonElement?)null).HashId, entry.EventHashId);
            Assert.Equal(LeafEncoding.LeafHash(entry.Salt, entry.BatchKey, entry.EventHashId, entry.EventBytes), entry.LeafHash);
            expectedLog.Append(entry.LeafHash);
        }
        var committed = (await store.FindPublisherAsync("by-health"))!;
        Assert.Equal(3UL, committed.Size);
        Assert.Equal(expectedLog.Root(), new MerkleLogReader(store.Nodes(committed)).Root(3));
    }

    [Fact]
    public async Task Ingesting_the_same_events_again_reports_duplicates_and_changes_nothing()
    {
        using var temp = new TempDatabase();
        var store = new SqliteLedgerStore(temp.Database);
        var publisher = await store.GetOrCreatePublisherAsync("by-health");
        var ingestor = new LedgerIngestor(store);
        await ingestor.IngestDocumentAsync(publisher, Stream(Document(Event(1), Event(2))), "first.jsonld");

        // The same two events in another order, one of them with its time written in UTC (the same
        // instant, so the same hash ID), plus a new one.
        var utc = Event(1).Replace("2026-05-11T08:01:00.000+08:00", "2026-05-11T00:01:00Z");
        var again = await ingestor.IngestDocumentAsync(publisher, Stream(Document(Event(2), utc, Event(7))), "second.jsonld");

        Assert.Equal(new DocumentOutcome("second.jsonld", 1, 2, 0, null), again);
        Assert.Equal(3UL, (await store.FindPublisherAsync("by-health"))!.Size);
    }

    [Fact]
    public async Task An_event_repeated_within_one_document_is_stored_once()
    {
        using var temp = new TempDatabase();
        var store = new SqliteLedgerStore(temp.Database);
        var publisher = await store.GetOrCreatePublisherAsync("by-health");

        var outcome = await new LedgerIngestor(store).IngestDocumentAsync(publisher, Stream(Document(Event(4), Event(4))), "doc.jsonld");

        Assert.Equal(1, outcome.Accepted);
        Assert.Equal(1, outcome.Duplicates);
    }

    [Fact]
    public async Task A_bad_event_rejects_the_whole_document_and_names_file_event_path_and_reason()
    {
        using var temp = new TempDatabase();
        var store = new SqliteLedgerStore(temp.Database);
        var publisher = await store.GetOrCreatePublisherAsync("by-health");

        var outcome = await new LedgerIngestor(store).IngestDocumentAsync(
            publisher, Stream(Document(Event(1), Event(2, timeZoneOffset: "+8:00"), Event(3))), "shipments/may.jsonld");

        Assert.False(outcome.Landed);
        Assert.Equal(0, outcome.Accepted);
        Assert.Contains("shipments/may.jsonld", outcome.Error);
        Assert.Contains("event 1", outcome.Error);
        Assert.Contains("$.epcisBody.eventList[1].eventTimeZoneOffset", outcome.Error);
        Assert.Contains("+8:00", outcome.Error);
        await using var connection = temp.Database.Open();
        Assert.Equal(0, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM entries"));
        Assert.Equal(0UL, (await store.FindPublisherAsync("by-health"))!.Size);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(40)]
    public async Task A_rejected_document_counts_the_events_read_before_its_error(int goodEvents)
    {
        using var temp = new TempDatabase();
        var store = new SqliteLedgerStore(temp.Database);
        var publisher = await store.GetOrCreatePublisherAsync("by-health");
        var events = Enumerable.Range(1, goodEvents).Select(i => Event(i)).Append(Event(goodEvents + 1, timeZoneOffset: "+8:00")).ToArray();

        var outcome = await new LedgerIngestor(store).IngestDocumentAsync(publisher, Stream(Document(events)), "doc.jsonld");

        Assert.False(outcome.Landed);
        Assert.Equal((0, goodEvents), (outcome.Accepted, outcome.Rejected));
    }

    [Fact]
    public async Task A_rejected_document_leaves_the_earlier_ones_in_place()
    {
        using var temp = new TempDatabase();
        var store = new SqliteLedgerStore(temp.Database);
        var publisher = await store.GetOrCreatePublisherAsync("by-health");
        var ingestor = new LedgerIngestor(store);

        var good = await ingestor.IngestDocumentAsync(publisher, Stream(Document(Event(1))), "good.jsonld");
        var truncated = await ingestor.IngestDocumentAsync(publisher, Stream(Document(Event(2), Event(3))[..^40]), "truncated.jsonld");

        Assert.True(good.Landed);
        Assert.False(truncated.Landed);
        Assert.Equal(1UL, (await store.FindPublisherAsync("by-health"))!.Size);
    }

    [Fact]
    public async Task An_event_without_a_batch_is_rejected()
    {
        using var temp = new TempDatabase();
        var store = new SqliteLedgerStore(temp.Database);
        var publisher = await store.GetOrCreatePublisherAsync("by-health");
        var noLot = Event(1).Replace("\"quantityList\": [ { \"epcClass\": \"urn:epc:class:lgtin:9520123.045678.L2026-05A\", \"quantity\": 10, \"uom\": \"H87\" } ]",
            "\"epcList\": [ \"urn:epc:id:sscc:9520123.0000000001\" ]");

        var outcome = await new LedgerIngestor(store).IngestDocumentAsync(publisher, Stream(Document(noLot)), "doc.jsonld");

        Assert.False(outcome.Landed);
        Assert.Contains("no batch", outcome.Error);
    }
}

public class ErrorDeclarationIngestTests
{
    [Fact]
    public async Task A_declaration_is_appended_although_it_shares_the_hash_ID_of_the_event_it_retracts()
    {
        using var temp = new TempDatabase();
        var store = new SqliteLedgerStore(temp.Database);
        var publisher = await store.GetOrCreatePublisherAsync("by-health");
        var ingestor = new LedgerIngestor(store);
        var original = Event(5);
        var declaration = original.TrimEnd().TrimEnd('}') +
            """, "errorDeclaration": { "declarationTime": "2026-05-12T10:00:00.000+08:00", "reason": "incorrect_data" } }""";

        var first = await ingestor.IngestDocumentAsync(publisher, Stream(Document(original)), "original.jsonld");
        var second = await ingestor.IngestDocumentAsync(publisher, Stream(Document(declaration)), "declaration.jsonld");
        var again = await ingestor.IngestDocumentAsync(publisher, Stream(Document(declaration, original)), "both-again.jsonld");

        Assert.Equal(1, first.Accepted);
        Assert.Equal(1, second.Accepted);
        Assert.Equal(new DocumentOutcome("both-again.jsonld", 0, 2, 0, null), again);
        var entries = await store.ReadBatchAsync(publisher, BatchKey.Of(Gtin, Lot));
        Assert.Equal(entries[0].EventHashId, entries[1].EventHashId);
        Assert.False(entries[0].IsErrorDeclaration);
        Assert.Equal(DateTimeOffset.Parse("2026-05-12T02:00:00Z"), entries[1].DeclaredAt);
    }
}
