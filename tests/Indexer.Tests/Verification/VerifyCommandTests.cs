using System.Net;
using System.Text.Json;
using Anchor.TestSupport;
using Xunit;

namespace Anchor.Indexer.Tests.Verification;

/// <summary>
/// <c>indexer verify</c> as a user runs it: every check printed with its reason, and the exit code
/// 0 valid, 1 invalid, 2 cannot verify (also when the bundle cannot be read).
/// </summary>
public sealed class VerifyCommandTests(ScenarioChainFixture chain) : IClassFixture<ScenarioChainFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("anchor-verify-cli-").FullName;

    [Fact]
    public async Task A_valid_bundle_exits_0_and_prints_every_check()
    {
        var result = await CliRunner.RunAsync("indexer", ["verify", Write("valid-within-range.json"), "--rpc", chain.RpcUrl.ToString()]);

        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
        foreach (var name in new[] { "format", "entries", "proofs", "history", "chain", "contracts", "anchor", "confirmations", "alliance", "recall", "coldChain" })
        {
            Assert.Matches($@"(?m)^  pass +{name} +\S", result.StandardOutput);
        }
        Assert.Contains("Verdict: valid", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_bundle_exits_1_naming_the_failed_check()
    {
        var result = await CliRunner.RunAsync("indexer", ["verify", Write("proofs-flipped-event-bit.json"), "--offline"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"(?m)^  fail +proofs +entry at index 7: leaf 0x[0-9a-f]{64} does not verify", result.StandardOutput);
        Assert.Contains("Verdict: invalid (proofs)", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_RPC_exits_2_with_the_chain_checks_cannot_check()
    {
        var closed = $"http://127.0.0.1:{HardhatNode.FreeLoopbackPort()}";

        var result = await CliRunner.RunAsync("indexer", ["verify", Write("valid-within-range.json"), "--rpc", closed]);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"(?m)^  cannot check +chain +the RPC could not answer", result.StandardOutput);
        Assert.Contains("Verdict: cannot verify (chain)", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offline_exits_2_and_says_so()
    {
        var result = await CliRunner.RunAsync("indexer", ["verify", Write("valid-within-range.json"), "--offline"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("offline: the proofs were checked", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uses_the_configured_RPC_when_no_rpc_flag_is_given()
    {
        var environment = new Dictionary<string, string?> { ["ANCHOR__Chain__RpcUrl"] = chain.RpcUrl.ToString() };

        var result = await CliRunner.RunAsync("indexer", ["verify", Write("recall-recalled-batch.json")], environment);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Verdict: invalid (recall)", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_prints_the_report()
    {
        var result = await CliRunner.RunAsync("indexer", ["verify", Write("confirmations-too-few.json"), "--rpc", chain.RpcUrl.ToString(), "--confirmations", "1000", "--json"]);

        Assert.Equal(2, result.ExitCode);
        using var report = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal("cannot verify", report.RootElement.GetProperty("verdict").GetString());
        Assert.Equal("confirmations", report.RootElement.GetProperty("firstFailure").GetString());
        Assert.Equal(11, report.RootElement.GetProperty("checks").GetArrayLength());
        Assert.Equal("cannot check", report.RootElement.GetProperty("checks")[7].GetProperty("status").GetString());
        Assert.Equal(1000, report.RootElement.GetProperty("minConfirmations").GetInt32());
    }

    [Fact]
    public async Task A_bundle_that_cannot_be_read_exits_2()
    {
        var result = await CliRunner.RunAsync("indexer", ["verify", Path.Combine(_folder, "missing.json"), "--offline"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot read", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_URL_is_fetched_asking_for_JSON()
    {
        var bundle = await File.ReadAllBytesAsync(Write("valid-within-range.json"));
        using var resolver = new HttpListener();
        var url = $"http://127.0.0.1:{HardhatNode.FreeLoopbackPort()}/01/09520123456788/10/BH2605A";
        resolver.Prefixes.Add(url[..(url.IndexOf("/01/", StringComparison.Ordinal) + 1)]);
        resolver.Start();
        var served = Task.Run(async () =>
        {
            var context = await resolver.GetContextAsync();
            var accept = context.Request.Headers["Accept"];
            await context.Response.OutputStream.WriteAsync(bundle);
            context.Response.Close();
            return accept;
        });

        var result = await CliRunner.RunAsync("indexer", ["verify", url, "--rpc", chain.RpcUrl.ToString()]);

        Assert.Equal("application/json", await served);
        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
    }

    private string Write(string vectorFile)
    {
        var path = Path.Combine(_folder, vectorFile);
        File.WriteAllBytes(path, TestBundles.VectorInput(vectorFile));
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
