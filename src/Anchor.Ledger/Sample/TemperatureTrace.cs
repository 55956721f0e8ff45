using Anchor.Ledger.ColdChain;

namespace Anchor.Ledger.Sample;

/// <summary>A planned departure from the band: where it starts in the trace, how long, which way, how far.</summary>
internal sealed record ExcursionPlan(int FirstSample, int Samples, ExcursionDirection Direction, int PeakTenths);

/// <summary>
/// Simulates a data logger on one shipment: a mean-reverting random walk kept well inside the
/// product's band, and, when planned, one excursion shaped as a rise and fall whose every sample
/// lies strictly outside the band (so the excursion the analyser finds is the one planned).
/// </summary>
internal static class TemperatureTrace
{
    /// <summary>Longest planned excursion.</summary>
    public static readonly TimeSpan LongestExcursion = TimeSpan.FromHours(6);

    /// <summary>Readings every <paramref name="interval"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static List<TemperatureSample> Simulate(
        ScenarioRandom random, TemperatureBand band, DateTime start, DateTime end, TimeSpan interval)
    {
        var lo = Tenths(band.MinCelsius);
        var hi = Tenths(band.MaxCelsius);
        var width = hi - lo;
        var margin = Math.Max(3, width / 10);
        var target = (lo + hi) / 2.0 + random.Noise() * width * 0.08;
        var value = target;
        var samples = new List<TemperatureSample>();
        for (var t = start; t <= end; t += interval)
        {
            value += 0.25 * (target - value) + random.Noise() * width * 0.04;
            value = Math.Clamp(value, lo + margin, hi - margin);
            samples.Add(new TemperatureSample(t, (int)Math.Round(value)));
        }
        return samples;
    }

    /// <summary>
    /// Plans an excursion that starts at or after sample <paramref name="earliest"/> and ends
    /// before the last sample, so that a reading back inside the band closes it. Null when the
    /// trace is too short.
    /// </summary>
    public static ExcursionPlan? PlanExcursion(
        ScenarioRandom random, TemperatureBand band, int sampleCount, int earliest, TimeSpan interval, double belowShare)
    {
        var longest = Math.Max(1, (int)(LongestExcursion / interval));
        if (sampleCount - 1 - earliest < 2) return null;
        var first = random.Between(earliest, sampleCount - 3);
        var room = sampleCount - 1 - first;
        var draw = random.Between(0.0, 1.0);
        var length = Math.Clamp(1 + (int)(longest * draw * draw), 1, room - 1);
        var lo = Tenths(band.MinCelsius);
        var hi = Tenths(band.MaxCelsius);
        var width = hi - lo;
        return random.Chance(belowShare)
            ? new ExcursionPlan(first, length, ExcursionDirection.Below, lo - random.Between(3, Math.Max(15, width * 35 / 100)))
            : new ExcursionPlan(first, length, ExcursionDirection.Above, hi + random.Between(5, Math.Max(20, width * 80 / 100)));
    }

    /// <summary>Overwrites the planned samples with the excursion's rise and fall.</summary>
    public static void Apply(List<TemperatureSample> samples, ExcursionPlan plan, TemperatureBand band)
    {
        var lo = Tenths(band.MinCelsius);
        var hi = Tenths(band.MaxCelsius);
        for (var j = 0; j < plan.Samples; j++)
        {
            var shape = Math.Max(0.2, Math.Sin(Math.PI * (j + 0.5) / plan.Samples));
            var i = plan.FirstSample + j;
            var tenths = plan.Direction == ExcursionDirection.Above
                ? (int)Math.Ceiling(hi + 1 + (plan.PeakTenths - hi - 1) * shape)
                : (int)Math.Floor(lo - 1 - (lo - 1 - plan.PeakTenths) * shape);
            samples[i] = samples[i] with { TenthsCelsius = tenths };
        }
    }

    private static int Tenths(decimal celsius) => (int)(celsius * 10m);
}
