using System.Text.Json;
using Anchor.Benchmarks;

// The .NET benchmark harness behind `make bench`.
//   dotnet run -c Release --project bench/Anchor.Benchmarks -- [--quick] [suite ...]
// With no suite names it runs them all. Results go to bench/results/<suite>.json and .md.
var quick = args.Contains("--quick");
var selected = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
IBenchmarkSuite[] suites = SuiteCatalog.All;
var unknown = selected.Except(suites.Select(s => s.Name), StringComparer.OrdinalIgnoreCase).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"unknown suite(s): {string.Join(", ", unknown)}; known: {string.Join(", ", suites.Select(s => s.Name))}");
    return 64;
}

var resultsDir = BenchPaths.Results;
Directory.CreateDirectory(resultsDir);
foreach (var suite in suites.Where(s => selected.Count == 0 || selected.Contains(s.Name)))
{
    Console.WriteLine($"== {suite.Name}");
    var report = await suite.RunAsync(quick, CancellationToken.None);
    var json = JsonSerializer.Serialize(report.Figures, new JsonSerializerOptions { WriteIndented = true });
    await File.WriteAllTextAsync(Path.Combine(resultsDir, suite.Name + ".json"), json + "\n");
    await File.WriteAllTextAsync(Path.Combine(resultsDir, suite.Name + ".md"), report.Markdown.TrimEnd() + "\n");
    Console.WriteLine(report.Markdown);
}
return 0;
