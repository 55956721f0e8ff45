using System.CommandLine;
using System.Globalization;
using Anchor.Configuration;
using Anchor.Ledger.Ingest;
using Anchor.Ledger.Storage.Sqlite;
using Anchor.Cli;

namespace Anchor.Commands;

/// <summary>
/// <c>anchor ingest PATH... [--publisher NAME]</c>: appends EPCIS 2.0 documents to a publisher's
/// log, each document all or nothing, and reports accepted, duplicate and rejected events.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "EPCIS 2.0 documents (JSON or JSON-LD): files, folders (every *.json and *.jsonld below), or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var publisher = new Option<string?>("--publisher") { Description = "The publisher (brand) whose log receives the events; default Ledger:DefaultPublisher" };
        var command = new Command("ingest", "Append EPCIS 2.0 events to a publisher's log; each document lands whole or not at all") { paths, publisher };
        command.SetAction(async (parseResult, cancel) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                var settings = GlobalOptions.Settings(parseResult);
                var documents = InputDocuments.Expand(parseResult.GetRequiredValue(paths), Console.OpenStandardInput);
                var store = new SqliteLedgerStore(new SqliteDatabase(settings.Ledger.Database));
                var target = await store.GetOrCreatePublisherAsync(parseResult.GetValue(publisher) ?? settings.Ledger.DefaultPublisher, cancel);
                var ingestor = new LedgerIngestor(store);
                var outcomes = new List<DocumentOutcome>();
                foreach (var document in documents)
                {
                    await using var stream = document.Open();
                    var outcome = await ingestor.IngestDocumentAsync(target, stream, document.Name, cancel);
                    outcomes.Add(outcome);
                    if (!outcome.Landed) await error.WriteLineAsync($"rejected: {outcome.Error}");
                }
                var size = (await store.FindPublisherAsync(target.Name, cancel))!.Size;
                var summary = new IngestSummary(target.Name, outcomes, size);
                await output.WriteLineAsync(Describe(summary));
                return summary.RejectedDocuments == 0 ? ExitCodes.Success : ExitCodes.Failure;
            }
            catch (ConfigurationException e)
            {
                await error.WriteLineAsync($"anchor ingest: {e.Message}");
                return ExitCodes.BadConfiguration;
            }
            catch (Exception e) when (e is FileNotFoundException or ArgumentException)
            {
                await error.WriteLineAsync($"anchor ingest: {e.Message}");
                return ExitCodes.BadConfiguration;
            }
        });
        return command;
    }

    private static string Describe(IngestSummary s) => string.Create(CultureInfo.InvariantCulture, $"""
        publisher {s.Publisher}: {s.Documents.Count} document(s), log size now {s.LogSize}
          accepted   {s.Accepted}
          duplicate  {s.Duplicates}
          rejected   {s.Rejected} ({s.RejectedDocuments} document(s))
        """);
}
