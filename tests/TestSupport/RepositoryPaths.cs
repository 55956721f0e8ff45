namespace Anchor.TestSupport;

/// <summary>Paths into the repository checkout that the tests run from.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder that holds <c>hardhat.config.js</c> and <c>Anchor.sln</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The shared test vectors, <c>tests/vectors</c>.</summary>
    public static string Vectors => Path.Combine(Root, "tests", "vectors");

    /// <summary>A path under the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "hardhat.config.js")) &&
                File.Exists(Path.Combine(dir.FullName, "Anchor.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException(
            $"No repository root (a folder with hardhat.config.js and Anchor.sln) above {AppContext.BaseDirectory}");
    }
}
