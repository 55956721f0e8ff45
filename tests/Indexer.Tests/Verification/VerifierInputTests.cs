using System.Text;
using System.Text.Json.Nodes;
using Anchor.Indexer.Verification;
using Xunit;

namespace Anchor.Indexer.Tests.Verification;

/// <summary>
/// The verifier never throws, whatever it is given: every bad input is a <c>format</c> failure
/// with a reason that names the problem (and, for a member, its JSON path); bad options and a
/// missing RPC are "cannot check", never valid.
/// </summary>
public sealed class VerifierInputTests
{
    private static readonly VerifyOptions Offline = new() { Offline = true };

    public static TheoryData<string, string> UnreadableTexts => new()
    {
        { "", "the bundle is empty" },
        { " \n\t ", "the bundle is empty" },
        { "{\"bundleVersion\": 1, \"batch\": {", "the bundle is not JSON" },
        { "[1, 2, 3]", "not a JSON object but an array" },
        { "null", "not a JSON object but null" },
        { "{\"a\": 1,}", "the bundle is not JSON" },
        { "{'a': 1}", "the bundle is not JSON" },
        { "[NaN]", "the bundle is not JSON" },
        { "[\"\\udc00\"]", "a string has an unpaired surrogate escape at $[0]" },
        { "{\"a\": \"\\ud800x\"}", "a string has an unpaired surrogate escape at $.a" },
        { "{\"\\ud800\": 1}", "unpaired surrogate" },
        { "{\"a\": 1, \"b\": {\"c\": 1, \"c\": 2}}", "member \"c\" appears twice at $.b" },
    };

    [Theory]
    [MemberData(nameof(UnreadableTexts))]
    public async Task Refuses_text_that_is_no_bundle_naming_the_problem(string text, string reason)
    {
        var report = await BundleVerifier.VerifyAsync(Encoding.UTF8.GetBytes(text), Offline);

        AssertFormatFailure(report, reason);
    }

    [Fact]
    public async Task Refuses_a_member_named_twice_which_two_readers_could_take_differently()
    {
        var text = Encoding.UTF8.GetString(TestBundles.Bytes(TestBundles.Load("valid-within-range.json")))
            .Replace("\"bundleVersion\":1,", "\"bundleVersion\":1,\"bundleVersion\":1,", StringComparison.Ordinal);

        var report = await BundleVerifier.VerifyAsync(Encoding.UTF8.GetBytes(text), Offline);

        AssertFormatFailure(report, "member \"bundleVersion\" appears twice at $");
    }

    [Fact]
    public async Task Refuses_an_event_with_an_unpaired_surrogate_which_has_no_UTF8_form()
    {
        var text = Encoding.UTF8.GetString(TestBundles.Bytes(TestBundles.Load("valid-within-range.json")))
            .Replace("ObjectEvent", "Object\\\\ud800Event".Replace("\\\\", "\\", StringComparison.Ordinal), StringComparison.Ordinal);

        var report = await BundleVerifier.VerifyAsync(Encoding.UTF8.GetBytes(text), Offline);

        AssertFormatFailure(report, "unpaired surrogate escape at $.entries[0].event");
    }

    [Fact]
    public async Task Refuses_bytes_that_are_not_UTF8()
    {
        var bytes = TestBundles.Bytes(TestBundles.Load("valid-within-range.json"));
        bytes[100] = 0xFF;

        var report = await BundleVerifier.VerifyAsync(bytes, Offline);

        AssertFormatFailure(report, "not valid UTF-8");
    }

    [Fact]
    public async Task Refuses_17_MiB_before_parsing_it()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"bundleVersion\":1,\"padding\":\"" + new string('a', 17 * 1024 * 1024) + "\"}");

        var report = await BundleVerifier.VerifyAsync(bytes, Offline);

        AssertFormatFailure(report, "larger than the limit of 16 MiB");
    }

    [Fact]
    public async Task Refuses_deep_nesting_without_overflowing_the_stack()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000));

        var report = await BundleVerifier.VerifyAsync(bytes, Offline);

        AssertFormatFailure(report, "maximum configured depth of 64");
    }

    [Fact]
    public async Task Reads_a_bundle_with_a_byte_order_mark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. TestBundles.Bytes(TestBundles.Load("valid-within-range.json"))];

        var report = await BundleVerifier.VerifyAsync(bytes, Offline);

        Assert.Equal(VerificationVerdict.CannotVerify, report.Verdict);
        Assert.Null(report.FirstFailure);
        Assert.Contains(report.Warnings, w => w.Message.StartsWith("offline:", StringComparison.Ordinal));
    }

    public static TheoryData<string, string> MemberEdits => new()
    {
        { "anchor.size=\"17\"", "$.anchor.size: expected an integer, found \"17\"" },
        { "anchor.size=17.5", "$.anchor.size: expected an integer, found 17.5" },
        { "anchor.size=0", "$.anchor.size: 0 is outside 1..2^53-1" },
        { "anchor.size=9007199254740993", "$.anchor.size: 9007199254740993 is outside 1..2^53-1" },
        { "anchor.root=0xA266470CF7290DEDB1D681B38D0D32BA5ED17F95D3A2A082406AD825874C8FBA", "$.anchor.root: expected 0x and 64 lower-case hex digits" },
        { "anchor.root=0x0000000000000000000000000000000000000000000000000000000000000000", "$.anchor.root: the zero root means no head" },
        { "publisher.address=0x70997970c51812dc3A010C7d01b50e0d17dc79C8", "$.publisher.address: 0x70997970c51812dc3A010C7d01b50e0d17dc79C8 has a wrong EIP-55 checksum" },
        { "chain.chainId=0", "$.chain.chainId: 0 is outside 1..2^53-1" },
        { "entries=[]", "$.entries: no entries" },
        { "recall.reason=\"withdrawn\"", "$.recall: recalledAt and reason are both null (no recall) or both given" },
        { "coldChain.verdict=\"Fine\"", "$.coldChain.verdict: expected one of WithinRange, Excursion, NoData, found \"Fine\"" },
        { "coldChain.timeOutside=\"P1M\"", "$.coldChain.timeOutside: \"P1M\" is not an ISO 8601 duration" },
        { "batch.digitalLink=\"https://id.example/01/09520123456788/10/BH2605B\"", "$.batch.digitalLink: names (01)09520123456788(10)BH2605B, not the batch" },
        { "batch.lot=\"BH 2605A\"", "$.batch.lot: the lot \"BH 2605A\" contains U+0020, which is not in GS1 AI character set 82" },
        { "issuedAt=\"2026-05-16T00:00:00\"", "$.issuedAt: expected an RFC 3339 date-time with a time zone" },
        { "history=null", "$.history: expected an array, found null" },
        { "bundleVersion=2", "$.bundleVersion: version 2 is not supported" },
    };

    [Theory]
    [MemberData(nameof(MemberEdits))]
    public async Task Refuses_a_malformed_member_naming_its_path(string edit, string reason)
    {
        var bundle = TestBundles.Load("valid-within-range.json");
        var (path, json) = (edit[..edit.IndexOf('=', StringComparison.Ordinal)], edit[(edit.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var keys = path.Split('.');
        var parent = keys[..^1].Aggregate((JsonNode)bundle, (node, key) => node[key]!);
        parent[keys[^1]] = json.StartsWith("0x", StringComparison.Ordinal) ? JsonValue.Create(json) : JsonNode.Parse(json);

        var report = await BundleVerifier.VerifyAsync(TestBundles.Bytes(bundle), Offline);

        AssertFormatFailure(report, reason);
    }

    [Fact]
    public async Task Treats_bad_options_as_cannot_verify_never_valid()
    {
        var report = await BundleVerifier.VerifyAsync(TestBundles.VectorInput("valid-within-range.json"), new VerifyOptions { MinConfirmations = -1 });

        Assert.Equal(VerificationVerdict.CannotVerify, report.Verdict);
        Assert.All(report.Checks, c => Assert.Equal(CheckStatus.CannotCheck, c.Status));
        Assert.StartsWith("invalid options: MinConfirmations", report.Checks[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_RPC_the_chain_checks_cannot_check()
    {
        var report = await BundleVerifier.VerifyAsync(TestBundles.VectorInput("valid-within-range.json"), new VerifyOptions());

        Assert.Equal(VerificationVerdict.CannotVerify, report.Verdict);
        Assert.Equal(CheckNames.Chain, report.FirstFailure);
        Assert.All(CheckNames.OnChain, name => Assert.Equal(CheckStatus.CannotCheck, report.Check(name).Status));
        Assert.Contains("no RPC URL", report.Check(CheckNames.Chain).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_well_formed_bundle_reports_what_a_page_shows_even_offline()
    {
        var report = await BundleVerifier.VerifyAsync(TestBundles.VectorInput("valid-refreshed-with-history.json"), Offline);

        Assert.Equal("BH2605A", report.Batch!.Lot);
        Assert.Null(report.Batch.Recall);
        Assert.Null(report.Publisher!.Membership);
        Assert.Equal(24, report.Anchor!.Size);
        Assert.Null(report.Anchor.Confirmations);
        Assert.Equal(Ledger.ColdChain.ColdChainVerdict.WithinRange, report.ColdChain!.Verdict);
        Assert.Equal(10, report.Timeline.Count);
        Assert.Equal("ACE-2604-R1", report.Timeline[0].Lot);
        Assert.False(report.Timeline[0].OfTaggedBatch);
        Assert.Contains(report.Timeline, t => t.ErrorDeclaration is not null);
        Assert.Contains(report.Timeline, t => t.Retracted);
        Assert.Contains("not checked on the chain: offline", report.Check(CheckNames.History).Reason, StringComparison.Ordinal);
    }

    private static void AssertFormatFailure(VerificationReport report, string reason)
    {
        Assert.Equal(VerificationVerdict.Invalid, report.Verdict);
        Assert.Equal(CheckNames.Format, report.FirstFailure);
        Assert.Contains(reason, report.Checks[0].Reason, StringComparison.Ordinal);
        Assert.All(report.Checks.Skip(1), c => Assert.Equal(CheckStatus.Skipped, c.Status));
        Assert.Null(report.Batch);
    }
}
