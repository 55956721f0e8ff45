using System.CommandLine;
using System.Globalization;
using Anchor.Cli;
using Anchor.Indexer.Tags;
using Anchor.Ledger.ColdChain;

namespace Anchor.Indexer.Commands;

/// <summary>
/// <c>indexer tag GTIN LOT [--out bundle.json] [--qr tag.png|tag.svg] [--refresh OLD.json]</c>:
/// issues a batch's traceability tag, the evidence bundle and the Digital Link QR code.
/// Exit codes: 0 issued; 1 not anchored yet, or the publisher's anchors are flagged; 2 bad
/// arguments or configuration; 3 no ledger holds the batch.
/// </summary>
public static class TagCommand
{
    public static Command Create()
    {
        var gtin = new Argument<string>("GTIN") { Description = "The batch's GTIN (8, 12, 13 or 14 digits, with its check digit)" };
        var lot = new Argument<string>("LOT") { Description = "The batch's lot, exactly as in the events" };
        var output = new Option<FileInfo?>("--out") { Description = "Where to write the evidence bundle (JSON); standard output when absent" };
        var qr = new Option<FileInfo?>("--qr") { Description = "Where to write the QR code of the Digital Link: a .png or .svg file" };
        var publisher = new Option<string?>("--publisher") { Description = "The publisher, when more than one ledger here holds the batch" };
        var refresh = new Option<FileInfo?>("--refresh") { Description = "An earlier bundle of the batch: prove the same entries against the newest head, linked to the old one" };
        var command = new Command("tag", "Issue a batch's traceability tag: the evidence bundle and the Digital Link QR code")
        {
            gtin, lot, output, qr, publisher, refresh,
        };
        command.SetAction((parseResult, cancel) => CommandSupport.RunAsync(parseResult, "tag", async (settings, token) =>
        {
            var qrFile = parseResult.GetValue(qr);
            if (qrFile is not null && qrFile.Extension.ToLowerInvariant() is not (".png" or ".svg"))
            {
                throw new IndexerCommandException($"--qr {qrFile.Name}: write the QR code as a .png or .svg file", ExitCodes.BadConfiguration);
            }
            var refreshFile = parseResult.GetValue(refresh);
            byte[]? previous = null;
            if (refreshFile is not null)
            {
                if (!refreshFile.Exists) throw new IndexerCommandException($"--refresh {refreshFile.FullName} does not exist", ExitCodes.BadConfiguration);
                previous = await File.ReadAllBytesAsync(refreshFile.FullName, token);
            }
            var (ledger, index) = CommandSupport.OpenStores(settings);
            var builder = new EvidenceBundleBuilder(ledger, index, settings.TemperatureBands,
                TagOptions.Load(GlobalOptions.Configuration(parseResult)), settings.Anchor.Chain.ExplorerUrl);
            IssuedTag tag;
            try
            {
                tag = await builder.BuildAsync(Gtin14(parseResult.GetRequiredValue(gtin)), parseResult.GetRequiredValue(lot),
                    parseResult.GetValue(publisher), previous, token);
            }
            catch (TagException e)
            {
                throw new IndexerCommandException(e.Message, e.Kind switch
                {
                    TagProblemKind.BadBatch or TagProblemKind.Ambiguous or TagProblemKind.BadRefresh => ExitCodes.BadConfiguration,
                    TagProblemKind.NotFound => IndexerExitCodes.NotFound,
                    _ => ExitCodes.Failure,
                });
            }

            var stdout = parseResult.InvocationConfiguration.Output;
            var outFile = parseResult.GetValue(output);
            if (outFile is null)
            {
                await stdout.WriteLineAsync(System.Text.Encoding.UTF8.GetString(tag.Bundle));
                return ExitCodes.Success;
            }
            await File.WriteAllBytesAsync(outFile.FullName, tag.Bundle, token);
            var code = tag.QrCode();
            if (qrFile is not null) code.Save(qrFile.FullName);
            await stdout.WriteLineAsync(Describe(tag, outFile, qrFile, code.Version));
            return ExitCodes.Success;
        }, cancel));
        return command;
    }

    private static string Gtin14(string gtin)
    {
        try
        {
            return TemperatureBandPolicy.NormalizeGtin(gtin);
        }
        catch (FormatException e)
        {
            throw new IndexerCommandException($"GTIN: {e.Message}", ExitCodes.BadConfiguration);
        }
    }

    private static string Describe(IssuedTag tag, FileInfo bundle, FileInfo? qr, int qrVersion)
    {
        var recall = tag.Recall is { } r ? $"RECALLED at {r.Position.BlockTime:u}: \"{r.Reason}\"" : "not recalled";
        var history = tag.History.Count == 0 ? "" : $"\n  history     linked to earlier head(s) of size {string.Join(", ", tag.History)} by consistency proofs";
        return string.Create(CultureInfo.InvariantCulture, $"""
            tag of {tag.DigitalLink}
              publisher   {tag.Publisher} ({tag.AllianceName ?? "not an alliance member"})
              anchor      size {tag.Anchor.Size}, root {tag.Anchor.Root}, block {tag.Anchor.Position.BlockNumber}, tx {tag.Anchor.Position.TransactionHash}
              entries     {tag.OwnEntries} of the batch, {tag.InputEntries} of its input lots; {tag.ProofNodes} distinct proof nodes{history}
              recall      {recall}
              cold chain  {tag.ColdChain.Verdict} in {tag.ColdChain.Band.MinCelsius}–{tag.ColdChain.Band.MaxCelsius} °C, {tag.ColdChain.Readings} readings
              bundle      {bundle.FullName} ({tag.Bundle.Length:N0} bytes)
              QR code     {(qr is null ? "not written" : qr.FullName)} (version {qrVersion})
            """);
    }
}
