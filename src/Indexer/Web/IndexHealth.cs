using Anchor.Ethereum.Rpc;
using Anchor.Indexer.Commands;
using Anchor.Indexer.Configuration;
using Anchor.Indexer.Storage;

namespace Anchor.Indexer.Web;

/// <summary>The state of the index, as <c>/health</c> reports it.</summary>
/// <param name="Healthy">True when nothing below is wrong.</param>
/// <param name="Problems">What is wrong, one sentence each; empty when healthy.</param>
/// <param name="Progress">The index's progress (the JSON view of <c>indexer status</c>), null if the indexer never ran.</param>
/// <param name="Head">The chain's head, or null when the node did not answer.</param>
/// <param name="HeadError">Why the head is unknown.</param>
/// <param name="Lag">Blocks between the last indexed block and the head.</param>
/// <param name="FinalAnchors">Final anchors indexed.</param>
/// <param name="ProvisionalAnchors">Anchors in blocks not yet final.</param>
/// <param name="RootMismatches">Anchors whose root the local ledger contradicts.</param>
/// <param name="Following">True when this process follows the chain itself (<c>indexer serve --follow</c>).</param>
public sealed record IndexHealthReport(
    bool Healthy, IReadOnlyList<string> Problems, object? Progress, ulong? Head, string? HeadError, ulong? Lag,
    long FinalAnchors, long ProvisionalAnchors, int RootMismatches, bool Following);

/// <summary>
/// Judges the index: healthy when it has run, its last step did not fail, it trails the chain's
/// head by at most Web:MaxHealthyLag blocks, and no anchor contradicts the ledger. The head is
/// asked of the node on every call, with a short time-out, so that a node that is down shows.
/// </summary>
public sealed class IndexHealth(IIndexReader index, IndexerSettings settings, WebOptions web, HealthOptions health) : IDisposable
{
    private readonly JsonRpcClient _rpc = new(new Uri(settings.Anchor.Chain.RpcUrl), new JsonRpcClientOptions { RequestTimeout = TimeSpan.FromSeconds(3), MaxRetries = 0 });

    /// <summary>Checks the index now.</summary>
    public async Task<IndexHealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var progress = await index.ReadProgressAsync(cancellationToken);
        var (final, provisional) = await index.CountAnchorsAsync(null, cancellationToken);
        var flagged = await index.FlaggedAnchorsAsync(cancellationToken);
        ulong? head = null;
        string? headError = null;
        try
        {
            head = await _rpc.BlockNumberAsync(cancellationToken);
        }
        catch (Exception e) when (e is RpcException or HttpRequestException or TimeoutException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            headError = e.Message;
            problems.Add($"the chain's head is unknown: {e.Message}");
        }
        ulong? lag = head is { } h && progress?.LastBlock is { } last && h >= last.Number ? h - last.Number : null;
        if (progress is null)
        {
            problems.Add($"the indexer has not run on {settings.Anchor.Ledger.Database}: run `indexer run`, or serve with `indexer serve --follow`");
        }
        else if (progress.LastError is { } error && progress.LastErrorAt > progress.UpdatedAt)
        {
            problems.Add($"the last indexing step failed at {progress.LastErrorAt:u}: {error}");
        }
        if (lag > (ulong)web.MaxHealthyLag)
        {
            problems.Add($"the index trails the chain's head by {lag} blocks, more than {WebOptionsValidator.Key("MaxHealthyLag")} = {web.MaxHealthyLag}" +
                (health.Following ? "" : "; is `indexer run` (or `indexer serve --follow`) running?"));
        }
        foreach (var a in flagged)
        {
            problems.Add($"ROOT MISMATCH: {a.Publisher} anchored root {a.Root} at size {a.Size} in block {a.Position.BlockNumber}, which the ledger does not hold");
        }
        return new IndexHealthReport(problems.Count == 0, problems, JsonViews.Progress(progress), head, headError, lag, final, provisional, flagged.Count, health.Following);
    }

    /// <inheritdoc />
    public void Dispose() => _rpc.Dispose();
}

/// <summary>How this process runs, for the health report.</summary>
/// <param name="Following">True when the process follows the chain itself.</param>
public sealed record HealthOptions(bool Following);
