using Anchor.Ledger.Epcis;
using Anchor.Ledger.Epcis.Identifiers;
using Anchor.Ledger.Epcis.Validation;
using Anchor.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace Anchor.Ledger.Tests.Epcis.Reading;

/// <summary>
/// GS1's own EPCIS 2.0 example documents and the event-hash test documents (../shared/epcis, beside
/// the checkout) must all read and validate. Many of them name no single batch (SSCCs, SGTINs,
/// two lots in one list): batches are Anchor's rule, not GS1's, so they are read with
/// RequireBatch = false, and what the batch rule would say is printed for each event.
/// When the folder is absent, the tests say so in their output.
/// </summary>
public sealed class Gs1ConformanceTests(ITestOutputHelper output)
{
    private static readonly string SharedEpcis = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "epcis"));

    [Fact]
    public Task Every_GS1_example_document_validates() => ReadEveryDocumentAsync("examples");

    [Fact]
    public Task Every_event_hash_test_document_validates() => ReadEveryDocumentAsync("hash-vectors");

    [Fact]
    public async Task Every_event_of_the_hash_test_documents_is_read_in_order()
    {
        var folder = Path.Combine(SharedEpcis, "hash-vectors");
        if (!Directory.Exists(folder))
        {
            output.WriteLine($"SKIPPED: {folder} does not exist; GS1 reference material is not beside this checkout.");
            return;
        }
        foreach (var document in Directory.GetFiles(folder, "*.jsonld").Order())
        {
            var hashes = File.ReadAllLines(Path.ChangeExtension(document, ".hashes")).Count(line => line.Trim().Length > 0);

            var events = await ReadAsync(document);

            // Some documents carry more events than vectors on purpose; none carries fewer.
            Assert.True(events.Count >= hashes, $"{Path.GetFileName(document)}: {events.Count} events, {hashes} hashes");
            Assert.Equal(Enumerable.Range(0, events.Count), events.Select(e => e.Index));
        }
    }

    private async Task ReadEveryDocumentAsync(string subfolder)
    {
        var folder = Path.Combine(SharedEpcis, subfolder);
        if (!Directory.Exists(folder))
        {
            output.WriteLine($"SKIPPED: {folder} does not exist; GS1 reference material is not beside this checkout.");
            return;
        }
        var documents = Directory.GetFiles(folder, "*.jsonld").Order().ToList();
        Assert.NotEmpty(documents);
        foreach (var document in documents)
        {
            var events = await ReadAsync(document);

            output.WriteLine($"{Path.GetFileName(document)}: {events.Count} events");
            foreach (var epcisEvent in events)
            {
                output.WriteLine($"  [{epcisEvent.Index}] {epcisEvent.EventType,-19} {StrictBatch(epcisEvent)}");
            }
        }
    }

    private static async Task<List<EpcisEvent>> ReadAsync(string document)
    {
        await using var file = File.OpenRead(document);
        return await EpcisReading.ReadAllAsync(file, new EpcisReaderOptions(RequireBatch: false), Path.GetFileName(document));
    }

    // What the ledger's rule says of one event: its batch, or why it would be refused.
    private static string StrictBatch(EpcisEvent epcisEvent)
    {
        var decision = BatchRule.Decide(EventIdentifierReader.Read(epcisEvent.Element, JsonPath.Root, epcisEvent.EventType));
        return decision.Batch is { } batch ? $"batch {batch}" : $"refused by the batch rule: {decision.Failure!.Reason}";
    }
}
