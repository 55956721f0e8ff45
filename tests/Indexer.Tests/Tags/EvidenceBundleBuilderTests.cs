using System.Text.Json;
using Anchor.Ethereum;
using Anchor.Ethereum.Contracts.AllianceRegistry;
using Anchor.Ethereum.Contracts.AnchorRegistry;
using Anchor.Indexer.Tags;
using Anchor.Indexer.Tests.Support;
using Anchor.Indexer.Verification;
using Anchor.Ledger.ColdChain;
using Anchor.Ledger.Entries;
using Anchor.Ledger.Ingest;
using Anchor.Ledger.Storage;
using Xunit;

namespace Anchor.Indexer.Tests.Tags;

/// <summary>
/// Tags issued from a real ledger, anchored on a real Hardhat node and indexed, then checked by
/// the verifier against the same node: what the builder issues must verify, and what it refuses
/// must be refused for the right reason.
/// </summary>
public sealed class EvidenceBundleBuilderTests : IAsyncLifetime
{
    private const int Publisher = 1;
    private ChainScenario _chain = null!;
    private Publisher _publisher = null!;
    private IReadOnlyList<SampleBatch> _batches = null!;

    public async Task InitializeAsync()
    {
        _chain = await ChainScenario.StartAsync();
        (_publisher, _, _batches) = await SampleLedger.IngestAsync(_chain.Ledger, _chain.Folder, "by-health", batches: 75);
        await _chain.Ledger.SetPublisherAddressAsync(_publisher, _chain.AddressOf(Publisher).ToString());
        await _chain.AllianceAsync(new AdmitFunction(_chain.AddressOf(Publisher), "By-Health", "https://by-health.example/alliance.json"));
        await _chain.AnchorLedgerAsync(Publisher, _publisher, 0, _publisher.Size);
        await _chain.MineAsync(2);
        await _chain.CatchUpAsync();
    }

    [Fact]
    public async Task A_tag_includes_the_input_lots_and_verifies_against_the_chain()
    {
        var batch = _batches[0];

        var tag = await Builder().BuildAsync(batch.Gtin, batch.Lot);
        var report = await VerifyOnlineAsync(tag.Bundle);

        Assert.True(report.Verdict == VerificationVerdict.Valid, Describe(report));
        Assert.Equal($"https://id.by-health.example/01/{batch.Gtin}/10/{batch.Lot}", tag.DigitalLink);
        Assert.Equal("By-Health", tag.AllianceName);
        Assert.True(tag.InputEntries >= 3, $"{tag.InputEntries} input entries");
        using var bundle = JsonDocument.Parse(tag.Bundle);
        var lots = bundle.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("lot").GetString()!).Distinct();
        Assert.Equal(new[] { batch.Lot, batch.RawLot }.Order(), lots.Order());
        Assert.InRange(tag.QrCode().Version, 1, 10);
    }

    [Fact]
    public async Task The_explorer_arguments_verify_on_the_registry_itself()
    {
        var batch = _batches[1];

        var tag = await Builder(explorer: "https://explorer.example").BuildAsync(batch.Gtin, batch.Lot);

        using var bundle = JsonDocument.Parse(tag.Bundle);
        var explorer = bundle.RootElement.GetProperty("explorer");
        Assert.StartsWith("https://explorer.example/tx/0x", explorer.GetProperty("transaction").GetString());
        Assert.EndsWith("#readContract", explorer.GetProperty("contract").GetString());
        var registry = _chain.Account(0).GetAnchorRegistry(_chain.Deployment.AnchorRegistry.Address);
        foreach (var args in explorer.GetProperty("verifyInclusion").EnumerateArray())
        {
            var proof = args.GetProperty("proof").GetString()!.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries).Select(h => Bytes32.Parse(h)).ToArray();
            var included = await registry.VerifyInclusionAsync(new VerifyInclusionFunction(
                Address.Parse(args.GetProperty("publisher").GetString()!), Bytes32.Parse(args.GetProperty("root").GetString()!),
                ulong.Parse(args.GetProperty("size").GetString()!), ulong.Parse(args.GetProperty("index").GetString()!),
                Bytes32.Parse(args.GetProperty("leafHash").GetString()!), proof));
            Assert.True(included, $"verifyInclusion rejected index {args.GetProperty("index")}");
        }
    }

    [Fact]
    public async Task A_recalled_batch_carries_the_recall_and_fails_verification_at_recall()
    {
        var batch = _batches[2];
        await _chain.RecallAsync(Publisher, BatchKey.Of(batch.Gtin, batch.Lot), "Supplier notice: contaminated culture");
        await _chain.MineAsync(2);
        await _chain.CatchUpAsync();

        var tag = await Builder().BuildAsync(batch.Gtin, batch.Lot);
        var report = await VerifyOnlineAsync(tag.Bundle);

        Assert.Equal("Supplier notice: contaminated culture", tag.Recall?.Reason);
        using var bundle = JsonDocument.Parse(tag.Bundle);
        Assert.Equal("Supplier notice: contaminated culture", bundle.RootElement.GetProperty("recall").GetProperty("reason").GetString());
        Assert.Equal(VerificationVerdict.Invalid, report.Verdict);
        Assert.Equal(CheckNames.Recall, report.FirstFailure);
    }

    [Fact]
    public async Task A_refreshed_tag_proves_the_same_entries_against_the_newer_head_linked_to_the_old_one()
    {
        var batch = _batches[3];
        var first = await Builder().BuildAsync(batch.Gtin, batch.Lot);
        var oldSize = _publisher.Size;
        await AppendAsync(extraBatches: 2);
        var grown = (await _chain.Ledger.FindPublisherAsync(_publisher.Name))!;
        await _chain.AnchorLedgerAsync(Publisher, grown, oldSize, grown.Size);
        await _chain.MineAsync(2);
        await _chain.CatchUpAsync();

        var refreshed = await Builder().BuildAsync(batch.Gtin, batch.Lot, refresh: first.Bundle);
        var report = await VerifyOnlineAsync(refreshed.Bundle);

        Assert.Equal(grown.Size, refreshed.Anchor.Size);
        Assert.Equal([oldSize], refreshed.History);
        Assert.True(report.Verdict == VerificationVerdict.Valid, Describe(report));
        Assert.Equal(CheckStatus.Pass, report.Check(CheckNames.History).Status);
        Assert.Contains("earlier head", report.Check(CheckNames.History).Reason);
    }

    [Fact]
    public async Task Entries_not_yet_anchored_and_unknown_batches_are_refused_by_kind()
    {
        var (_, added) = await AppendAsync(extraBatches: 1);
        await _chain.CatchUpAsync();

        var pending = await Assert.ThrowsAsync<TagException>(() => Builder().BuildAsync(added.Gtin, added.Lot));
        var unknown = await Assert.ThrowsAsync<TagException>(() => Builder().BuildAsync(_batches[0].Gtin, "NO-SUCH-LOT"));
        var badGtin = await Assert.ThrowsAsync<TagException>(() => Builder().BuildAsync("09521001000018", "L1"));

        Assert.Equal(TagProblemKind.NotAnchored, pending.Kind);
        Assert.Contains("not fully anchored", pending.Message);
        Assert.Equal(TagProblemKind.NotFound, unknown.Kind);
        Assert.Equal(TagProblemKind.BadBatch, badGtin.Kind);
    }

    [Fact]
    public async Task No_tag_is_issued_while_the_publishers_key_anchored_a_root_its_ledger_does_not_hold()
    {
        // Another brand whose key's first anchor is a root of its own making, not its ledger's.
        var (centrum, _, centrumBatches) = await SampleLedger.IngestAsync(_chain.Ledger, Path.Combine(_chain.Folder, "centrum"), "centrum", batches: 30);
        await _chain.Ledger.SetPublisherAddressAsync(centrum, _chain.AddressOf(2).ToString());
        await _chain.AnchorAsync(2, centrum.Size, ChainScenario.Root("forged history"), []);
        await _chain.MineAsync(2);
        await _chain.CatchUpAsync();

        var refused = await Assert.ThrowsAsync<TagException>(() => Builder().BuildAsync(centrumBatches[0].Gtin, centrumBatches[0].Lot));

        Assert.Equal(TagProblemKind.RootMismatch, refused.Kind);
        Assert.Contains("ROOT MISMATCH", refused.Message, StringComparison.Ordinal);
    }

    public async Task DisposeAsync() => await _chain.DisposeAsync();

    private EvidenceBundleBuilder Builder(string explorer = "") =>
        new(_chain.Ledger, _chain.Index, TemperatureBandPolicy.Standard,
            new TagOptions { ResolverDomains = { ["by-health"] = "id.by-health.example" } }, explorer);

    private Task<VerificationReport> VerifyOnlineAsync(byte[] bundle) =>
        BundleVerifier.VerifyAsync(bundle, new VerifyOptions { Rpc = _chain.Node.RpcUrl, MinConfirmations = 1 });

    private async Task<(Publisher Publisher, SampleBatch Added)> AppendAsync(int extraBatches)
    {
        var folder = Path.Combine(_chain.Folder, $"more-{Guid.NewGuid():n}");
        Anchor.Ledger.Sample.SampleGenerator.Generate(new Anchor.Ledger.Sample.SampleOptions { OutputDirectory = folder, Batches = 15 * extraBatches, Seed = 99 + extraBatches });
        var ingestor = new LedgerIngestor(_chain.Ledger);
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "by-health"), "*.jsonld"))
        {
            await using var stream = File.OpenRead(file);
            var outcome = await ingestor.IngestDocumentAsync(_publisher, stream, file);
            Assert.True(outcome.Landed, outcome.Error);
        }
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "brands.json")));
        var added = manifest.RootElement.GetProperty("brands").EnumerateArray().Single(b => b.GetProperty("slug").GetString() == "by-health")
            .GetProperty("batches")[0];
        return ((await _chain.Ledger.FindPublisherAsync(_publisher.Name))!,
            new SampleBatch(added.GetProperty("gtin").GetString()!, added.GetProperty("lot").GetString()!, "", "", 0));
    }

    private static string Describe(VerificationReport report) =>
        string.Join("\n", report.Checks.Select(c => $"{c.Name}: {c.Status}: {c.Reason}"));
}

/// <summary>`indexer tag` as a user runs it: files written, exit codes by outcome.</summary>
public sealed class TagCommandTests : IAsyncLifetime
{
    private ChainScenario _chain = null!;
    private IReadOnlyList<SampleBatch> _batches = null!;

    public async Task InitializeAsync()
    {
        _chain = await ChainScenario.StartAsync();
        Publisher publisher;
        (publisher, _, _batches) = await SampleLedger.IngestAsync(_chain.Ledger, _chain.Folder, "by-health", batches: 30);
        await _chain.Ledger.SetPublisherAddressAsync(publisher, _chain.AddressOf(1).ToString());
        await _chain.AnchorLedgerAsync(1, publisher, 0, publisher.Size);
        await _chain.MineAsync(2);
        await _chain.CatchUpAsync();
    }

    [Fact]
    public async Task Writes_the_bundle_and_a_png_or_svg_qr_code_and_exits_by_outcome()
    {
        var bundle = Path.Combine(_chain.Folder, "bundle.json");
        var png = Path.Combine(_chain.Folder, "tag.png");
        var svg = Path.Combine(_chain.Folder, "tag.svg");
        var env = _chain.Environment();

        var issued = await Anchor.TestSupport.CliRunner.RunAsync("indexer", ["tag", _batches[0].Gtin, _batches[0].Lot, "--out", bundle, "--qr", png], env);
        var asSvg = await Anchor.TestSupport.CliRunner.RunAsync("indexer", ["tag", _batches[0].Gtin, _batches[0].Lot, "--out", bundle, "--qr", svg], env);
        var unknown = await Anchor.TestSupport.CliRunner.RunAsync("indexer", ["tag", _batches[0].Gtin, "NOPE", "--out", bundle], env);
        var badQr = await Anchor.TestSupport.CliRunner.RunAsync("indexer", ["tag", _batches[0].Gtin, _batches[0].Lot, "--qr", "tag.gif"], env);

        Assert.True(issued.ExitCode == 0, issued.StandardError);
        Assert.Contains("version", issued.StandardOutput);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png)[..4]);
        Assert.Equal(0, asSvg.ExitCode);
        Assert.Contains("<svg", File.ReadAllText(svg));
        using (var document = JsonDocument.Parse(File.ReadAllBytes(bundle))) Assert.Equal(1, document.RootElement.GetProperty("bundleVersion").GetInt32());
        Assert.Equal(3, unknown.ExitCode);
        Assert.Contains("no ledger here holds", unknown.StandardError);
        Assert.Equal(2, badQr.ExitCode);
        Assert.Contains(".png or .svg", badQr.StandardError);
    }

    public async Task DisposeAsync() => await _chain.DisposeAsync();
}
