using Anchor.Indexer.Verification;
using Xunit;

namespace Anchor.Indexer.Tests.Verification;

/// <summary>
/// The C# verifier reaches exactly the outcome each shared vector expects (tests/vectors/bundles):
/// the verdict and the first failing check, offline and against the scenario chain. The
/// JavaScript verifier is held to the same files by tests/js/bundle-vectors.test.js.
/// </summary>
public sealed class VectorAgreementTests(ScenarioChainFixture chain) : IClassFixture<ScenarioChainFixture>
{
    [Fact]
    public void The_vector_folder_holds_every_case()
    {
        Assert.Equal(59, BundleVectors.FileNames.Count);
    }

    [Theory]
    [MemberData(nameof(BundleVectors.Files), MemberType = typeof(BundleVectors))]
    public async Task Reaches_the_expected_outcome_offline_and_online(string file)
    {
        var vector = BundleVectors.Read(file);

        var offline = await BundleVerifier.VerifyAsync(vector.Input, new VerifyOptions { Offline = true, MinConfirmations = vector.MinConfirmations });
        var online = await BundleVerifier.VerifyAsync(vector.Input, new VerifyOptions { Rpc = chain.RpcUrl, MinConfirmations = vector.MinConfirmations });

        AssertOutcome(vector.Offline, offline, "offline");
        AssertOutcome(vector.Online, online, "online");
        if (offline.Verdict == VerificationVerdict.CannotVerify)
        {
            Assert.Contains(offline.Warnings, w => w.Message.Contains("offline", StringComparison.Ordinal));
        }
    }

    private static void AssertOutcome(ExpectedOutcome expected, VerificationReport report, string mode)
    {
        Assert.Equal(CheckNames.All, report.Checks.Select(c => c.Name));
        Assert.All(report.Checks, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason), $"{mode}: {c.Name} has no reason"));
        var actual = new ExpectedOutcome(VerdictText(report.Verdict), report.FirstFailure);
        Assert.True(expected == actual,
            $"{mode}: expected {expected}, got {actual}\n" + string.Join("\n", report.Checks.Select(c => $"  {c.Name}: {c.Status}: {c.Reason}")));
    }

    private static string VerdictText(VerificationVerdict verdict) => verdict switch
    {
        VerificationVerdict.Valid => "valid",
        VerificationVerdict.Invalid => "invalid",
        _ => "cannot verify",
    };
}
