using Anchor.Ethereum;
using Anchor.Ledger.Entries;
using Anchor.TestSupport;
using Xunit;

namespace Anchor.Cli.Tests.Worker;

public class AllianceRecallCommandTests
{
    [Fact]
    public async Task The_owner_admits_and_removes_members_and_a_second_admission_is_refused_by_name()
    {
        await using var harness = await WorkerHarness.StartAsync(1, "by-health", "centrum");

        var admit = await CliRunner.RunAsync("anchor", harness.CliArgs("alliance", "admit", "--publisher", "by-health", "--name", "By-Health", "--metadata-uri", "https://by-health.example"));
        var again = await CliRunner.RunAsync("anchor", harness.CliArgs("alliance", "admit", "--publisher", "by-health", "--name", "By-Health"));
        await CliRunner.RunAsync("anchor", harness.CliArgs("alliance", "admit", "--address", WorkerHarness.AddressOf(1).ToString(), "--name", "Centrum"));
        var remove = await CliRunner.RunAsync("anchor", harness.CliArgs("alliance", "remove", "--publisher", "centrum"));
        var list = await CliRunner.RunAsync("anchor", harness.CliArgs("alliance", "list"));

        Assert.True(admit.ExitCode == 0, admit.StandardError);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("AllianceAlreadyMember", again.StandardError);
        Assert.Equal(0, remove.ExitCode);
        Assert.Contains("1 member(s)", list.StandardOutput);
        Assert.Contains($"{WorkerHarness.AddressOf(0)}  By-Health  https://by-health.example", list.StandardOutput);
        Assert.DoesNotContain("Centrum", list.StandardOutput);
    }

    [Fact]
    public async Task Only_the_owner_may_admit()
    {
        await using var harness = await WorkerHarness.StartAsync();
        harness.Configuration["Deployer:AccountIndex"] = "5";
        harness.WriteConfigFile();

        var admit = await CliRunner.RunAsync("anchor", harness.CliArgs("alliance", "admit", "--publisher", "by-health", "--name", "By-Health"));

        Assert.Equal(1, admit.ExitCode);
        Assert.Contains("OwnableUnauthorizedAccount", admit.StandardError);
    }

    [Fact]
    public async Task A_publisher_recalls_its_batch_on_chain_once()
    {
        await using var harness = await WorkerHarness.StartAsync();

        var recall = await CliRunner.RunAsync("anchor", harness.CliArgs("recall", "09506000134352", "LOT1", "--publisher", "by-health", "--reason", "Excursion above 8 °C"));
        var again = await CliRunner.RunAsync("anchor", harness.CliArgs("recall", "09506000134352", "LOT1", "--publisher", "by-health", "--reason", "twice"));
        var badGtin = await CliRunner.RunAsync("anchor", harness.CliArgs("recall", "09506000134353", "LOT1", "--publisher", "by-health", "--reason", "x"));

        Assert.True(recall.ExitCode == 0, recall.StandardError);
        using var web3 = new Web3(harness.Node.RpcUrl.ToString());
        var at = await web3.GetRecallRegistry(harness.Deployment.RecallRegistry.Address)
            .RecalledAtAsync(WorkerHarness.AddressOf(0), Bytes32.FromBytes(BatchKey.Of("09506000134352", "LOT1").ToArray()));
        Assert.NotEqual(0UL, at);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("RecallAlreadyRecorded", again.StandardError);
        Assert.Equal(2, badGtin.ExitCode);
        Assert.Contains("check digit", badGtin.StandardError);
    }
}
