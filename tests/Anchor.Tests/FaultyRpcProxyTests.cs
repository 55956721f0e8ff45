using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anchor.TestSupport;
using Xunit;

namespace Anchor.Cli.Tests;

public class FaultyRpcProxyTests : IClassFixture<HardhatNodeFixture>
{
    private readonly HardhatNodeFixture _chain;

    public FaultyRpcProxyTests(HardhatNodeFixture chain) => _chain = chain;

    [Fact]
    public async Task Forwards_to_the_node_then_injects_each_fault_for_the_requested_count()
    {
        await using var proxy = await FaultyRpcProxy.StartAsync(_chain.Node.RpcUrl);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };

        Assert.Equal("0x7a69", (await ChainIdAsync(http, proxy.Url)).GetString());

        proxy.Inject(RpcFault.ServiceUnavailable, count: 1);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await PostAsync(http, proxy.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, proxy.Url)).StatusCode);

        proxy.Inject(RpcFault.TooManyRequests, count: 1);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostAsync(http, proxy.Url)).StatusCode);

        proxy.Inject(RpcFault.ResetConnection, count: 1);
        await Assert.ThrowsAsync<HttpRequestException>(() => PostAsync(http, proxy.Url));

        proxy.Inject(RpcFault.Hang, count: 1);
        await Assert.ThrowsAnyAsync<TaskCanceledException>(() => PostAsync(http, proxy.Url));

        proxy.Inject(RpcFault.Garbage, count: 1);
        await Assert.ThrowsAsync<JsonException>(() => ChainIdAsync(http, proxy.Url));

        Assert.Equal("0x7a69", (await ChainIdAsync(http, proxy.Url)).GetString());
        Assert.Equal(0, proxy.FaultCount);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, Uri url) =>
        http.PostAsJsonAsync(url, new { jsonrpc = "2.0", id = 1, method = "eth_chainId" });

    private static async Task<JsonElement> ChainIdAsync(HttpClient http, Uri url)
    {
        var response = await PostAsync(http, url);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("result");
    }
}
