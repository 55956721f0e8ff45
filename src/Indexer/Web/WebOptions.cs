using Anchor.Configuration;
using Microsoft.Extensions.Configuration;

namespace Anchor.Indexer.Web;

/// <summary>
/// Section "Web": where <c>indexer serve</c> listens and what the verify page starts with. The page
/// only suggests an RPC and a confirmation depth; the person verifying can change both.
/// </summary>
public sealed class WebOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Web";

    /// <summary>The default of <see cref="Urls"/>: loopback only, so nothing is exposed until someone decides to.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>
    /// The http URLs to listen on, separated by ';' (port 0 picks a free port). TLS is a reverse
    /// proxy's job, so https is refused.
    /// </summary>
    public string Urls { get; set; } = DefaultUrls;

    /// <summary>
    /// The JSON-RPC URL the verify page suggests to browsers; empty for Chain:RpcUrl. Set it when
    /// the indexer reaches its node by an address that phones and importers cannot.
    /// </summary>
    public string PublicRpcUrl { get; set; } = "";

    /// <summary>The confirmations the verify page requires of the anchoring block, unless the user asks for another number.</summary>
    public int MinConfirmations { get; set; } = 12;

    /// <summary>The most blocks the index may trail the chain's head by before <c>/health</c> answers 503.</summary>
    public int MaxHealthyLag { get; set; } = 32;

    /// <summary>Binds and validates the section; every problem names its key.</summary>
    /// <exception cref="ConfigurationException">A value does not convert, an unknown key, or a value that does not validate.</exception>
    public static WebOptions Load(IConfiguration configuration)
    {
        var options = new WebOptions();
        var problems = new List<string>();
        try
        {
            configuration.GetSection(Section).Bind(options, o => o.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException e)
        {
            // The binder names the key whose value did not convert, or the unknown key.
            problems.Add($"{Section}: {e.Message}{(e.InnerException is { } inner ? " " + inner.Message : "")}");
        }
        problems.AddRange(WebOptionsValidator.Problems(options));
        if (problems.Count > 0) throw new ConfigurationException(problems);
        return options;
    }

    /// <summary>The URLs of <see cref="Urls"/>, one by one.</summary>
    public IReadOnlyList<string> UrlList() =>
        Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
