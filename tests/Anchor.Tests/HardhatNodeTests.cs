using System.Diagnostics;
using Anchor.TestSupport;
using Xunit;

namespace Anchor.Cli.Tests;

public class HardhatNodeTests
{
    [Fact]
    public async Task Node_answers_on_loopback_with_the_local_chain_id_and_stops_on_dispose()
    {
        int processId;
        Uri rpcUrl;
        await using (var node = await HardhatNode.StartAsync())
        {
            processId = node.ProcessId;
            rpcUrl = node.RpcUrl;
            var chainId = await node.RpcAsync("eth_chainId");

            Assert.Equal("127.0.0.1", rpcUrl.Host);
            Assert.Equal(HardhatNode.LocalChainId, Convert.ToInt64(chainId.GetString(), 16));
        }

        Assert.Throws<ArgumentException>(() => Process.GetProcessById(processId));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetAsync(rpcUrl));
    }
}
