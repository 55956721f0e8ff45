using System.Diagnostics;

namespace Anchor.Benchmarks;

/// <summary>
/// Wall-clock timing for the macro benchmarks (whole trees, whole ingests), where BenchmarkDotNet's
/// many iterations would take hours: one warm-up, then the median of several runs.
/// </summary>
public static class Timing
{
    /// <summary>The median duration of <paramref name="runs"/> runs of <paramref name="action"/> after one warm-up.</summary>
    public static TimeSpan Median(int runs, Action action)
    {
        action();
        var samples = new List<TimeSpan>(runs);
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var stopwatch = Stopwatch.StartNew();
            action();
            samples.Add(stopwatch.Elapsed);
        }
        samples.Sort();
        return samples[samples.Count / 2];
    }

    /// <summary>Formats a ratio as "1.23×".</summary>
    public static string Ratio(double value, double baseline) => $"{value / baseline:0.00}×";
}
