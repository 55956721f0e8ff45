using Anchor.Merkle;
using Anchor.TestSupport;
using Anchor.Worker;
using Dapper;
using Xunit;

namespace Anchor.Cli.Tests.Worker;

/// <summary>
/// Kill -9 of a real `anchor commit` process at every step of a cycle, then a restart. The
/// process is held at the step (ANCHOR_FAULT_PAUSE_AT) and killed with SIGKILL there, so each step
/// is hit exactly, not by chance.
/// </summary>
public class CrashRestartTests
{
    public static TheoryData<CycleStep> Steps => [.. Enum.GetValues<CycleStep>()];

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task A_kill_at_any_step_then_a_restart_anchors_every_head_once(CycleStep step)
    {
        await using var harness = await WorkerHarness.StartAsync();
        await harness.AppendAsync("by-health", 25);

        await using (var first = CliRunner.Start("anchor", harness.CliArgs("commit"), new Dictionary<string, string?> { [PauseAtStepObserver.Variable] = step.ToString() }))
        {
            await first.WaitForOutputAsync(output => output.Contains($"paused at {step}"), TimeSpan.FromSeconds(60));
            await first.KillHardAsync();
        }
        var restart = await CliRunner.RunAsync("anchor", harness.CliArgs("commit"));
        await harness.AppendAsync("by-health", 10);
        var next = await CliRunner.RunAsync("anchor", harness.CliArgs("commit"));

        Assert.True(restart.ExitCode == 0, restart.StandardOutput + restart.StandardError);
        Assert.True(next.ExitCode == 0, next.StandardOutput + next.StandardError);
        Assert.Contains("anchored 25 → 35", next.StandardOutput);
        var publisher = WorkerHarness.AddressOf(0);
        Assert.Equal([(0UL, 25UL), (25UL, 35UL)], (await harness.AnchoredEventsAsync(publisher)).Select(e => (e.PreviousSize, e.Size)));
        var ledger = (await harness.Ledger.FindPublisherAsync("by-health"))!;
        Assert.Equal(new MerkleLogReader(harness.Ledger.Nodes(ledger)).Root(35).ToString(), (await harness.HeadAsync(publisher)).Root.ToString());
        await using var connection = harness.Database.Open();
        Assert.Equal(["confirmed", "confirmed"], connection.Query<string>("SELECT state FROM anchor_intents ORDER BY id"));
        Assert.Equal([25L, 35L], connection.Query<long>("SELECT size FROM anchors ORDER BY size"));
        // Every transaction the account sent is one of the two anchors: nothing was sent twice.
        using var web3 = new Anchor.Ethereum.Web3(harness.Node.RpcUrl.ToString());
        Assert.Equal(2UL, await web3.Eth.GetTransactionCountAsync(publisher, Anchor.Ethereum.Rpc.BlockParameter.Latest));
    }
}
