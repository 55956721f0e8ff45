using Anchor.Configuration;
using Anchor.Indexer.Web;
using Anchor.TestSupport;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace Anchor.Indexer.Tests.Web;

/// <summary>Section "Web": defaults, and a bad value refused with its key named in both spellings.</summary>
public class WebOptionsTests
{
    [Fact]
    public void The_defaults_listen_on_loopback_only()
    {
        var options = WebOptions.Load(new ConfigurationBuilder().Build());
        Assert.Equal(["http://127.0.0.1:5080"], options.UrlList());
        Assert.Equal(12, options.MinConfirmations);
        Assert.Equal("", options.PublicRpcUrl);
    }

    [Theory]
    [InlineData("Web:Urls", "https://127.0.0.1:5080", "Web:Urls (ANCHOR__Web__Urls): 'https://127.0.0.1:5080' is https")]
    [InlineData("Web:Urls", "127.0.0.1:5080", "Web:Urls (ANCHOR__Web__Urls): '127.0.0.1:5080' is not a listen URL")]
    [InlineData("Web:Urls", "http://127.0.0.1:99999", "has a port outside 0 to 65535")]
    [InlineData("Web:Urls", "http://127.0.0.1:5080/api", "is not a listen URL")]
    [InlineData("Web:Urls", " ; ", "Web:Urls (ANCHOR__Web__Urls): no URL to listen on")]
    [InlineData("Web:PublicRpcUrl", "ws://node:8546", "Web:PublicRpcUrl (ANCHOR__Web__PublicRpcUrl): 'ws://node:8546' is not an http or https URL")]
    [InlineData("Web:MinConfirmations", "0", "Web:MinConfirmations (ANCHOR__Web__MinConfirmations): 0 must be 1 or more")]
    [InlineData("Web:MaxHealthyLag", "0", "Web:MaxHealthyLag (ANCHOR__Web__MaxHealthyLag): 0 must be 1 or more")]
    [InlineData("Web:MinConfirmations", "many", "Web: ")]
    [InlineData("Web:Port", "80", "Port")]
    public void A_bad_value_is_refused_naming_its_key(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        var e = Assert.Throws<ConfigurationException>(() => WebOptions.Load(configuration));
        Assert.Contains(e.Problems, p => p.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://127.0.0.1:0")]
    [InlineData("http://localhost:5080;http://[::1]:5080")]
    [InlineData("http://*:8080")]
    [InlineData("http://+:80/")]
    public void Kestrel_forms_are_accepted(string urls) =>
        Assert.Empty(WebOptionsValidator.Problems(new WebOptions { Urls = urls }));

    [Theory]
    [InlineData("Urls")]
    [InlineData("PublicRpcUrl")]
    [InlineData("MinConfirmations")]
    [InlineData("MaxHealthyLag")]
    public void Docs_web_md_lists_every_key_with_its_environment_variable(string property)
    {
        var doc = File.ReadAllText(RepositoryPaths.Combine("docs", "web.md"));
        Assert.Contains($"| Web:{property} | ANCHOR__Web__{property} | ", doc);
        Assert.Contains(property, typeof(WebOptions).GetProperties().Select(p => p.Name));
    }
}
