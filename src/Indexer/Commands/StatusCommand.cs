using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Anchor.Cli;
using Anchor.Ethereum.Rpc;
using Anchor.Indexer.Configuration;
using Anchor.Indexer.Model;

namespace Anchor.Indexer.Commands;

/// <summary>
/// <c>indexer status [--json]</c>: how far the index is, the node's head and the lag, anchors by
/// mapping status, reorgs and resets, the last error, and every root mismatch, loudly. Exit codes:
/// 0 healthy; 1 a root mismatch is flagged or the indexer never ran on this database.
/// </summary>
public static class StatusCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var json = CommandSupport.JsonOption();
        var command = new Command("status", "Show the indexer's progress, the chain head and lag, the last error and flagged root mismatches") { json };
        command.SetAction((parseResult, cancel) => CommandSupport.RunAsync(parseResult, "status", async (settings, token) =>
        {
            var (_, index) = CommandSupport.OpenStores(settings);
            var progress = await index.ReadProgressAsync(token);
            var counts = await index.MappingCountsAsync(token);
            var (final, provisional) = await index.CountAnchorsAsync(null, token);
            var flagged = await index.FlaggedAnchorsAsync(token);
            var members = await index.MembersAsync(token);
            var (head, headError) = await LiveHeadAsync(settings, token);
            ulong? lag = head is { } h && progress?.LastBlock is { } last && h >= last.Number ? h - last.Number : null;
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    progress = JsonViews.Progress(progress),
                    head,
                    headError,
                    lag,
                    confirmationDepth = settings.ConfirmationDepth,
                    anchors = new { final, provisional, byMapping = counts.ToDictionary(c => JsonViews.Mapping(c.Key), c => c.Value) },
                    allianceMembers = members.Count(m => m.IsMember),
                    flagged = flagged.Select(a => JsonViews.Anchor(a, members.FirstOrDefault(m => m.Publisher == a.Publisher))),
                }, CommandSupport.Json));
            }
            else
            {
                await output.WriteAsync(Describe(settings, progress, head, headError, lag, counts, final, provisional, flagged, members));
            }
            return progress is null || flagged.Count > 0 ? ExitCodes.Failure : ExitCodes.Success;
        }, cancel));
        return command;
    }

    // The status must show the head even when it cannot: a node that is down is reported, with the reason.
    private static async Task<(ulong? Head, string? Error)> LiveHeadAsync(IndexerSettings settings, CancellationToken cancellationToken)
    {
        using var rpc = new JsonRpcClient(new Uri(settings.Anchor.Chain.RpcUrl), new JsonRpcClientOptions { RequestTimeout = TimeSpan.FromSeconds(3), MaxRetries = 0 });
        try
        {
            return (await rpc.BlockNumberAsync(cancellationToken), null);
        }
        catch (RpcException e)
        {
            return (null, e.Message);
        }
    }

    private static string Describe(IndexerSettings settings, IndexProgress? progress, ulong? head, string? headError, ulong? lag,
        IReadOnlyDictionary<AnchorMappingStatus, long> counts, long final, long provisional, IReadOnlyList<IndexedAnchor> flagged, IReadOnlyList<AllianceMember> members)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
        if (progress is null)
        {
            Line($"The indexer has not run on {settings.Anchor.Ledger.Database}: run `indexer run`.");
            return text.ToString();
        }
        var id = progress.Identity;
        Line($"chain        {id.ChainId} at {settings.Anchor.Chain.RpcUrl} (genesis {id.GenesisHash})");
        Line($"contracts    AnchorRegistry {id.AnchorRegistry}, RecallRegistry {id.RecallRegistry}, AllianceRegistry {id.AllianceRegistry}, from block {id.FirstBlock}");
        Line($"indexed to   {(progress.LastBlock is { } last ? last.ToString() : "nothing yet")}, updated {TextTable.Time(progress.UpdatedAt)}");
        Line($"head         {(head is { } h ? h.ToString(CultureInfo.InvariantCulture) : $"unknown: {headError}")}; lag {(lag is { } l ? $"{l} block(s)" : "unknown")}; blocks within {settings.ConfirmationDepth} of the head are provisional");
        Line($"anchors      {final} final: {counts[AnchorMappingStatus.Matched]} matched, {counts[AnchorMappingStatus.LedgerBehind]} ledger behind, {counts[AnchorMappingStatus.NotOurLedger]} not our ledger, {counts[AnchorMappingStatus.RootMismatch]} ROOT MISMATCH; {provisional} provisional");
        Line($"alliance     {members.Count(m => m.IsMember)} member(s), {members.Count(m => !m.IsMember)} removed");
        Line($"reorgs       {progress.Reorgs} rolled back{(progress.LastReorg is { } reorg ? $"; last: {reorg}" : "")}");
        Line($"resets       {progress.Resets}{(progress.LastReset is { } reset ? $"; last: {reset}" : "")}");
        Line($"last error   {(progress.LastError is { } error ? $"{TextTable.Time(progress.LastErrorAt!.Value)}: {error}" : "none")}");
        foreach (var a in flagged)
        {
            Line($"ROOT MISMATCH  {a.Publisher} ({a.Mapping.LedgerPublisher}) anchored {a.Root} at size {a.Size} in block {a.Position.BlockNumber} (tx {a.Position.TransactionHash}), but the ledger's root at that size is {a.Mapping.LedgerRoot}{(a.Provisional ? " [provisional]" : "")}");
        }
        return text.ToString();
    }
}
