using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Anchor.Indexer.Web;

/// <summary>What the verify page starts with; the person verifying can change both.</summary>
/// <param name="Rpc">The JSON-RPC URL suggested to the browser: Web:PublicRpcUrl, else Chain:RpcUrl.</param>
/// <param name="MinConfirmations">The confirmations required of the anchoring block (Web:MinConfirmations).</param>
public sealed record VerifyPageDefaults(string Rpc, int MinConfirmations);

/// <summary>
/// Renders the verify page from its template. Served, the page links its stylesheet and scripts
/// under <c>/assets/</c>; standalone, it carries them inline, so that the one file works when
/// opened from disk with no server at all. The server puts nothing into the page but these
/// defaults and where to fetch the bundle: everything shown comes from the verifier, in the browser.
/// </summary>
public sealed class VerifyPage(WebAssets assets, VerifyPageDefaults defaults)
{
    private const string HeadSlot = "<!-- anchor:head -->";
    private const string ConfigSlot = "<!-- anchor:config -->";
    private const string ScriptsSlot = "<!-- anchor:scripts -->";

    /// <summary>The page as served, with its assets under <paramref name="basePath"/><c>assets/</c>.</summary>
    /// <param name="basePath">The application's path base, ending in '/'.</param>
    /// <param name="bundleUrl">Where the page fetches the bundle (with Accept: application/json), or null for a page that waits for a file.</param>
    public string Render(string basePath, string? bundleUrl)
    {
        var root = HtmlEncoder.Default.Encode(basePath);
        var head = $"<link rel=\"stylesheet\" href=\"{root}assets/{WebAssets.Stylesheet}\">";
        var scripts = string.Join("\n", WebAssets.Scripts.Select(s => $"<script src=\"{root}assets/{s}\"></script>"));
        return Fill(head, Config(bundleUrl, standalone: false, offlinePage: basePath + "verify/standalone.html"), scripts);
    }

    /// <summary>The page with every asset inline: one file to save and open offline.</summary>
    public string RenderStandalone()
    {
        var head = $"<style>\n{assets[WebAssets.Stylesheet].Text}\n</style>";
        // "</script" inside a script would end it early; "<\/script" means the same to JavaScript.
        var scripts = string.Join("\n", WebAssets.Scripts.Select(s =>
            $"<script>/* {s} */\n{assets[s].Text.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase)}\n</script>"));
        return Fill(head, Config(bundleUrl: null, standalone: true, offlinePage: null), scripts);
    }

    private string Fill(string head, string config, string scripts)
    {
        var template = assets[WebAssets.Template].Text;
        var page = new StringBuilder(template.Length + scripts.Length + 1024)
            .Append(template)
            .Replace(HeadSlot, head)
            .Replace(ConfigSlot, config)
            .Replace(ScriptsSlot, scripts);
        return page.ToString();
    }

    // A JSON data block: never executed, so the page's Content-Security-Policy allows it, and the
    // default encoder escapes <, > and &, so no value can close the element.
    private string Config(string? bundleUrl, bool standalone, string? offlinePage)
    {
        var json = JsonSerializer.Serialize(new
        {
            rpc = defaults.Rpc,
            minConfirmations = defaults.MinConfirmations,
            bundleUrl,
            standalone,
            offlinePage,
        });
        return $"<script type=\"application/json\" id=\"anchor-config\">{json}</script>";
    }
}
