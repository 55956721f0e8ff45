using Anchor.TestSupport;
using Xunit;

namespace Anchor.Cli.Tests.Worker;

/// <summary>
/// `anchor run` as a real process behind a fault-injecting proxy: the chain unreachable at start,
/// then 503s, resets, hangs and garbage mid-run. The worker backs off without crashing or spinning,
/// `anchor status` shows the fault, and once the chain is back every head lands.
/// </summary>
public class RpcFaultTests
{
    [Fact]
    public async Task The_worker_rides_out_an_unreachable_and_faulty_RPC_and_status_shows_the_fault()
    {
        await using var harness = await WorkerHarness.StartAsync();
        await using var proxy = await FaultyRpcProxy.StartAsync(harness.Node.RpcUrl);
        harness.Configuration["Chain:RpcUrl"] = proxy.Url.ToString();
        harness.Configuration["Chain:RpcTimeout"] = "00:00:01";
        harness.WriteConfigFile();
        await harness.AppendAsync("by-health", 20);
        var publisher = WorkerHarness.AddressOf(0);

        proxy.Inject(RpcFault.ServiceUnavailable);
        await using var worker = CliRunner.Start("anchor", harness.CliArgs("run"));
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.False(worker.HasExited, worker.StandardError);
        await WaitForStatusAsync(harness, "503");

        proxy.Heal();
        await WaitForHeadAsync(harness, publisher, 20);

        foreach (var fault in new[] { RpcFault.ResetConnection, RpcFault.Hang, RpcFault.Garbage, RpcFault.TooManyRequests })
        {
            await harness.AppendAsync("by-health", 5);
            proxy.Inject(fault);
            var before = proxy.Requests;
            await Task.Delay(TimeSpan.FromSeconds(3));
            // Backing off: a handful of attempts in three seconds, not a tight loop.
            Assert.InRange(proxy.Requests - before, 1, 120);
            Assert.False(worker.HasExited, $"{fault}: {worker.StandardError}");
            // Each call is retried a few times before the cycle gives up, so the fault shows after a while.
            await WaitForStatusAsync(harness, "\"lastError\": \"");
            proxy.Heal();
            var size = (await harness.Ledger.FindPublisherAsync("by-health"))!.Size;
            await WaitForHeadAsync(harness, publisher, size);
        }

        var healthy = await CliRunner.RunAsync("anchor", harness.CliArgs("status", "--json"));
        Assert.Contains("\"lastError\": null", healthy.StandardOutput);
        Assert.Equal(5, (await harness.AnchoredEventsAsync(publisher)).Count);
    }

    private static async Task WaitForStatusAsync(WorkerHarness harness, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var status = await CliRunner.RunAsync("anchor", harness.CliArgs("status", "--json"));
            if (status.StandardOutput.Contains(expected)) return;
            if (DateTime.UtcNow > deadline) Assert.Fail($"status never showed {expected}:\n{status.StandardOutput}{status.StandardError}");
            await Task.Delay(500);
        }
    }

    private static async Task WaitForHeadAsync(WorkerHarness harness, Anchor.Ethereum.Address publisher, ulong size)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await harness.HeadAsync(publisher)).Size != size)
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"the head did not reach {size} in 60 s");
            await Task.Delay(200);
        }
    }
}
