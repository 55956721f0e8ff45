using System.Text.Json;

namespace Anchor.Ledger.ColdChain;

/// <summary>
/// Summarises a batch's cold chain from its ledger entries alone: the temperature reports in
/// their <c>sensorElementList</c>s, after error declarations are applied. The method is defined
/// in docs/cold-chain.md; the result does not depend on the order of the entries.
/// </summary>
public static class ColdChainAnalyzer
{
    /// <summary>
    /// The summary of <paramref name="batchEvents"/> (EPCIS event objects, in ledger order or any
    /// other) against <paramref name="band"/>.
    /// </summary>
    /// <exception cref="ArgumentException">An element is not a JSON object.</exception>
    public static ColdChainSummary Summarize(IEnumerable<JsonElement> batchEvents, TemperatureBand band)
    {
        ArgumentNullException.ThrowIfNull(batchEvents);
        ArgumentNullException.ThrowIfNull(band);

        var events = batchEvents.ToList();
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException($"batch event {i} is a JSON {events[i].ValueKind}, not an object", nameof(batchEvents));
            }
        }

        var effective = ErrorDeclarationFilter.EffectiveEvents(events, out var retracted);
        var observations = new TemperatureObservations();
        foreach (var evt in effective) SensorReportReader.Read(evt, observations);

        var excursions = ExcursionFinder.Find(observations.Points, observations.Intervals, band);
        var values = observations.Points.Select(p => p.Celsius)
            .Concat(observations.Intervals.SelectMany(i => new[] { i.MinCelsius, i.MaxCelsius }).OfType<decimal>())
            .ToList();
        var times = observations.Points.Select(p => p.Time)
            .Concat(observations.Intervals.SelectMany(i => new[] { i.Start, i.End }))
            .ToList();

        var hasData = observations.Points.Count + observations.Intervals.Count > 0;
        return new ColdChainSummary
        {
            Band = band,
            Verdict = !hasData ? ColdChainVerdict.NoData
                : excursions.Count > 0 ? ColdChainVerdict.Excursion
                : ColdChainVerdict.WithinRange,
            Readings = observations.Points.Count,
            IntervalReports = observations.Intervals.Count,
            IgnoredReports = observations.Ignored,
            RetractedEvents = retracted,
            MinCelsius = values.Count > 0 ? values.Min() : null,
            MaxCelsius = values.Count > 0 ? values.Max() : null,
            FirstObservation = times.Count > 0 ? times.OrderBy(t => t.UtcTicks).ThenBy(t => t.Offset).First() : null,
            LastObservation = times.Count > 0 ? times.OrderByDescending(t => t.UtcTicks).ThenBy(t => t.Offset).First() : null,
            TimeOutside = ExcursionFinder.TimeOutside(excursions),
            Excursions = excursions,
        };
    }

    /// <summary>
    /// The summary of <paramref name="batchEvents"/> against the band that
    /// <paramref name="policy"/> gives the batch's <paramref name="gtin"/>.
    /// </summary>
    public static ColdChainSummary Summarize(
        IEnumerable<JsonElement> batchEvents, TemperatureBandPolicy policy, string gtin)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Summarize(batchEvents, policy.BandFor(gtin));
    }
}
