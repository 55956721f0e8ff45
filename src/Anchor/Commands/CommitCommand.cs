using System.CommandLine;
using System.Globalization;
using Anchor.Chain;
using Anchor.Cli;
using Anchor.Configuration;
using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Crypto;
using Anchor.Ethereum.Rpc;
using Anchor.Worker;

namespace Anchor.Commands;

/// <summary>
/// <c>anchor commit</c>: one anchoring cycle for every configured publisher, then exit. Prints,
/// per publisher, the old and new size, the root, the transaction, the block and the gas used.
/// </summary>
public static class CommitCommand
{
    public static Command Create()
    {
        var timeout = new Option<TimeSpan>("--timeout")
        {
            Description = "Give up waiting for receipts and confirmations after this long (the pending anchor is resumed by the next run)",
            DefaultValueFactory = _ => TimeSpan.FromMinutes(10),
        };
        var command = new Command("commit", "Run one anchoring cycle for every publisher and exit") { timeout };
        command.SetAction(async (parseResult, cancel) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                var settings = GlobalOptions.Settings(parseResult);
                using var logging = CommandLogging.Create();
                var logger = logging.CreateLogger("anchor");
                using var context = await WorkerContext.CreateAsync(settings, CommandLogging.Observer(), logger, cancel);
                using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                limit.CancelAfter(parseResult.GetValue(timeout));
                var failed = 0;
                var reports = await Task.WhenAll(context.Publishers.Select(async p =>
                {
                    try
                    {
                        var report = await context.Cycle.RunAsync(p.Publisher, p.Account, limit.Token);
                        await context.Journal.RecordCycleAsync(p.Publisher.Id, null, DateTimeOffset.UtcNow, CancellationToken.None);
                        return Describe(report);
                    }
                    catch (Exception e) when (e is not OperationCanceledException || limit.IsCancellationRequested)
                    {
                        Interlocked.Increment(ref failed);
                        var message = e is OperationCanceledException ? $"timed out after {parseResult.GetValue(timeout)}; the pending anchor is resumed by the next run" : e.Message;
                        await context.Journal.RecordCycleAsync(p.Publisher.Id, message, DateTimeOffset.UtcNow, CancellationToken.None);
                        return $"{p.Publisher.Name}: FAILED: {message}";
                    }
                }));
                if (context.Publishers.Count == 0) await error.WriteLineAsync("anchor commit: no publishers are configured (section Publishers)");
                foreach (var line in reports) await output.WriteLineAsync(line);
                return failed == 0 && context.Publishers.Count > 0 ? ExitCodes.Success : ExitCodes.Failure;
            }
            catch (ConfigurationException e)
            {
                await error.WriteLineAsync($"anchor commit: {e.Message}");
                return ExitCodes.BadConfiguration;
            }
            catch (Exception e) when (e is KeyException or ChainMismatchException or DeploymentFileException or RpcException)
            {
                await error.WriteLineAsync($"anchor commit: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    private static string Describe(CycleReport r) => r.Result switch
    {
        CycleResult.Anchored => string.Create(CultureInfo.InvariantCulture,
            $"{r.Publisher}: anchored {r.OldSize} → {r.NewSize} root {r.Root} tx {r.TransactionHash} block {r.BlockNumber} gas {r.GasUsed}"),
        CycleResult.UpToDate => $"{r.Publisher}: up to date at size {r.NewSize} (root {r.Root})",
        CycleResult.Waiting => $"{r.Publisher}: waiting at size {r.OldSize}: {r.Note}",
        _ => $"{r.Publisher}: {r.Result}: {r.Note}",
    };
}
