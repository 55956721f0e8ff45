using System.Text.Json.Serialization;

namespace Anchor.Ledger.ColdChain;

/// <summary>
/// A batch's cold-chain record, computed from its ledger entries alone by
/// <see cref="ColdChainAnalyzer"/> as docs/cold-chain.md defines. Serialises to plain JSON
/// (numbers, ISO 8601 times and durations, enum names) so that an evidence bundle can embed it.
/// </summary>
public sealed record ColdChainSummary
{
    /// <summary>The band the readings were judged against.</summary>
    public required TemperatureBand Band { get; init; }

    /// <summary>NoData, WithinRange or Excursion.</summary>
    public required ColdChainVerdict Verdict { get; init; }

    /// <summary>Distinct point readings (a value at a time) that were counted.</summary>
    public required int Readings { get; init; }

    /// <summary>Distinct minimum/maximum reports over an interval that were counted.</summary>
    public required int IntervalReports { get; init; }

    /// <summary>
    /// Temperature reports that could not be used: an unknown or missing unit, no value, an
    /// unreadable time, or an alarm without a value. Reported so that a gap is visible.
    /// </summary>
    public required int IgnoredReports { get; init; }

    /// <summary>Events left out because an error declaration among the entries retracts them.</summary>
    public required int RetractedEvents { get; init; }

    /// <summary>The lowest temperature seen, °C; null when there is no reading.</summary>
    public decimal? MinCelsius { get; init; }

    /// <summary>The highest temperature seen, °C; null when there is no reading.</summary>
    public decimal? MaxCelsius { get; init; }

    /// <summary>The earliest time covered by a reading or interval; null when there is none.</summary>
    public DateTimeOffset? FirstObservation { get; init; }

    /// <summary>The latest time covered by a reading or interval; null when there is none.</summary>
    public DateTimeOffset? LastObservation { get; init; }

    /// <summary>The total length of the union of the excursions, as an ISO 8601 duration in JSON.</summary>
    [JsonConverter(typeof(IsoDurationJsonConverter))]
    public required TimeSpan TimeOutside { get; init; }

    /// <summary>The excursions, in order of start time.</summary>
    public required IReadOnlyList<TemperatureExcursion> Excursions { get; init; }
}
