using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Anchor.Chain;
using Anchor.Cli;
using Anchor.Configuration;
using Anchor.Ethereum;
using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Rpc;
using Anchor.Worker;
using Spectre.Console;

namespace Anchor.Commands;

/// <summary>
/// <c>anchor status</c>: per publisher, the ledger size; the last anchored size, root, block and
/// time; any pending transaction; and the last error. It reads the local journal, and asks the
/// chain for each head when the chain answers (saying so when it does not).
/// </summary>
public static class StatusCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var command = new Command("status", "Show each publisher's ledger size, last anchor, pending transaction and last error") { json };
        command.SetAction(async (parseResult, cancel) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                var settings = GlobalOptions.Settings(parseResult);
                var (ledger, journal) = WorkerContext.OpenStorage(settings);
                var chain = await ReadChainHeadsAsync(settings, ledger, cancel);
                var rows = new List<PublisherStatusRow>();
                foreach (var publisher in await ledger.ListPublishersAsync(cancel))
                {
                    var anchor = await journal.LatestAnchorAsync(publisher.Id, cancel);
                    var pending = await journal.FindPendingAsync(publisher.Id, cancel);
                    var status = await journal.StatusAsync(publisher.Id, cancel);
                    var known = chain.Heads.TryGetValue(publisher.Name, out var head);
                    rows.Add(new PublisherStatusRow(
                        publisher.Name, publisher.Address, publisher.Size, settings.Publishers.ContainsKey(publisher.Name),
                        known ? head.Size : null, known ? head.Root.ToString() : null,
                        anchor?.Size, anchor?.Root.ToString(), anchor?.BlockNumber, anchor?.BlockTime, anchor?.TransactionHash.ToString(),
                        pending is null ? null : new PendingRow(pending.ToSize, pending.Nonce, pending.Latest.Hash.ToString(), pending.Transactions.Count,
                            pending.Latest.MaxFeePerGas.ToString(CultureInfo.InvariantCulture), pending.CreatedAt),
                        status?.LastError, status?.LastErrorAt, status?.ConsecutiveFailures ?? 0, status?.LastSuccessAt));
                }
                if (parseResult.GetValue(json))
                {
                    var document = new { chain = new { settings.Chain.RpcUrl, settings.Chain.ChainId, reachable = chain.Error is null, error = chain.Error }, publishers = rows };
                    await parseResult.InvocationConfiguration.Output.WriteLineAsync(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
                }
                else
                {
                    Render(settings, chain.Error, rows, parseResult.InvocationConfiguration.Output);
                }
                return ExitCodes.Success;
            }
            catch (ConfigurationException e)
            {
                await error.WriteLineAsync($"anchor status: {e.Message}");
                return ExitCodes.BadConfiguration;
            }
        });
        return command;
    }

    private sealed record ChainHeads(Dictionary<string, (ulong Size, Bytes32 Root)> Heads, string? Error);

    // The chain is asked once, briefly; a status that hangs on a dead RPC would hide the very fault it should show.
    private static async Task<ChainHeads> ReadChainHeadsAsync(AnchorSettings settings, Ledger.Storage.ILedgerStore ledger, CancellationToken cancel)
    {
        var heads = new Dictionary<string, (ulong, Bytes32)>();
        var quick = settings.Chain.RpcTimeout < TimeSpan.FromSeconds(3) ? settings.Chain.RpcTimeout : TimeSpan.FromSeconds(3);
        using var rpc = new JsonRpcClient(new Uri(settings.Chain.RpcUrl), new JsonRpcClientOptions { RequestTimeout = quick, MaxRetries = 0 });
        try
        {
            var deployment = await ChainConnection.LoadDeploymentAsync(rpc, settings.Chain, cancel);
            using var web3 = new Web3(rpc);
            var registry = web3.GetAnchorRegistry(deployment.AnchorRegistry.Address);
            foreach (var publisher in await ledger.ListPublishersAsync(cancel))
            {
                if (publisher.Address is null) continue;
                var head = await registry.HeadAsync(Address.Parse(publisher.Address), cancellationToken: cancel);
                heads[publisher.Name] = (head.Size, head.Root);
            }
            return new ChainHeads(heads, null);
        }
        catch (Exception e) when (e is RpcException or ChainMismatchException or DeploymentFileException)
        {
            return new ChainHeads(heads, e.Message);
        }
    }

    private static void Render(AnchorSettings settings, string? chainError, List<PublisherStatusRow> rows, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
            Ansi = Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
        });
        console.MarkupLine(chainError is null
            ? $"Chain {settings.Chain.ChainId} at {Markup.Escape(settings.Chain.RpcUrl)}: [green]reachable[/]"
            : $"Chain {settings.Chain.ChainId} at {Markup.Escape(settings.Chain.RpcUrl)}: [red]{Markup.Escape(chainError)}[/]");
        var table = new Table().AddColumns("publisher", "ledger", "on chain", "last anchor (recorded)", "pending", "last error");
        foreach (var r in rows)
        {
            var onChain = r.ChainSize is { } s ? $"{s}" : r.Address is null ? "no address yet" : "?";
            var anchored = r.AnchoredSize is { } a ? $"{a} in block {r.AnchoredBlock} at {r.AnchoredAt:u}\n{Short(r.AnchoredRoot)}" : "none";
            var pending = r.Pending is { } p ? $"to {p.ToSize}, nonce {p.Nonce}\n{Short(p.LatestHash)} ({p.Transactions} tx)" : "none";
            var lastError = r.LastError is null ? (r.Configured ? "none" : "no key configured") : $"{r.LastErrorAt:u} ({r.ConsecutiveFailures}×)\n{r.LastError}";
            table.AddRow(Markup.Escape(r.Publisher), r.LedgerSize.ToString(CultureInfo.InvariantCulture), Markup.Escape(onChain),
                Markup.Escape(anchored), Markup.Escape(pending), r.LastError is null ? Markup.Escape(lastError) : $"[red]{Markup.Escape(lastError)}[/]");
        }
        console.Write(table);
    }

    private static string Short(string? hash) => hash is { Length: > 18 } ? $"{hash[..10]}…{hash[^6..]}" : hash ?? "";

    private sealed record PendingRow(ulong ToSize, ulong Nonce, string LatestHash, int Transactions, string MaxFeePerGasWei, DateTimeOffset CreatedAt);

    private sealed record PublisherStatusRow(
        string Publisher, string? Address, ulong LedgerSize, bool Configured, ulong? ChainSize, string? ChainRoot,
        ulong? AnchoredSize, string? AnchoredRoot, ulong? AnchoredBlock, DateTimeOffset? AnchoredAt, string? AnchoredTransaction,
        PendingRow? Pending, string? LastError, DateTimeOffset? LastErrorAt, int ConsecutiveFailures, DateTimeOffset? LastSuccessAt);
}
