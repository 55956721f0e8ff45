using System.Text.Json;
using Anchor.Ethereum.Contracts.AllianceRegistry;
using Anchor.Indexer.Tests.Support;
using Anchor.Ledger.Entries;
using Anchor.TestSupport;
using Xunit;

namespace Anchor.Indexer.Tests.Commands;

/// <summary>The <c>indexer</c> program run as a user runs it, against a real node and the sample data.</summary>
public class IndexerCliTests
{
    [Fact]
    public async Task Run_once_then_batch_anchors_and_status_show_what_the_chain_says_about_the_sample()
    {
        // Arrange: by-health's sample ledger, anchored whole, admitted to the alliance, one lot recalled.
        await using var chain = await ChainScenario.StartAsync();
        var (publisher, _, batches) = await SampleLedger.IngestAsync(chain.Ledger, chain.Folder, "by-health", batches: 30);
        await chain.Ledger.SetPublisherAddressAsync(publisher, chain.AddressOf(1).ToString());
        publisher = (await chain.Ledger.FindPublisherAsync("by-health"))!;
        await chain.AnchorLedgerAsync(1, publisher, 0, publisher.Size);
        await chain.AllianceAsync(new AdmitFunction(chain.AddressOf(1), "By-Health", "https://by-health.example/anchor.json"));
        var (kept, recalled) = (batches[0], batches[1]);
        await chain.RecallAsync(1, BatchKey.Of(recalled.Gtin, recalled.Lot), "supplier notice: contaminated raw material");
        var environment = chain.Environment();

        // Act
        var run = await CliRunner.RunAsync("indexer", ["run", "--once"], environment);
        var batch = await CliRunner.RunAsync("indexer", ["batch", kept.Gtin, kept.Lot], environment);
        var json = await CliRunner.RunAsync("indexer", ["batch", recalled.Gtin, recalled.Lot, "--json"], environment);
        var anchors = await CliRunner.RunAsync("indexer", ["anchors", "--publisher", chain.AddressOf(1).ToString()], environment);
        var status = await CliRunner.RunAsync("indexer", ["status"], environment);

        // Assert: run
        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        Assert.Contains("1 final anchor(s), 0 provisional", run.StandardOutput);

        // batch, as text: the alliance name, no recall, fully anchored, and a timeline that starts at the raw lot's origin.
        Assert.True(batch.ExitCode == 0, batch.StandardError);
        Assert.Contains($"Batch (01){kept.Gtin}(10){kept.Lot}", batch.StandardOutput);
        Assert.Contains("By-Health (alliance member since", batch.StandardOutput);
        Assert.Contains("recall      not recalled", batch.StandardOutput);
        Assert.Contains($"input       (01){kept.RawGtin}(10){kept.RawLot}", batch.StandardOutput);
        Assert.Contains("entries anchored; latest anchor covering them all: size " + publisher.Size, batch.StandardOutput);
        var rows = batch.StandardOutput.Split('\n').SkipWhile(l => !l.StartsWith("TIME", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0).ToArray();
        Assert.Contains("commissioning", rows[0]);
        Assert.Contains($"input {kept.RawLot}", rows[0]);
        Assert.Contains(rows, r => r.Contains("TransformationEvent", StringComparison.Ordinal) && r.Contains("this batch", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains("pending", StringComparison.Ordinal));
        Assert.Contains("Cold chain  WithinRange against 2–8 °C", batch.StandardOutput);

        // batch, as JSON: the recall, the inputs' events labelled, the anchor.
        Assert.True(json.ExitCode == 0, json.StandardError);
        var report = JsonDocument.Parse(json.StandardOutput).RootElement[0];
        Assert.True(report.GetProperty("recalled").GetBoolean());
        Assert.Equal("supplier notice: contaminated raw material", report.GetProperty("recalls")[0].GetProperty("recall").GetProperty("reason").GetString());
        Assert.Equal("By-Health", report.GetProperty("publisher").GetProperty("alliance").GetProperty("name").GetString());
        Assert.True(report.GetProperty("anchoring").GetProperty("fullyAnchored").GetBoolean());
        Assert.Equal(publisher.Size, report.GetProperty("anchoring").GetProperty("latestCoveringAll").GetProperty("size").GetUInt64());
        Assert.Equal("matched", report.GetProperty("anchoring").GetProperty("latestCoveringAll").GetProperty("mapping").GetString());
        var events = report.GetProperty("events").EnumerateArray().ToArray();
        Assert.True(events[0].GetProperty("input").GetBoolean());
        Assert.Equal(recalled.RawLot, events[0].GetProperty("lot").GetString());
        Assert.Contains(events, e => !e.GetProperty("input").GetBoolean() && e.GetProperty("bizStep").GetString() == "shipping");
        Assert.Contains(report.GetProperty("coldChain").GetProperty("verdict").GetString(), new[] { "WithinRange", "Excursion" });
        Assert.True(report.GetProperty("coldChain").GetProperty("readings").GetInt32() > 0);

        // anchors and status
        Assert.True(anchors.ExitCode == 0, anchors.StandardError);
        Assert.Contains("By-Health", anchors.StandardOutput);
        Assert.Contains($"0..{publisher.Size}", anchors.StandardOutput);
        Assert.Contains("matched", anchors.StandardOutput);
        Assert.True(status.ExitCode == 0, status.StandardOutput + status.StandardError);
        Assert.Contains("lag 0 block(s)", status.StandardOutput);
        Assert.Contains("1 final: 1 matched", status.StandardOutput);
        Assert.Contains("alliance     1 member(s)", status.StandardOutput);
    }

    [Fact]
    public async Task Batch_uses_the_configured_temperature_band_and_refuses_bad_or_unknown_batches()
    {
        await using var chain = await ChainScenario.StartAsync();
        var (_, _, batches) = await SampleLedger.IngestAsync(chain.Ledger, chain.Folder, "by-health", batches: 15);
        var sample = batches[0];
        var frozen = chain.Environment(1, null, ($"Indexer:ColdChain:Gtins:{sample.Gtin}:MinCelsius", "-25"), ($"Indexer:ColdChain:Gtins:{sample.Gtin}:MaxCelsius", "-15"));

        var banded = await CliRunner.RunAsync("indexer", ["batch", sample.Gtin, sample.Lot], frozen);
        var badGtin = await CliRunner.RunAsync("indexer", ["batch", sample.Gtin[..13] + (sample.Gtin[13] == '9' ? '0' : (char)(sample.Gtin[13] + 1)), sample.Lot], frozen);
        var unknown = await CliRunner.RunAsync("indexer", ["batch", sample.Gtin, "NO-SUCH-LOT"], frozen);

        Assert.True(banded.ExitCode == 0, banded.StandardError);
        Assert.Contains("Cold chain  Excursion against -25–-15 °C", banded.StandardOutput);
        Assert.Contains("the indexer has not run on this database", banded.StandardOutput);
        Assert.Contains("not yet covered", banded.StandardOutput);
        Assert.Equal(2, badGtin.ExitCode);
        Assert.Contains("check digit is wrong", badGtin.StandardError);
        Assert.Equal(3, unknown.ExitCode);
        Assert.Contains($"holds batch (01){sample.Gtin}(10)NO-SUCH-LOT", unknown.StandardError);
    }

    [Fact]
    public async Task Run_refuses_a_missing_deployment_file_and_a_wrong_chain_id_with_exit_code_2()
    {
        await using var chain = await ChainScenario.StartAsync();

        var missing = await CliRunner.RunAsync("indexer", ["run", "--once"],
            chain.Environment(1, null, ("Chain:Deployment", Path.Combine(chain.Folder, "nowhere", "{chainId}.json"))));
        var wrongChain = await CliRunner.RunAsync("indexer", ["run", "--once", "--chain-id", "1"], chain.Environment());

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("does not exist; run `anchor deploy` for this chain first", missing.StandardError);
        Assert.Equal(2, wrongChain.ExitCode);
        Assert.Contains("serves chain 31337, but Chain:ChainId (ANCHOR__Chain__ChainId) is 1", wrongChain.StandardError);
    }

    [Fact]
    public async Task A_reorg_deeper_than_the_window_halts_run_with_exit_code_4_and_status_shows_it()
    {
        await using var chain = await ChainScenario.StartAsync();
        var environment = chain.Environment(1, null, ("Indexer:ReorgWindow", "3"));
        var snapshot = await chain.SnapshotAsync();
        await chain.MineAsync(5);
        Assert.Equal(0, (await CliRunner.RunAsync("indexer", ["run", "--once"], environment)).ExitCode);

        await chain.RevertAsync(snapshot);
        await chain.MineAsync(6);
        var halted = await CliRunner.RunAsync("indexer", ["run", "--once"], environment);
        var status = await CliRunner.RunAsync("indexer", ["status"], environment);
        var again = await CliRunner.RunAsync("indexer", ["run", "--once", "--from-scratch"], environment);

        Assert.Equal(4, halted.ExitCode);
        Assert.Contains("REORG DEEPER THAN THE WINDOW", halted.StandardError);
        Assert.Contains("no longer holds any block the indexer keeps from its last 3 (Indexer:ReorgWindow)", halted.StandardError);
        Assert.Contains("indexer run --from-scratch", halted.StandardError);
        Assert.Contains("last error", status.StandardOutput);
        Assert.Contains("REORG DEEPER THAN THE WINDOW", status.StandardOutput);
        Assert.True(again.ExitCode == 0, again.StandardOutput + again.StandardError);
        var progress = (await chain.Index.ReadProgressAsync())!;
        Assert.Equal((1L, "requested with indexer run --from-scratch"), (progress.Resets, progress.LastReset));
        Assert.Equal(await chain.BlockHashAsync(await chain.HeadAsync()), progress.LastBlock!.Value.Hash);
    }

    [Fact]
    public async Task Status_flags_a_root_mismatch_loudly_and_exits_1()
    {
        await using var chain = await ChainScenario.StartAsync();
        await TestLedger.CreateAsync(chain.Ledger, "brand-a", chain.AddressOf(1).ToString(), "A", "B");
        await chain.AnchorAsync(1, 2, ChainScenario.Root("not brand-a's entries"), []);
        var environment = chain.Environment();

        var run = await CliRunner.RunAsync("indexer", ["run", "--once"], environment);
        var status = await CliRunner.RunAsync("indexer", ["status"], environment);
        var anchors = await CliRunner.RunAsync("indexer", ["anchors"], environment);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ROOT MISMATCH", run.StandardOutput + run.StandardError);
        Assert.Equal(1, status.ExitCode);
        Assert.Contains("1 ROOT MISMATCH", status.StandardOutput);
        Assert.Contains($"ROOT MISMATCH  {chain.AddressOf(1)} (brand-a) anchored {ChainScenario.Root("not brand-a's entries")} at size 2", status.StandardOutput);
        Assert.Contains("ROOT MISMATCH (ledger root 0x", anchors.StandardOutput);
    }
}
