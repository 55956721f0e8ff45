using System.Text.Json.Serialization;

namespace Anchor.Ledger.ColdChain;

/// <summary>Which side of the band an excursion left it by.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExcursionDirection>))]
public enum ExcursionDirection
{
    /// <summary>Warmer than the band's maximum.</summary>
    Above,

    /// <summary>Colder than the band's minimum.</summary>
    Below,
}

/// <summary>How an excursion's interval was established, and so how far to trust its length.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExcursionEvidence>))]
public enum ExcursionEvidence
{
    /// <summary>
    /// Point readings, ended by a reading back in the band (or out on the other side): exact under
    /// the method's sample-and-hold assumption.
    /// </summary>
    Readings,

    /// <summary>
    /// Point readings, and the last reading of the batch is still outside: the excursion ends at
    /// that reading, so its length is a lower bound.
    /// </summary>
    ReadingsUnclosed,

    /// <summary>
    /// Only a minimum/maximum report over an interval shows it: the whole interval is counted, so
    /// its length is an upper bound.
    /// </summary>
    IntervalReport,
}

/// <summary>One period during which a batch was outside its temperature band.</summary>
public sealed record TemperatureExcursion
{
    /// <summary>Above or below the band.</summary>
    public required ExcursionDirection Direction { get; init; }

    /// <summary>The time of the first reading outside (or the start of the interval report).</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>The time the excursion ends; see <see cref="Evidence"/>.</summary>
    public required DateTimeOffset End { get; init; }

    /// <summary><see cref="End"/> minus <see cref="Start"/>, as an ISO 8601 duration in JSON.</summary>
    [JsonConverter(typeof(IsoDurationJsonConverter))]
    public TimeSpan Duration => End - Start;

    /// <summary>The most extreme temperature seen: the highest when above, the lowest when below, °C.</summary>
    public required decimal PeakCelsius { get; init; }

    /// <summary>How many point readings lie outside during the excursion (0 for an interval report).</summary>
    public required int Readings { get; init; }

    /// <summary>How the interval was established.</summary>
    public required ExcursionEvidence Evidence { get; init; }
}
