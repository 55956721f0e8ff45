using Anchor.Configuration;
using Microsoft.Extensions.Configuration;

namespace Anchor.Indexer.Tags;

/// <summary>
/// Section "Tags": where a tag's Digital Link points. Each brand resolves its own tags, so the
/// domain is per publisher, with a default for the others.
/// </summary>
public sealed class TagOptions
{
    public const string Section = "Tags";

    /// <summary>The resolver domain of publishers without their own (a host name, no scheme).</summary>
    public string ResolverDomain { get; set; } = "id.gs1.org";

    /// <summary>Each publisher's resolver domain, by publisher name.</summary>
    public Dictionary<string, string> ResolverDomains { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The domain that resolves <paramref name="publisher"/>'s tags.</summary>
    public string DomainFor(string publisher) => ResolverDomains.TryGetValue(publisher, out var domain) ? domain : ResolverDomain;

    /// <summary>Binds and checks the section; an error names the key.</summary>
    /// <exception cref="ConfigurationException">A domain is not a bare host name.</exception>
    public static TagOptions Load(IConfiguration configuration)
    {
        var options = new TagOptions();
        configuration.GetSection(Section).Bind(options);
        var problems = new List<string>();
        Check($"{Section}:ResolverDomain", options.ResolverDomain, problems);
        foreach (var (publisher, domain) in options.ResolverDomains) Check($"{Section}:ResolverDomains:{publisher}", domain, problems);
        if (problems.Count > 0) throw new ConfigurationException(problems);
        return options;
    }

    private static void Check(string key, string domain, List<string> problems)
    {
        if (Uri.CheckHostName(domain) is UriHostNameType.Unknown || domain.Contains("://", StringComparison.Ordinal))
        {
            problems.Add($"{ConfigurationKeys.Describe(key)}: '{domain}' is not a host name such as id.brand.example");
        }
    }
}
