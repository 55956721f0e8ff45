using System.Globalization;

namespace Anchor.Ledger.Sample;

/// <summary>
/// Writes one brand's folder: its batches, planned in order from the brand's own random
/// sequence, grouped into documents of whole batches (so that each document is valid and
/// complete on its own) of at most <see cref="SampleOptions.MaxEventsPerDocument"/> events.
/// Only one document's batches are held in memory at a time.
/// </summary>
internal sealed class BrandWriter(SampleOptions options, SampleEventIds eventIds)
{
    private readonly BatchJourneyPlanner _planner = new(eventIds);

    public BrandOutput Write(SampleBrand brand, long batchCount, string folder, CancellationToken cancel)
    {
        Directory.CreateDirectory(folder);
        var output = new BrandOutput(brand);
        var random = new ScenarioRandom(SeedMixer.BrandSeed(options.Seed, brand.Index));
        var pending = new List<BatchJourney>();
        var pendingEvents = 0;
        for (long k = 0; k < batchCount; k++)
        {
            cancel.ThrowIfCancellationRequested();
            var journey = _planner.Plan(brand, k, batchCount, random);
            if (pendingEvents + journey.Events.Count > options.MaxEventsPerDocument && pending.Count > 0)
            {
                WriteDocument(pending, folder, output);
                pending.Clear();
                pendingEvents = 0;
            }
            pending.Add(journey);
            pendingEvents += journey.Events.Count;
        }
        if (pending.Count > 0) WriteDocument(pending, folder, output);
        return output;
    }

    private void WriteDocument(List<BatchJourney> journeys, string folder, BrandOutput output)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"epcis-{output.Documents + 1:D5}.jsonld");
        var path = Path.Combine(folder, name);
        // The document is dated an hour after the latest instant it states, in UTC: never before its content.
        var latest = journeys.SelectMany(j => j.Events).Max(e => e.LatestInstant.UtcDateTime);
        var creationDate = new DateTimeOffset(latest.AddHours(1), TimeSpan.Zero);

        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new EpcisDocumentWriter(stream, options.Indented))
        {
            writer.Write(journeys.SelectMany(j => j.Events), creationDate);
            output.Bytes += stream.Length;
        }

        output.Documents++;
        foreach (var j in journeys)
        {
            output.Batches.Add(new BatchRecord(j.Product.Gtin.Digits, j.Lot, j.Product.RawMaterial.Gtin.Digits, j.RawLot,
                j.Market.Code, name, j.Events.Count));
            output.Events += j.Events.Count;
            output.FailedInspections += (j.Facts.IncomingQcFailed ? 1 : 0) + (j.Facts.InLineQcFailure is null ? 0 : 1);
            output.DestroyedBatches += j.Facts.Destroyed ? 1 : 0;
            output.Excursions += j.Facts.Excursion ? 1 : 0;
            output.ErrorDeclarations += j.Facts.Error == DataError.None ? 0 : 1;
        }
    }
}
