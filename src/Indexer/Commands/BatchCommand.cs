using System.CommandLine;
using System.Text.Json;
using Anchor.Cli;
using Anchor.Indexer.Batches;
using Anchor.Indexer.Queries;
using Anchor.Ledger.ColdChain;

namespace Anchor.Indexer.Commands;

/// <summary>
/// <c>indexer batch GTIN LOT [--json]</c>: a batch's events (with its raw-material inputs'), the
/// anchors covering them, its recall state, the publisher's alliance name and its cold-chain
/// summary. Exit codes: 0 found, 2 a malformed GTIN or lot, 3 no ledger holds the batch.
/// </summary>
public static class BatchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var gtin = new Argument<string>("GTIN") { Description = "The batch's GTIN (8, 12, 13 or 14 digits, with its check digit)" };
        var lot = new Argument<string>("LOT") { Description = "The batch's lot, exactly as in the events" };
        var json = CommandSupport.JsonOption();
        var command = new Command("batch", "Show a batch: its events, the anchors covering them, recall, alliance membership and cold chain") { gtin, lot, json };
        command.SetAction((parseResult, cancel) => CommandSupport.RunAsync(parseResult, "batch", async (settings, token) =>
        {
            var batch = ParseBatch(parseResult.GetRequiredValue(gtin), parseResult.GetRequiredValue(lot));
            var (ledger, index) = CommandSupport.OpenStores(settings);
            var reports = await new BatchReportBuilder(ledger, index, settings.TemperatureBands).BuildAsync(batch, token);
            if (reports.Count == 0)
            {
                throw new IndexerCommandException($"no ledger in {settings.Anchor.Ledger.Database} holds batch {batch}", IndexerExitCodes.NotFound);
            }
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(reports.Select(BatchReportJson.From), CommandSupport.Json));
            }
            else
            {
                foreach (var report in reports) await output.WriteAsync(BatchReportText.Describe(report));
            }
            return ExitCodes.Success;
        }, cancel));
        return command;
    }

    private static BatchRef ParseBatch(string gtin, string lot)
    {
        string gtin14;
        try
        {
            gtin14 = TemperatureBandPolicy.NormalizeGtin(gtin);
        }
        catch (FormatException e)
        {
            throw new IndexerCommandException($"GTIN: {e.Message}", ExitCodes.BadConfiguration);
        }
        if (string.IsNullOrWhiteSpace(lot)) throw new IndexerCommandException("LOT: the lot is empty", ExitCodes.BadConfiguration);
        return BatchRef.Of(gtin14, lot);
    }
}
