using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Anchor.Indexer.Web;

/// <summary>One file of the verify page, as built into the program.</summary>
/// <param name="Name">The file name, as served under <c>/assets/</c>.</param>
/// <param name="Content">The bytes.</param>
/// <param name="ContentType">The media type.</param>
/// <param name="ETag">A strong entity tag of the content.</param>
public sealed record WebAsset(string Name, byte[] Content, string ContentType, string ETag)
{
    /// <summary>The content as UTF-8 text.</summary>
    public string Text => Encoding.UTF8.GetString(Content);
}

/// <summary>
/// The verify page's files, embedded in the program at build time (see Indexer.csproj): the
/// page's template, stylesheet and scripts (Web/Assets), and the browser verifier with the ethers
/// build it needs. Nothing is fetched from elsewhere at run time, so the page works offline.
/// </summary>
public sealed class WebAssets
{
    /// <summary>The page's template; not served as an asset.</summary>
    public const string Template = "verify.html";

    /// <summary>The stylesheet.</summary>
    public const string Stylesheet = "verify.css";

    /// <summary>The scripts, in the order the page loads them: ethers, the verifier, then the page's own.</summary>
    public static readonly IReadOnlyList<string> Scripts =
        ["ethers.umd.min.js", "anchor-verify.js", "verify-format.js", "verify-timeline.js", "verify-chart.js", "verify-report.js", "verify-page.js"];

    private const string ResourcePrefix = "web/";
    private readonly Dictionary<string, WebAsset> _assets;

    private WebAssets(Dictionary<string, WebAsset> assets) => _assets = assets;

    /// <summary>Reads every file from the program's resources.</summary>
    /// <exception cref="WebAssetsMissingException">A file was missing when the program was built; the message names it and the fix.</exception>
    public static WebAssets Load()
    {
        var assembly = typeof(WebAssets).Assembly;
        var assets = new Dictionary<string, WebAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = resource[ResourcePrefix.Length..];
            var content = Read(assembly, resource);
            assets[name] = new WebAsset(name, content, ContentTypeOf(name), "\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..32] + "\"");
        }
        var missing = Scripts.Append(Template).Append(Stylesheet).Where(n => !assets.ContainsKey(n)).ToList();
        if (missing.Count > 0) throw new WebAssetsMissingException(missing);
        return new WebAssets(assets);
    }

    /// <summary>The file called <paramref name="name"/>.</summary>
    public WebAsset this[string name] => _assets[name];

    /// <summary>The file served as <c>/assets/{name}</c>, or null: every file but the template.</summary>
    public WebAsset? Served(string name) => name != Template && _assets.TryGetValue(name, out var asset) ? asset : null;

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".html" => "text/html; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}

/// <summary>The program was built without some of the verify page's files.</summary>
public sealed class WebAssetsMissingException(IReadOnlyList<string> missing) : Exception(
    $"the verify page cannot be served: {string.Join(", ", missing)} {(missing.Count == 1 ? "was" : "were")} not built into indexer. " +
    "ethers.umd.min.js comes from node_modules/ethers and anchor-verify.js from src/verifier-js: run `npm ci` in the repository, then build again (`dotnet build`)")
{
    /// <summary>The files that are missing.</summary>
    public IReadOnlyList<string> Missing { get; } = missing;
}
