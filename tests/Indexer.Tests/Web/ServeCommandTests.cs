using System.Text.RegularExpressions;
using Anchor.Indexer.Tests.Support;
using Anchor.TestSupport;
using Xunit;

namespace Anchor.Indexer.Tests.Web;

/// <summary><c>indexer serve</c> run as a user runs it: the line it announces itself with, and its refusals.</summary>
public partial class ServeCommandTests
{
    [Fact]
    public async Task Serve_announces_its_address_and_serves_until_stopped()
    {
        // Arrange
        await using var chain = await ChainScenario.StartAsync();
        await TestLedger.CreateAsync(chain.Ledger, "by-health", chain.AddressOf(1).ToString(), "L1");
        var environment = chain.Environment();

        // Act
        await using var serve = CliRunner.Start("indexer", ["serve", "--urls", "http://127.0.0.1:0", "--follow"], environment);
        await serve.WaitForOutputAsync(o => Listening().IsMatch(o), TimeSpan.FromSeconds(60));
        var address = Listening().Match(serve.StandardOutput).Groups[1].Value;
        using var client = new HttpClient();
        var health = await WaitForHealthyAsync(client, address);

        // Assert: loopback, a free port, and the follower in the same process indexed the chain
        Assert.StartsWith("http://127.0.0.1:", address);
        Assert.DoesNotContain(":0", address[^2..]);
        Assert.Contains("\"following\": true", health);
        Assert.Contains("stop with Ctrl+C", serve.StandardOutput);
    }

    [Theory]
    [InlineData("https://127.0.0.1:5080", "Web:Urls (ANCHOR__Web__Urls): 'https://127.0.0.1:5080' is https")]
    [InlineData("http://127.0.0.1:5080/x", "Web:Urls (ANCHOR__Web__Urls): 'http://127.0.0.1:5080/x' is not a listen URL")]
    public async Task Serve_refuses_a_bad_address_naming_the_key(string urls, string message)
    {
        var result = await CliRunner.RunAsync("indexer", ["serve"], new Dictionary<string, string?>
        {
            ["ANCHOR__Web__Urls"] = urls,
            ["ANCHOR__Ledger__Database"] = Path.Combine(Path.GetTempPath(), $"anchor-serve-{Guid.NewGuid():n}.db"),
        });
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.StandardError);
    }

    [Fact]
    public async Task Serve_refuses_a_database_that_does_not_exist()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"anchor-serve-{Guid.NewGuid():n}.db");
        var result = await CliRunner.RunAsync("indexer", ["serve", "--database", missing, "--urls", "http://127.0.0.1:0"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("there is no database at", result.StandardError);
        Assert.False(File.Exists(missing));
    }

    private static async Task<string> WaitForHealthyAsync(HttpClient client, string address)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        for (;;)
        {
            using var response = await client.GetAsync($"{address}/health");
            var body = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode) return body;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"never healthy: {body}");
            await Task.Delay(200);
        }
    }

    [GeneratedRegex(@"indexer serve: listening on (http://\S+)")]
    private static partial Regex Listening();
}
