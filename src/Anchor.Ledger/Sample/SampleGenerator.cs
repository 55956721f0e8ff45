using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Anchor.Ledger.Sample;

/// <summary>
/// Writes the alliance scenario as EPCIS 2.0 documents: one folder per brand (each brand is a
/// publisher with its own ledger) and brands.json describing brands, products and batches.
/// The output is a function of the options alone: same seed, same bytes. Brands are written in
/// parallel, each from its own random sequence, and events are streamed to disk, so memory does
/// not grow with the number of batches. docs/sample-data.md describes the scenario and layout.
/// </summary>
public static class SampleGenerator
{
    /// <summary>The number of brands the batches are shared among.</summary>
    public static int BrandCount => BrandCatalog.Brands.Count;

    /// <summary>
    /// The mean number of events per batch, from the journey's steps and the scenario's rates: 10
    /// on a clean journey (3 on the raw-material lot, 7 on the finished lot); +2 (quarantine and
    /// re-inspection) per failed inspection that is passed on re-inspection; 7 in all for a lot
    /// destroyed after failing in-line QC; +2 per error declaration (the declaration and the
    /// corrective event). 10 + 0.04 × 2 + 0.06 × (0.75 × 2 − 0.25 × 3) + 0.025 × 0.985 × 2 ≈ 10.17,
    /// so <c>--batches 98000</c> gives about a million events.
    /// </summary>
    public const double MeanEventsPerBatch = 10.17;

    /// <summary>
    /// Generates the sample into <see cref="SampleOptions.OutputDirectory"/>, all or nothing.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="SampleOutputException">The output folder cannot be used.</exception>
    /// <exception cref="IOException">Writing failed; nothing is left in the output folder.</exception>
    /// <exception cref="UnauthorizedAccessException">The output folder is not writable.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was signalled; nothing is left behind.</exception>
    public static SampleResult Generate(SampleOptions options, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var clock = Stopwatch.StartNew();
        var folder = SampleOutputFolder.Prepare(options.OutputDirectory, options.Force);
        try
        {
            var outputs = WriteBrands(options, folder.Staging, cancel);
            var manifestBytes = ManifestWriter.Write(folder.Staging, options, outputs);
            folder.Publish(outputs.Select(o => o.Brand.Slug));
            return new SampleResult
            {
                Brands = outputs.Count,
                Batches = outputs.Sum(o => (long)o.Batches.Count),
                Events = outputs.Sum(o => o.Events),
                Documents = outputs.Sum(o => o.Documents),
                Bytes = outputs.Sum(o => o.Bytes) + manifestBytes,
                FailedInspections = outputs.Sum(o => o.FailedInspections),
                DestroyedBatches = outputs.Sum(o => o.DestroyedBatches),
                Excursions = outputs.Sum(o => o.Excursions),
                ErrorDeclarations = outputs.Sum(o => o.ErrorDeclarations),
                Elapsed = clock.Elapsed,
            };
        }
        catch
        {
            folder.Abandon();
            throw;
        }
    }

    /// <summary>How many of <paramref name="batches"/> go to brand <paramref name="brandIndex"/>: shared in turn.</summary>
    public static long BatchesForBrand(long batches, int brandIndex) =>
        batches / BrandCount + (brandIndex < batches % BrandCount ? 1 : 0);

    private static List<BrandOutput> WriteBrands(SampleOptions options, string staging, CancellationToken cancel)
    {
        var brands = BrandCatalog.Brands;
        var outputs = new BrandOutput[brands.Count];
        var writer = new BrandWriter(options, new SampleEventIds(options.Seed));
        try
        {
            Parallel.For(0, brands.Count,
                new ParallelOptions { CancellationToken = cancel, MaxDegreeOfParallelism = Environment.ProcessorCount },
                i => outputs[i] = writer.Write(brands[i], BatchesForBrand(options.Batches, i),
                    Path.Combine(staging, brands[i].Slug), cancel));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // Callers handle an IOException or a cancellation, not the parallel loop's wrapper.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return [.. outputs];
    }
}
