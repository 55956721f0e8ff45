using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Anchor.Cli;
using Anchor.Ethereum;
using Anchor.Indexer.Model;

namespace Anchor.Indexer.Commands;

/// <summary>
/// <c>indexer anchors [--publisher ADDRESS] [--limit N] [--json]</c>: the indexed anchors, newest
/// first, provisional ones marked, root mismatches flagged.
/// </summary>
public static class AnchorsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var publisher = new Option<string?>("--publisher") { Description = "Only the anchors of this address (0x and 40 hex digits)" };
        var limit = new Option<int>("--limit") { Description = "The most anchors to show, newest first; 0 for all", DefaultValueFactory = _ => 50 };
        var json = CommandSupport.JsonOption();
        var command = new Command("anchors", "List the anchors indexed from the chain, newest first") { publisher, limit, json };
        command.SetAction((parseResult, cancel) => CommandSupport.RunAsync(parseResult, "anchors", async (settings, token) =>
        {
            var address = ParseAddress(parseResult.GetValue(publisher));
            var most = parseResult.GetValue(limit);
            if (most < 0) throw new IndexerCommandException($"--limit: {most} must be 0 (all) or more", ExitCodes.BadConfiguration);
            var (_, index) = CommandSupport.OpenStores(settings);
            var anchors = await index.ListAnchorsAsync(address, most, token);
            var (final, provisional) = await index.CountAnchorsAsync(address, token);
            var members = (await index.MembersAsync(token)).ToDictionary(m => m.Publisher);
            var progress = await index.ReadProgressAsync(token);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    progress = JsonViews.Progress(progress),
                    final,
                    provisional,
                    anchors = anchors.Select(a => JsonViews.Anchor(a, members.GetValueOrDefault(a.Publisher))),
                }, CommandSupport.Json));
                return ExitCodes.Success;
            }
            await output.WriteAsync(Describe(anchors, members, final, provisional, progress));
            return ExitCodes.Success;
        }, cancel));
        return command;
    }

    private static Address? ParseAddress(string? text)
    {
        if (text is null) return null;
        try
        {
            return Address.Parse(text);
        }
        catch (AddressFormatException e)
        {
            throw new IndexerCommandException($"--publisher: {e.Message}", ExitCodes.BadConfiguration);
        }
    }

    private static string Describe(IReadOnlyList<IndexedAnchor> anchors, Dictionary<Address, AllianceMember> members, long final, long provisional, IndexProgress? progress)
    {
        var header = progress is null
            ? "The indexer has not run on this database yet (indexer run).\n"
            : string.Create(CultureInfo.InvariantCulture,
                $"Chain {progress.Identity.ChainId}, indexed to block {progress.LastBlock?.Number.ToString(CultureInfo.InvariantCulture) ?? "none"} (head {progress.LastHead?.ToString(CultureInfo.InvariantCulture) ?? "unknown"}): {final} final anchor(s), {provisional} provisional; showing {anchors.Count}\n");
        if (anchors.Count == 0) return header;
        var table = new TextTable("BLOCK", "TIME", "PUBLISHER", "MEMBER", "LEDGER", "ENTRIES", "ROOT", "TX:LOG", "STATUS");
        foreach (var a in anchors)
        {
            var member = members.GetValueOrDefault(a.Publisher);
            table.Add(
                a.Position.BlockNumber.ToString(CultureInfo.InvariantCulture),
                TextTable.Time(a.Position.BlockTime),
                a.Publisher.ToString(),
                member is null ? "-" : member.IsMember ? member.Name : $"{member.Name} (removed)",
                a.Mapping.LedgerPublisher ?? "-",
                string.Create(CultureInfo.InvariantCulture, $"{a.PreviousSize}..{a.Size}"),
                TextTable.Short(a.Root.ToString()),
                $"{TextTable.Short(a.Position.TransactionHash.ToString())}:{a.Position.LogIndex}",
                Status(a));
        }
        return header + table;
    }

    /// <summary>The status column: loud for a root mismatch.</summary>
    public static string Status(IndexedAnchor a) => (a.Mapping.Status switch
    {
        AnchorMappingStatus.Matched => "matched",
        AnchorMappingStatus.RootMismatch => $"ROOT MISMATCH (ledger root {a.Mapping.LedgerRoot})",
        AnchorMappingStatus.LedgerBehind => "ledger behind",
        _ => "not our ledger",
    }) + (a.Provisional ? ", provisional" : "");
}
