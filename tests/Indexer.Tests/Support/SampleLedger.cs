using System.Text.Json;
using Anchor.Ledger.Ingest;
using Anchor.Ledger.Sample;
using Anchor.Ledger.Storage;

namespace Anchor.Indexer.Tests.Support;

/// <summary>A finished lot of the sample data and the raw-material lot it was made from.</summary>
public sealed record SampleBatch(string Gtin, string Lot, string RawGtin, string RawLot, int Events);

/// <summary>The sample scenario (<c>anchor sample</c>) ingested for one brand, as <c>anchor ingest</c> would.</summary>
public static class SampleLedger
{
    /// <summary>Writes a sample of <paramref name="batches"/> batches under <paramref name="folder"/> and ingests <paramref name="brand"/>'s documents.</summary>
    public static async Task<(Publisher Publisher, string BrandsFile, IReadOnlyList<SampleBatch> Batches)> IngestAsync(
        ILedgerStore ledger, string folder, string brand, int batches)
    {
        var output = Path.Combine(folder, "sample");
        SampleGenerator.Generate(new SampleOptions { OutputDirectory = output, Batches = batches, Seed = 11 });
        var publisher = await ledger.GetOrCreatePublisherAsync(brand);
        var ingestor = new LedgerIngestor(ledger);
        foreach (var file in Directory.GetFiles(Path.Combine(output, brand), "*.jsonld").Order(StringComparer.Ordinal))
        {
            await using var stream = File.OpenRead(file);
            var outcome = await ingestor.IngestDocumentAsync(publisher, stream, Path.GetFileName(file));
            if (!outcome.Landed) throw new InvalidOperationException($"the sample document {file} was rejected: {outcome.Error}");
        }
        var brandsFile = Path.Combine(output, "brands.json");
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(brandsFile));
        var list = manifest.RootElement.GetProperty("brands").EnumerateArray().Single(b => b.GetProperty("slug").GetString() == brand)
            .GetProperty("batches").EnumerateArray()
            .Select(b => new SampleBatch(b.GetProperty("gtin").GetString()!, b.GetProperty("lot").GetString()!,
                b.GetProperty("rawMaterial").GetProperty("gtin").GetString()!, b.GetProperty("rawMaterial").GetProperty("lot").GetString()!,
                b.GetProperty("events").GetInt32()))
            .ToArray();
        return ((await ledger.FindPublisherAsync(brand))!, brandsFile, list);
    }
}
