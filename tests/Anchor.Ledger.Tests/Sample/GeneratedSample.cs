using System.Text.Json;
using Anchor.Ledger.Sample;
using Xunit;

namespace Anchor.Ledger.Tests.Sample;

/// <summary>One event of a generated sample, with where it was found.</summary>
internal sealed record SampleEntry(string Brand, string File, int Position, JsonElement Event)
{
    public BatchKey Batch => BatchKey.Parse(BatchKey.LotIdentifiers(Event).First())!.Value;
    public string BizStep => Event.GetProperty("bizStep").GetString()!;
    public bool IsDeclaration => Event.TryGetProperty("errorDeclaration", out _);
}

/// <summary>
/// A mid-size sample (3,000 batches, about 30,000 events) generated once for the tests that read
/// it, with its manifest and every event in file order.
/// </summary>
public sealed class GeneratedSample : IDisposable
{
    public const int Batches = 3000;
    private readonly TempFolder _folder = new();
    private readonly List<JsonDocument> _documents = [];

    public GeneratedSample()
    {
        Result = SampleGenerator.Generate(new SampleOptions { OutputDirectory = Folder, Batches = Batches, Seed = 11 });
        var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "brands.json")));
        _documents.Add(manifest);
        Manifest = manifest.RootElement;
        foreach (var brand in Manifest.GetProperty("brands").EnumerateArray())
        {
            var slug = brand.GetProperty("slug").GetString()!;
            foreach (var file in Directory.GetFiles(Path.Combine(Folder, slug), "*.jsonld").Order(StringComparer.Ordinal))
            {
                var document = JsonDocument.Parse(File.ReadAllBytes(file));
                _documents.Add(document);
                Documents.Add((slug, document.RootElement));
                var position = 0;
                foreach (var evt in document.RootElement.GetProperty("epcisBody").GetProperty("eventList").EnumerateArray())
                {
                    Entries.Add(new SampleEntry(slug, Path.GetFileName(file), position++, evt));
                }
            }
        }
        ByBatch = Entries.GroupBy(e => e.Batch).ToDictionary(g => g.Key, g => g.ToList());
    }

    public string Folder => _folder.Combine("sample");
    public SampleResult Result { get; }
    public JsonElement Manifest { get; }
    internal List<(string Brand, JsonElement Root)> Documents { get; } = [];
    internal List<SampleEntry> Entries { get; } = [];
    internal Dictionary<BatchKey, List<SampleEntry>> ByBatch { get; }

    /// <summary>Every batch the manifest lists, with its brand.</summary>
    internal IEnumerable<(string Brand, JsonElement Batch)> ManifestBatches =>
        Manifest.GetProperty("brands").EnumerateArray().SelectMany(b =>
            b.GetProperty("batches").EnumerateArray().Select(batch => (b.GetProperty("slug").GetString()!, batch)));

    public void Dispose()
    {
        foreach (var d in _documents) d.Dispose();
        _folder.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class GeneratedSampleCollection : ICollectionFixture<GeneratedSample>
{
    public const string Name = "generated sample";
}
