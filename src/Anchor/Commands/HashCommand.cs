using System.CommandLine;
using Anchor.Ledger.Epcis;
using Anchor.Ledger.Epcis.Hashing;
using Anchor.Cli;

namespace Anchor.Commands;

/// <summary>
/// <c>anchor hash FILE</c>: prints the CBV 2.0 EPCIS Event Hash ID of every event of a document,
/// one per line, in document order. The document is validated as ingest would, but it need not
/// name batches: the hash ID is GS1's, not Anchor's.
/// </summary>
public static class HashCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "An EPCIS 2.0 JSON or JSON-LD document; - for standard input" };
        var preHash = new Option<bool>("--pre-hash") { Description = "Also print each event's canonical pre-hash string" };
        var command = new Command("hash", "Print the CBV 2.0 EPCIS Event Hash ID of each event, in document order") { file, preHash };
        command.SetAction(async (parseResult, cancel) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetRequiredValue(file);
            var fromStdin = path.Name == "-";
            try
            {
                await using var stream = fromStdin ? Console.OpenStandardInput() : path.OpenRead();
                JsonLdContext? context = null;
                var options = EpcisReaderOptions.Default with { RequireBatch = false };
                await foreach (var epcisEvent in EpcisDocumentReader.ReadEventsAsync(stream, fromStdin ? "<stdin>" : path.FullName, options, cancel))
                {
                    context ??= JsonLdContext.Parse(epcisEvent.DocumentContext);
                    var hash = EventHashId.Compute(epcisEvent.Element, context);
                    await output.WriteLineAsync(hash.HashId);
                    if (parseResult.GetValue(preHash)) await output.WriteLineAsync(hash.PreHash);
                }
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is EpcisValidationException or EventHashException)
            {
                await error.WriteLineAsync($"anchor hash: {e.Message}");
                return ExitCodes.Failure;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"anchor hash: cannot read {path}: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
