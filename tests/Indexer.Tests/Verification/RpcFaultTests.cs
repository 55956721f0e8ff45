using System.Text.Json;
using Anchor.Indexer.Verification;
using Anchor.TestSupport;
using Xunit;

namespace Anchor.Indexer.Tests.Verification;

/// <summary>
/// An RPC that fails, times out or answers garbage makes a check "cannot check", never "fail":
/// only an answer can refute a bundle. And every read is pinned to the latest block read at the start.
/// </summary>
public sealed class RpcFaultTests(ScenarioChainFixture chain) : IClassFixture<ScenarioChainFixture>
{
    private static readonly byte[] Valid = TestBundles.VectorInput("valid-refreshed-with-history.json");

    public static TheoryData<string, ScriptedAnswer, string> Faults => new()
    {
        { "eth_chainId", ScriptedAnswer.Garbage, CheckNames.Chain },
        { "eth_chainId", ScriptedAnswer.WrongShape, CheckNames.Chain },
        { "eth_blockNumber", ScriptedAnswer.Error, CheckNames.Contracts },
        { "eth_getCode", ScriptedAnswer.Garbage, CheckNames.Contracts },
        { "eth_call", ScriptedAnswer.Error, CheckNames.History },
        { "eth_call", ScriptedAnswer.WrongShape, CheckNames.History },
        { "eth_getBlockByNumber", ScriptedAnswer.Null, CheckNames.Anchor },
        { "eth_getLogs", ScriptedAnswer.Garbage, CheckNames.Anchor },
        { "eth_getCode", ScriptedAnswer.Hang, CheckNames.Contracts },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_failing_RPC_makes_cannot_verify_at_the_check_that_needed_it(string method, ScriptedAnswer answer, string firstCannotCheck)
    {
        await using var rpc = new ScriptedRpc(chain.RpcUrl, new() { [method] = answer });

        var report = await BundleVerifier.VerifyAsync(Valid, new VerifyOptions { Rpc = rpc.Url, RpcTimeout = TimeSpan.FromMilliseconds(500), RpcRetries = 0 });

        Assert.Equal(VerificationVerdict.CannotVerify, report.Verdict);
        Assert.Equal(firstCannotCheck, report.FirstFailure);
        Assert.DoesNotContain(report.Checks, c => c.Status == CheckStatus.Fail);
        Assert.StartsWith("the RPC could not answer", report.Check(firstCannotCheck).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recall_reason_that_cannot_be_read_still_fails_a_recalled_batch()
    {
        await using var rpc = new ScriptedRpc(chain.RpcUrl, new() { ["eth_getLogs"] = ScriptedAnswer.Error });
        // eth_getLogs serves the anchor check and the recall's reason: the anchor cannot be checked,
        // but recalledAt alone refutes a bundle of a recalled batch.
        var report = await BundleVerifier.VerifyAsync(TestBundles.VectorInput("recall-recalled-batch.json"), new VerifyOptions { Rpc = rpc.Url, RpcRetries = 0 });

        Assert.Equal(CheckStatus.CannotCheck, report.Check(CheckNames.Anchor).Status);
        Assert.Equal(CheckStatus.Fail, report.Check(CheckNames.Recall).Status);
        Assert.Contains("the reason could not be read", report.Check(CheckNames.Recall).Reason, StringComparison.Ordinal);
        Assert.Equal(VerificationVerdict.Invalid, report.Verdict);
    }

    [Fact]
    public async Task An_unreachable_RPC_is_cannot_check_within_the_time_out()
    {
        var closed = new Uri($"http://127.0.0.1:{HardhatNode.FreeLoopbackPort()}/");

        var report = await BundleVerifier.VerifyAsync(Valid, new VerifyOptions { Rpc = closed, RpcTimeout = TimeSpan.FromSeconds(1), RpcRetries = 1 });

        Assert.Equal(VerificationVerdict.CannotVerify, report.Verdict);
        Assert.Equal(CheckNames.Chain, report.FirstFailure);
        Assert.Contains("cannot reach", report.Check(CheckNames.Chain).Reason, StringComparison.Ordinal);
        Assert.All(CheckNames.OnChain.Skip(1), name => Assert.Equal(CheckStatus.Skipped, report.Check(name).Status));
    }

    [Fact]
    public async Task Every_view_and_code_read_is_pinned_to_the_latest_block_read_at_the_start()
    {
        await using var rpc = new ScriptedRpc(chain.RpcUrl, []);

        var report = await BundleVerifier.VerifyAsync(Valid, new VerifyOptions { Rpc = rpc.Url });

        Assert.Equal(VerificationVerdict.Valid, report.Verdict);
        var pinned = $"\"0x{chain.LatestBlock:x}\"";
        var pinnedReads = rpc.Calls.Where(c => c.Method is "eth_call" or "eth_getCode").ToList();
        Assert.True(pinnedReads.Count >= 6, $"{pinnedReads.Count} reads");
        Assert.All(pinnedReads, c => Assert.EndsWith(pinned + "]", c.Params, StringComparison.Ordinal));
        Assert.Equal(chain.LatestBlock, report.Anchor!.LatestBlock);
        Assert.Equal(chain.LatestBlock - report.Anchor.BlockNumber + 1, report.Anchor.Confirmations);
        Assert.Equal(1, rpc.Calls.Count(c => c.Method == "eth_blockNumber"));
    }

    [Fact]
    public async Task A_valid_report_carries_membership_confirmations_and_the_recomputed_cold_chain()
    {
        var vector = BundleVectors.Read("valid-excursion.json");

        var report = await BundleVerifier.VerifyAsync(vector.Input, new VerifyOptions { Rpc = chain.RpcUrl });

        Assert.Equal(VerificationVerdict.Valid, report.Verdict);
        Assert.Equal(new AllianceMembership(true, "By-Health", "https://alliance.example/members/by-health.json", report.Publisher!.Membership!.AdmittedAt), report.Publisher.Membership);
        Assert.Equal(new ChainRecall(false, null, null), report.Batch!.Recall);
        // The recomputed summary is the claim worked out by hand (scripts/bundle-vectors/coldchain-claims.js).
        var claim = vector.Bundle!.Value.GetProperty("coldChain");
        var ours = JsonDocument.Parse(JsonSerializer.Serialize(report.ColdChain, VerificationReportJson.Options)).RootElement;
        foreach (var name in new[] { "verdict", "readings", "intervalReports", "ignoredReports", "retractedEvents", "timeOutside" })
        {
            Assert.Equal(claim.GetProperty(name).ToString(), ours.GetProperty(name).ToString());
        }
        Assert.Equal(claim.GetProperty("minCelsius").GetDecimal(), report.ColdChain!.MinCelsius);
        Assert.Equal(claim.GetProperty("maxCelsius").GetDecimal(), report.ColdChain.MaxCelsius);
        Assert.Equal(claim.GetProperty("excursions").GetArrayLength(), report.ColdChain.Excursions.Count);
        Assert.Contains(report.Warnings, w => w.Check == CheckNames.ColdChain && w.Message.Contains("3 excursion(s)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_non_member_passes_alliance_with_that_noted()
    {
        var report = await BundleVerifier.VerifyAsync(TestBundles.VectorInput("valid-non-member-no-claim.json"), new VerifyOptions { Rpc = chain.RpcUrl });

        Assert.Equal(VerificationVerdict.Valid, report.Verdict);
        Assert.False(report.Publisher!.Membership!.IsMember);
        Assert.Contains(report.Warnings, w => w.Check == CheckNames.Alliance && w.Message.Contains("is not an alliance member", StringComparison.Ordinal));
    }
}
