namespace Anchor.Benchmarks;

/// <summary>Where the harness runs from and writes to.</summary>
public static class BenchPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRepositoryRoot);

    /// <summary>The repository root (the folder holding hardhat.config.js).</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>bench/results, where every suite and the JavaScript harnesses leave their figures.</summary>
    public static string Results => Path.Combine(Root, "bench", "results");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "hardhat.config.js"))) return dir.FullName;
        }
        throw new InvalidOperationException("run the benchmarks from inside the repository");
    }
}
