using Anchor.Chain;
using Anchor.Configuration;
using Anchor.Ethereum.Accounts;
using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Rpc;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Anchor.Worker;

/// <summary>What <c>anchor run</c> hands the worker: the settings, the loaded keys and the observer.</summary>
public sealed record WorkerStartup(AnchorSettings Settings, IReadOnlyList<(string Name, Account Account)> Accounts, ICycleObserver Observer);

/// <summary>
/// <c>anchor run</c>: one cycle per publisher every Worker:Period, each publisher in its own loop
/// so that one slow or failing publisher never holds up another. Every failure (the chain
/// unreachable at start or mid-cycle, a revert, a ledger mismatch) is recorded for
/// <c>anchor status</c> and retried after a growing back-off, capped at Worker:MaxBackoff and
/// never longer than the period: an outage neither stops the worker nor spins it.
/// </summary>
public sealed class AnchorWorker(WorkerStartup startup, ILogger<AnchorWorker> logger) : BackgroundService
{
    private WorkerOptions Options => startup.Settings.Worker;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (startup.Accounts.Count == 0)
        {
            logger.LogWarning("no publishers are configured (section Publishers); the worker has nothing to anchor");
            return;
        }
        using var context = await ConnectAsync(stoppingToken);
        if (context is null) return;
        await Task.WhenAll(context.Publishers.Select(p => RunPublisherAsync(context, p, stoppingToken)));
    }

    // The chain may be down when the worker starts; that is a fault to wait out like any other.
    private async Task<WorkerContext?> ConnectAsync(CancellationToken stoppingToken)
    {
        var (ledger, journal) = WorkerContext.OpenStorage(startup.Settings);
        for (var failures = 1; !stoppingToken.IsCancellationRequested; failures++)
        {
            try
            {
                return await WorkerContext.ConnectAsync(startup.Settings, startup.Accounts, startup.Observer, logger, stoppingToken);
            }
            catch (Exception e) when (e is RpcException or ChainMismatchException or DeploymentFileException)
            {
                var wait = Backoff(failures);
                logger.LogError("cannot reach the chain ({Failures} in a row), next try in {Wait}: {Error}", failures, wait, e.Message);
                foreach (var (name, _) in startup.Accounts)
                {
                    var publisher = await ledger.GetOrCreatePublisherAsync(name, stoppingToken);
                    await journal.RecordCycleAsync(publisher.Id, $"{e.GetType().Name}: {e.Message}", DateTimeOffset.UtcNow, stoppingToken);
                }
                if (!await DelayAsync(wait, stoppingToken)) return null;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return null;
            }
        }
        return null;
    }

    private async Task RunPublisherAsync(WorkerContext context, PublisherAccount publisher, CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                var current = await context.Ledger.FindPublisherAsync(publisher.Publisher.Name, stoppingToken) ?? publisher.Publisher;
                var report = await context.Cycle.RunAsync(current, publisher.Account, stoppingToken);
                await context.Journal.RecordCycleAsync(current.Id, null, DateTimeOffset.UtcNow, stoppingToken);
                logger.LogInformation("{Publisher}: {Result} (size {Old} → {New})", report.Publisher, report.Result, report.OldSize, report.NewSize);
                failures = 0;
                wait = report.Result == CycleResult.Abandoned ? Options.PollInterval : Options.Period;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failures++;
                wait = Backoff(failures);
                logger.LogError("{Publisher}: cycle failed ({Failures} in a row), next try in {Wait}: {Error}",
                    publisher.Publisher.Name, failures, wait, e.Message);
                await RecordFailureAsync(context, publisher, e, stoppingToken);
            }
            if (!await DelayAsync(wait, stoppingToken)) return;
        }
    }

    private async Task RecordFailureAsync(WorkerContext context, PublisherAccount publisher, Exception error, CancellationToken stoppingToken)
    {
        try
        {
            await context.Journal.RecordCycleAsync(publisher.Publisher.Id, $"{error.GetType().Name}: {error.Message}", DateTimeOffset.UtcNow, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError("{Publisher}: could not record the failure in the journal: {Error}", publisher.Publisher.Name, e.Message);
        }
    }

    /// <summary>PollInterval doubled per consecutive failure, up to MaxBackoff and the period.</summary>
    internal TimeSpan Backoff(int failures)
    {
        var limit = Options.MaxBackoff < Options.Period ? Options.MaxBackoff : Options.Period;
        var wait = Options.PollInterval * Math.Pow(2, Math.Min(failures - 1, 20));
        return wait < limit ? wait : limit;
    }

    private static async Task<bool> DelayAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(wait, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
