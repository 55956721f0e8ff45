using System.Text.Json;
using Anchor.Ledger.Epcis;
using Anchor.TestSupport;
using Xunit;

namespace Anchor.Ledger.Tests.Epcis.Reading;

/// <summary>
/// Walks tests/vectors/epcis-documents: every valid/NAME.jsonld must read to the events listed in
/// valid/NAME.expected.json, and every invalid/NAME.jsonld must fail exactly as
/// invalid/NAME.expected.json says. A new case is a new pair of files.
/// </summary>
public sealed class DocumentVectorTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Vectors, "epcis-documents");

    public static TheoryData<string> ValidDocuments() => Documents("valid");

    public static TheoryData<string> InvalidDocuments() => Documents("invalid");

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public async Task Valid_document_reads_to_the_expected_events(string name)
    {
        var expected = Expectation("valid", name);

        var events = await ReadAsync("valid", name, Options(expected), readBufferBytes: null);

        var expectedEvents = expected.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(expectedEvents.Count, events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var want = expectedEvents[i];
            Assert.Equal(i, events[i].Index);
            Assert.Equal(want.GetProperty("type").GetString(), events[i].EventType);
            Assert.Equal(DateTimeOffset.Parse(want.GetProperty("eventTime").GetString()!), events[i].EventTime);
            var batch = want.GetProperty("batch");
            Assert.Equal(batch.ValueKind == JsonValueKind.Null ? null : batch.GetString(), events[i].Batch?.ToString());
            if (want.TryGetProperty("path", out var path))
            {
                Assert.Equal(path.GetString(), events[i].JsonPath);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public async Task Valid_document_reads_the_same_through_a_tiny_buffer_and_a_non_seekable_stream(string name)
    {
        var expected = Expectation("valid", name);
        var reference = await ReadAsync("valid", name, Options(expected), readBufferBytes: null);

        var chunked = await ReadAsync("valid", name, Options(expected), readBufferBytes: 16, seekable: false);

        Assert.Equal(reference.Select(e => Convert.ToHexString(e.Bytes)), chunked.Select(e => Convert.ToHexString(e.Bytes)));
        Assert.Equal(reference.Select(e => e.Batch), chunked.Select(e => e.Batch));
    }

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public async Task Invalid_document_is_rejected_with_the_expected_error(string name)
    {
        var expected = Expectation("invalid", name);

        var (error, eventsBefore) = await ReadErrorAsync(name, Options(expected));

        Assert.Equal(expected.GetProperty("kind").GetString(), error.Kind.ToString());
        Assert.Equal(expected.GetProperty("path").GetString(), error.JsonPath);
        Assert.Equal(expected.GetProperty("reason").GetString(), error.Reason);
        var eventIndex = expected.TryGetProperty("eventIndex", out var index) && index.ValueKind == JsonValueKind.Number
            ? index.GetInt32()
            : (int?)null;
        Assert.Equal(eventIndex, error.EventIndex);
        Assert.Equal(expected.TryGetProperty("eventsBeforeError", out var before) ? before.GetInt32() : eventIndex ?? 0, eventsBefore);
        Assert.StartsWith(name + ".json", error.SourceName);
    }

    [Fact]
    public void Every_vector_has_its_expectation_and_every_expectation_its_vector()
    {
        foreach (var kind in new[] { "valid", "invalid" })
        {
            var files = Directory.GetFiles(Path.Combine(Folder, kind)).Select(Path.GetFileName).ToList();
            var documents = files.Where(IsDocument).Select(f => DocumentName(f!)).ToHashSet();
            var expectations = files.Where(f => f!.EndsWith(".expected.json")).Select(f => f![..^".expected.json".Length]).ToHashSet();
            Assert.Equal(documents.Order(), expectations.Order());
        }
    }

    private static async Task<List<EpcisEvent>> ReadAsync(string kind, string name, EpcisReaderOptions options, int? readBufferBytes, bool seekable = true)
    {
        if (readBufferBytes is { } size)
        {
            options = options with { ReadBufferBytes = size };
        }
        await using var file = File.OpenRead(DocumentPath(kind, name));
        return await EpcisReading.ReadAllAsync(seekable ? file : new NonSeekableStream(file), options, Path.GetFileName(DocumentPath(kind, name)));
    }

    private static async Task<(EpcisValidationException, int)> ReadErrorAsync(string name, EpcisReaderOptions options)
    {
        var path = DocumentPath("invalid", name);
        await using var file = File.OpenRead(path);
        var count = 0;
        try
        {
            await foreach (var _ in EpcisDocumentReader.ReadEventsAsync(file, Path.GetFileName(path), options))
            {
                count++;
            }
        }
        catch (EpcisValidationException e)
        {
            return (e, count);
        }
        throw new Xunit.Sdk.XunitException($"{name}: expected an error; {count} events were read without one");
    }

    private static EpcisReaderOptions Options(JsonElement expected) =>
        expected.TryGetProperty("options", out var options) && options.TryGetProperty("requireBatch", out var requireBatch)
            ? new EpcisReaderOptions(RequireBatch: requireBatch.GetBoolean())
            : EpcisReaderOptions.Default;

    private static JsonElement Expectation(string kind, string name) =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, kind, name + ".expected.json"))).RootElement;

    private static string DocumentPath(string kind, string name) =>
        Directory.GetFiles(Path.Combine(Folder, kind), name + ".*").Single(IsDocument);

    private static TheoryData<string> Documents(string kind) =>
        new(Directory.GetFiles(Path.Combine(Folder, kind)).Where(IsDocument).Select(f => DocumentName(Path.GetFileName(f))).Order());

    private static bool IsDocument(string? file) => file is not null && (file.EndsWith(".jsonld") || file.EndsWith(".json")) && !file.EndsWith(".expected.json");

    private static string DocumentName(string file) => Path.GetFileNameWithoutExtension(file);
}
