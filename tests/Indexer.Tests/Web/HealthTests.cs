using System.Net;
using System.Text.Json;
using Anchor.Indexer.Tests.Support;
using Xunit;

namespace Anchor.Indexer.Tests.Web;

/// <summary>/health: 200 while the index is usable and current, 503 with the reasons when it is not.</summary>
public class HealthTests
{
    [Fact]
    public async Task An_index_that_never_ran_is_unhealthy_then_healthy_once_caught_up()
    {
        // Arrange
        await using var chain = await ChainScenario.StartAsync();
        await TestLedger.CreateAsync(chain.Ledger, "by-health", chain.AddressOf(1).ToString(), "L1");
        await using var web = await WebTestHost.StartAsync(WebTestHost.Configuration(chain));

        // Act
        var before = await HealthAsync(web);
        await chain.CatchUpAsync();
        var after = await HealthAsync(web);

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.Status);
        Assert.Equal("unhealthy", before.Body.GetProperty("status").GetString());
        Assert.Contains("the indexer has not run", before.Body.GetProperty("problems")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.Equal("healthy", after.Body.GetProperty("status").GetString());
        Assert.Equal(0, after.Body.GetProperty("problems").GetArrayLength());
        Assert.Equal(0UL, after.Body.GetProperty("lag").GetUInt64());
        Assert.False(after.Body.GetProperty("following").GetBoolean());
    }

    [Fact]
    public async Task An_index_that_trails_the_head_or_whose_last_step_failed_is_unhealthy()
    {
        // Arrange: caught up, then the chain moves on without the indexer, then a step fails
        await using var chain = await ChainScenario.StartAsync();
        await chain.CatchUpAsync();
        await using var web = await WebTestHost.StartAsync(WebTestHost.Configuration(chain, more: ("Web:MaxHealthyLag", "3")));
        await chain.MineAsync(5);

        // Act
        var trailing = await HealthAsync(web);
        await chain.CatchUpAsync();
        var caughtUp = await HealthAsync(web);
        await chain.Index.RecordErrorAsync("eth_getLogs: connection reset");
        var failed = await HealthAsync(web);

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, trailing.Status);
        Assert.Contains("trails the chain's head by 5 blocks, more than Web:MaxHealthyLag (ANCHOR__Web__MaxHealthyLag) = 3", Problems(trailing));
        Assert.Equal(HttpStatusCode.OK, caughtUp.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.Status);
        Assert.Contains("the last indexing step failed at", Problems(failed));
        Assert.Contains("eth_getLogs: connection reset", failed.Body.GetProperty("progress").GetProperty("lastError").GetString());
    }

    [Fact]
    public async Task A_node_that_does_not_answer_makes_the_index_unhealthy()
    {
        // Arrange: the server's node is a closed port
        await using var chain = await ChainScenario.StartAsync();
        await chain.CatchUpAsync();
        var closed = new Uri($"http://127.0.0.1:{FreePort()}");
        await using var web = await WebTestHost.StartAsync(WebTestHost.Configuration(chain, closed));

        // Act
        var health = await HealthAsync(web);

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.Status);
        Assert.Contains("the chain's head is unknown", Problems(health));
        Assert.Equal(JsonValueKind.Null, health.Body.GetProperty("head").ValueKind);
        Assert.False(string.IsNullOrEmpty(health.Body.GetProperty("headError").GetString()));
    }

    private static string Problems((HttpStatusCode Status, JsonElement Body) health) =>
        string.Join("\n", health.Body.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));

    private static async Task<(HttpStatusCode Status, JsonElement Body)> HealthAsync(WebTestHost web)
    {
        using var response = await web.GetAsync("/health");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone());
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
