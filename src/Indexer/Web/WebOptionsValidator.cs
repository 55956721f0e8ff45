using System.Text.RegularExpressions;
using Anchor.Configuration;

namespace Anchor.Indexer.Web;

/// <summary>
/// The checks of the "Web" section. Each failure names the key in both spellings, as the other
/// sections' validators do, so that a bad value stops <c>indexer serve</c> before it listens.
/// </summary>
public static partial class WebOptionsValidator
{
    /// <summary>Every problem of <paramref name="options"/>; empty when it can be used.</summary>
    public static IReadOnlyList<string> Problems(WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        var urls = options.UrlList();
        if (urls.Count == 0) problems.Add($"{Key("Urls")}: no URL to listen on (for example {WebOptions.DefaultUrls})");
        foreach (var url in urls)
        {
            if (UrlProblem(url) is { } problem) problems.Add($"{Key("Urls")}: '{url}' {problem}");
        }
        if (options.PublicRpcUrl.Length > 0 &&
            !(Uri.TryCreate(options.PublicRpcUrl, UriKind.Absolute, out var rpc) && (rpc.Scheme == Uri.UriSchemeHttp || rpc.Scheme == Uri.UriSchemeHttps)))
        {
            problems.Add($"{Key("PublicRpcUrl")}: '{options.PublicRpcUrl}' is not an http or https URL (leave it empty to suggest Chain:RpcUrl)");
        }
        if (options.MinConfirmations < 1) problems.Add($"{Key("MinConfirmations")}: {options.MinConfirmations} must be 1 or more");
        if (options.MaxHealthyLag < 1) problems.Add($"{Key("MaxHealthyLag")}: {options.MaxHealthyLag} must be 1 or more");
        return problems;
    }

    /// <summary>"Web:Urls (ANCHOR__Web__Urls)".</summary>
    public static string Key(string key) => ConfigurationKeys.Describe($"{WebOptions.Section}:{key}");

    // Kestrel's own forms: a host name, an IPv4 or bracketed IPv6 address, or * and + for every
    // interface; an optional port; nothing after it.
    private static string? UrlProblem(string url)
    {
        if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return "is https: serve plain http on loopback and let a reverse proxy hold the certificate";
        }
        var match = ListenUrl().Match(url);
        if (!match.Success) return "is not a listen URL such as http://127.0.0.1:5080";
        if (match.Groups["port"].Success && !(int.TryParse(match.Groups["port"].Value, out var port) && port <= 65535))
        {
            return "has a port outside 0 to 65535";
        }
        return null;
    }

    [GeneratedRegex(@"^http://(?<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.\-]+|\*|\+)(:(?<port>[0-9]{1,5}))?/?$", RegexOptions.CultureInvariant)]
    private static partial Regex ListenUrl();
}
