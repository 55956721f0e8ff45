using Anchor.Ledger.ColdChain;
using Anchor.Ledger.Sample;
using Xunit;

namespace Anchor.Ledger.Tests.Sample;

/// <summary>
/// Trouble appears at realistic rates in a 3,000-batch run, and the cold-chain analyser, reading
/// only the written events, finds exactly the excursions the generator planned.
/// </summary>
[Collection(GeneratedSampleCollection.Name)]
public class SampleRatesTests(GeneratedSample sample)
{
    private const double Batches = GeneratedSample.Batches;

    [Fact]
    public void Some_qc_inspections_fail_and_a_few_lots_are_destroyed()
    {
        var failed = sample.Entries.Count(e => e.Event.TryGetProperty("disposition", out var d) && d.GetString() == "non_conformant");
        var destroyed = sample.Entries.Count(e => e.BizStep == "destroying");
        var quarantined = sample.Entries.Count(e => e.BizStep == "holding");

        Assert.Equal(sample.Result.FailedInspections, failed);
        Assert.Equal(failed, quarantined);
        Assert.Equal(sample.Result.DestroyedBatches, destroyed);
        Assert.InRange(failed / Batches, 0.05, 0.15);        // expected 0.04 + 0.06
        Assert.InRange(destroyed / Batches, 0.005, 0.03);    // expected 0.06 × 0.25
    }

    [Fact]
    public void Now_and_then_an_event_is_declared_in_error()
    {
        var declarations = sample.Entries.Count(e => e.IsDeclaration);

        Assert.Equal(sample.Result.ErrorDeclarations, declarations);
        Assert.InRange(declarations / Batches, 0.01, 0.045);  // expected 0.025 of shipped batches
        Assert.Contains(sample.Entries, e => e.IsDeclaration && e.BizStep == "transporting");
        Assert.Contains(sample.Entries, e => e.IsDeclaration && e.BizStep == "receiving");
    }

    [Fact]
    public void The_analyser_finds_exactly_the_planned_excursions_and_no_false_ones_from_retracted_readings()
    {
        var policy = SampleManifestReader.ReadTemperatureBands(Path.Combine(sample.Folder, "brands.json"));
        var verdicts = new Dictionary<ColdChainVerdict, int>();
        var retractedLoggerErrors = 0;
        foreach (var (_, batch) in sample.ManifestBatches)
        {
            var key = new BatchKey(batch.GetProperty("gtin").GetString()!, batch.GetProperty("lot").GetString()!);
            var summary = ColdChainAnalyzer.Summarize(sample.ByBatch[key].Select(e => e.Event), policy, key.Gtin);
            verdicts[summary.Verdict] = verdicts.GetValueOrDefault(summary.Verdict) + 1;
            if (summary.RetractedEvents > 0 && sample.ByBatch[key].Any(e => e.IsDeclaration && e.BizStep == "transporting"))
            {
                retractedLoggerErrors++;
                Assert.Equal(0, summary.IgnoredReports);
            }
            Assert.All(summary.Excursions, x => Assert.Equal(ExcursionEvidence.Readings, x.Evidence));
        }

        Assert.Equal(sample.Result.Excursions, verdicts.GetValueOrDefault(ColdChainVerdict.Excursion));
        Assert.Equal(sample.Result.DestroyedBatches, verdicts.GetValueOrDefault(ColdChainVerdict.NoData));
        Assert.InRange(sample.Result.Excursions / Batches, 0.02, 0.1);
        Assert.True(retractedLoggerErrors > 0);
    }

    [Fact]
    public void Events_per_batch_is_stable_so_batches_map_to_an_event_count()
    {
        var perBatch = sample.Result.Events / Batches;

        Assert.InRange(perBatch, SampleGenerator.MeanEventsPerBatch - 0.2, SampleGenerator.MeanEventsPerBatch + 0.2);
        var perBrand = sample.Manifest.GetProperty("brands").EnumerateArray()
            .Select(b => b.GetProperty("batches").GetArrayLength()).ToList();
        Assert.All(perBrand, n => Assert.Equal(GeneratedSample.Batches / 15, n));
    }
}
