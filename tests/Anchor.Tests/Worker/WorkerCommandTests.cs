using Anchor.TestSupport;
using Xunit;

namespace Anchor.Cli.Tests.Worker;

public class WorkerCommandTests
{
    [Fact]
    public async Task Commit_anchors_every_publisher_and_prints_sizes_root_transaction_block_and_gas()
    {
        await using var harness = await WorkerHarness.StartAsync(1, "by-health", "centrum");
        await harness.AppendAsync("by-health", 12);
        await harness.AppendAsync("centrum", 7);

        var commit = await CliRunner.RunAsync("anchor", harness.CliArgs("commit"));

        Assert.True(commit.ExitCode == 0, commit.StandardError);
        Assert.Matches(@"by-health: anchored 0 → 12 root 0x[0-9a-f]{64} tx 0x[0-9a-f]{64} block \d+ gas \d+", commit.StandardOutput);
        Assert.Matches(@"centrum: anchored 0 → 7 root 0x[0-9a-f]{64} tx 0x[0-9a-f]{64} block \d+ gas \d+", commit.StandardOutput);
        var status = await CliRunner.RunAsync("anchor", harness.CliArgs("status"));
        Assert.Equal(0, status.ExitCode);
        Assert.Contains("reachable", status.StandardOutput);
        Assert.Contains("by-health", status.StandardOutput);
    }

    [Fact]
    public async Task The_public_Hardhat_mnemonic_is_refused_on_any_chain_but_31337()
    {
        await using var harness = await WorkerHarness.StartAsync();

        var commit = await CliRunner.RunAsync("anchor", harness.CliArgs("commit", "--chain-id", "1"));

        Assert.Equal(1, commit.ExitCode);
        Assert.Contains("Publishers:by-health", commit.StandardError);
        Assert.Contains("chain 1", commit.StandardError);
        Assert.Contains("31337", commit.StandardError);
        Assert.DoesNotContain("test test", commit.StandardError + commit.StandardOutput);
    }

    [Fact]
    public async Task Deploy_writes_the_deployment_file_and_refuses_to_replace_a_live_one_without_force()
    {
        await using var harness = await WorkerHarness.StartAsync();
        File.Delete(harness.Settings().Chain.DeploymentPath);

        var deploy = await CliRunner.RunAsync("anchor", harness.CliArgs("deploy"));
        var again = await CliRunner.RunAsync("anchor", harness.CliArgs("deploy"));

        Assert.True(deploy.ExitCode == 0, deploy.StandardError);
        Assert.Contains("AnchorRegistry", deploy.StandardOutput);
        Assert.True(File.Exists(harness.Settings().Chain.DeploymentPath));
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("--force", again.StandardError);
    }

    [Fact]
    public async Task A_chain_reset_under_the_deployment_file_is_named()
    {
        await using var harness = await WorkerHarness.StartAsync();
        await using var fresh = await HardhatNode.StartAsync();
        harness.Configuration["Chain:RpcUrl"] = fresh.RpcUrl.ToString();
        harness.WriteConfigFile();

        var commit = await CliRunner.RunAsync("anchor", harness.CliArgs("commit"));

        Assert.Equal(1, commit.ExitCode);
        Assert.Contains("reset", commit.StandardError);
        Assert.Contains("anchor deploy", commit.StandardError);
    }
}
