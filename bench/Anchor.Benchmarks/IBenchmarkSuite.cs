namespace Anchor.Benchmarks;

/// <summary>
/// One section of docs/BENCHMARKS.md. A suite measures its figures and their baselines in the
/// same run and returns them as a <see cref="SuiteReport"/>; the harness writes the report to
/// bench/results/&lt;Name&gt;.json and .md, which scripts/write-benchmarks.js assembles.
/// </summary>
public interface IBenchmarkSuite
{
    /// <summary>Short, file-name-safe name, e.g. <c>keccak</c>.</summary>
    string Name { get; }

    /// <summary>Runs the measurements. <paramref name="quick"/> asks for a smoke run (CI, tests).</summary>
    Task<SuiteReport> RunAsync(bool quick, CancellationToken cancellationToken);
}

/// <summary>A suite's figures: raw values for the JSON file and the Markdown section for the report.</summary>
public sealed record SuiteReport(object Figures, string Markdown);
