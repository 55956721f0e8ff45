namespace Anchor.Ledger.ColdChain;

/// <summary>A temperature at one instant, converted to °C.</summary>
internal readonly record struct PointReading(DateTimeOffset Time, decimal Celsius, string? DeviceId);

/// <summary>A minimum and/or maximum over an interval, converted to °C.</summary>
internal readonly record struct IntervalReading(
    DateTimeOffset Start, DateTimeOffset End, decimal? MinCelsius, decimal? MaxCelsius, string? DeviceId);

/// <summary>Everything the temperature reports of a batch's effective events contain.</summary>
internal sealed class TemperatureObservations
{
    /// <summary>Point readings, duplicates removed.</summary>
    public HashSet<PointReading> Points { get; } = [];

    /// <summary>Interval reports, duplicates removed.</summary>
    public HashSet<IntervalReading> Intervals { get; } = [];

    /// <summary>Temperature reports that could not be used.</summary>
    public int Ignored { get; set; }
}
