using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Anchor.Benchmarks;

/// <summary>
/// Runs a BenchmarkDotNet class in process (no generated project, so it works offline and fast)
/// and returns the mean time of each benchmark method in nanoseconds.
/// </summary>
public static class MicroBenchmark
{
    public static IReadOnlyDictionary<string, double> MeanNanoseconds<T>(bool quick)
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(quick ? 1 : 3)
            .WithIterationCount(quick ? 3 : 10)
            .WithLaunchCount(1);
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default)
            .AddColumnProvider(BenchmarkDotNet.Columns.DefaultColumnProviders.Instance)
            .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.JoinSummary);
        Summary summary = BenchmarkRunner.Run<T>(config);
        var means = new Dictionary<string, double>();
        foreach (var report in summary.Reports)
        {
            var stats = report.ResultStatistics
                ?? throw new InvalidOperationException($"{report.BenchmarkCase.DisplayInfo} produced no result");
            means[report.BenchmarkCase.Descriptor.WorkloadMethod.Name] = stats.Mean;
        }
        return means;
    }
}
