using Anchor.Chain;
using Anchor.Cli;
using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Rpc;
using Anchor.Indexer.Configuration;
using Anchor.Indexer.Following;
using Anchor.Indexer.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Anchor.Indexer.Hosting;

/// <summary>
/// <c>indexer run</c>: steps the <see cref="ChainFollower"/>, waiting Indexer:PollInterval once
/// caught up. A failure that may pass (the node down, the deployment missing or stale after a
/// node restart, a busy database) is logged, recorded for <c>indexer status</c> and retried with
/// exponential backoff up to Indexer:MaxBackoff; a one-shot run fails instead. A reorg deeper than
/// the window, or an error nobody expected, stops the host with a non-zero exit code.
/// </summary>
public sealed class IndexerService(
    ChainFollower follower, IIndexStore store, IndexerRunOutcome outcome, IHostApplicationLifetime lifetime,
    IOptions<IndexerOptions> options, ILogger<IndexerService> logger) : BackgroundService
{
    /// <summary>Exit code of a run halted by a reorg deeper than the window.</summary>
    public const int HaltedExitCode = 4;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var step = await follower.StepAsync(stoppingToken);
                failures = 0;
                Report(step);
                if (outcome.Mode == IndexerRunMode.Once && step.CaughtUp)
                {
                    outcome.Completed(step);
                    lifetime.StopApplication();
                    return;
                }
                if (step.CaughtUp) await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (DeepReorgException e)
            {
                logger.LogCritical("{Message}", e.Message);
                await RecordAsync(e.Message);
                Stop(e, HaltedExitCode);
                return;
            }
            catch (Exception e) when (IsWorthRetrying(e) && outcome.Mode == IndexerRunMode.Follow)
            {
                failures++;
                var delay = Backoff(failures);
                logger.LogError("indexing step failed ({Failures} in a row), retrying in {Delay:0.#} s: {Message}", failures, delay.TotalSeconds, e.Message);
                await RecordAsync(e.Message);
                await Task.Delay(delay, stoppingToken);
            }
            catch (Exception e) when (IsWorthRetrying(e))
            {
                logger.LogError("indexing failed: {Message}", e.Message);
                await RecordAsync(e.Message);
                Stop(e, e is ChainMismatchException or DeploymentFileException ? ExitCodes.BadConfiguration : ExitCodes.Failure);
                return;
            }
            catch (Exception e)
            {
                logger.LogCritical(e, "the indexer stops on an unexpected error: {Message}", e.Message);
                await RecordAsync(e.Message);
                Stop(e, ExitCodes.Failure);
                return;
            }
        }
    }

    private void Report(StepResult step)
    {
        if (step.Blocks == 0 && step.Remapped == 0 && step.Tip.State == TipState.Unchanged) return;
        logger.LogInformation(
            "indexed to block {Indexed} (head {Head}, final {Final}): +{Anchors} anchor(s), +{Recalls} recall(s), +{Changes} membership change(s), " +
            "{Provisional} provisional, {Remapped} remapped",
            step.IndexedTo?.Number, step.Head, step.FinalBlock, step.Anchors, step.Recalls, step.MembershipChanges, step.ProvisionalAnchors, step.Remapped);
    }

    private void Stop(Exception error, int exitCode)
    {
        outcome.Failed(error, exitCode);
        lifetime.StopApplication();
    }

    private async Task RecordAsync(string message)
    {
        try
        {
            await store.RecordErrorAsync(message, CancellationToken.None);
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException)
        {
            logger.LogWarning("could not record the error in the index: {Message}", e.Message);
        }
    }

    // Doubling from the poll interval, capped, with up to 20 % jitter so that restarted indexers
    // do not knock on a recovering node in step.
    private TimeSpan Backoff(int failures)
    {
        var value = options.Value;
        var doubled = value.PollInterval.TotalMilliseconds * Math.Pow(2, Math.Min(failures, 20));
        var capped = Math.Min(doubled, value.MaxBackoff.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.8 + 0.2 * Random.Shared.NextDouble()));
    }

    private static bool IsWorthRetrying(Exception e) => e is RpcException or ChainMismatchException or DeploymentFileException
        or LogRangeRefusedException or SqliteException or IndexProgressConflictException or ChainMovedException or IOException or TimeoutException
        or HttpRequestException;
}
