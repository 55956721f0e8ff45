using Anchor.Chain;
using Anchor.Configuration;
using Anchor.Ethereum.Rpc;
using Anchor.Indexer.Configuration;
using Anchor.Indexer.Mapping;
using Anchor.Indexer.Model;
using Anchor.Indexer.Storage;
using Anchor.Ledger.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Anchor.Indexer.Following;

/// <summary>
/// Follows the Anchor contracts on one chain into the index. A step reads the head, checks that
/// the last indexed block is still on the chain (rolling back to the common ancestor after a
/// reorg, starting over after a chain reset), indexes the final blocks — up to
/// head − (Chain:Confirmations − 1) — in bounded ranges, each written in one transaction with the
/// progress, refreshes the provisional anchors above them, and maps anchors whose ledger appeared
/// or grew. <see cref="CatchUpAsync"/> steps until the index reaches the head it started at.
/// </summary>
public sealed class ChainFollower
{
    /// <summary>How many steps in a row may find the chain moving under them before catching up gives up.</summary>
    public const int MaxChainMovedInARow = 20;

    private readonly IEthereumRpc _rpc;
    private readonly IIndexStore _store;
    private readonly ChainOptions _chain;
    private readonly ILogger _logger;
    private readonly ReorgDetector _reorgs;
    private readonly ChunkReader _chunks;
    private readonly LedgerRemapper _remapper;
    private readonly LogRangeReader _logs;
    private readonly RangePipeline _ranges;
    private ContractEventDecoder? _decoder;
    private string? _startOver;

    /// <summary>A follower of the chain behind <paramref name="rpc"/>, whose deployment <paramref name="chain"/> names.</summary>
    public ChainFollower(IEthereumRpc rpc, IIndexStore store, ILedgerStore ledger, ChainOptions chain, IndexerOptions options, ILogger<ChainFollower>? logger = null)
    {
        _rpc = rpc ?? throw new ArgumentNullException(nameof(rpc));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _chain = chain ?? throw new ArgumentNullException(nameof(chain));
        ArgumentNullException.ThrowIfNull(options);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        var mapper = new AnchorMapper(ledger, _logger);
        _logs = new LogRangeReader(rpc, new AdaptiveBlockRange(options.MaxBlockRange, options.MinBlockRange), _logger);
        _reorgs = new ReorgDetector(rpc, store, options.ReorgWindow);
        _chunks = new ChunkReader(_logs, new BlockHeaderReader(rpc), mapper, options.ReorgWindow);
        _remapper = new LedgerRemapper(store, ledger, mapper);
        _ranges = new RangePipeline(_chunks, store, _logger);
    }

    /// <summary>Blocks below the head that stay provisional: Chain:Confirmations − 1.</summary>
    public ulong ConfirmationDepth => (ulong)Math.Max(0, _chain.Confirmations - 1);

    /// <summary>The block range of the next <c>eth_getLogs</c>, as the provider's limits have shaped it.</summary>
    public AdaptiveBlockRange Range => _logs.Range;

    /// <summary>How many log queries the provider refused as too large.</summary>
    public int RefusedLogQueries => _logs.RefusedQueries;

    /// <summary>
    /// Makes the next step empty the index and start over from the deployment's first block, as
    /// after a chain reset; <paramref name="reason"/> is recorded for the status.
    /// </summary>
    public void StartOver(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        _startOver = reason;
        _decoder = null;
    }

    /// <summary>Runs one step.</summary>
    /// <exception cref="DeepReorgException">A reorg is deeper than the window: stop following.</exception>
    /// <exception cref="ChainMismatchException">The node serves another chain, or the deployment's contracts are gone.</exception>
    /// <exception cref="Anchor.Ethereum.Contracts.DeploymentFileException">The deployment file is missing or malformed.</exception>
    /// <exception cref="RpcException">The node failed after the client's retries.</exception>
    public async Task<StepResult> StepAsync(CancellationToken cancellationToken = default)
    {
        if (_decoder is null)
        {
            _decoder = await StartAsync(_startOver, cancellationToken);
            _startOver = null;
        }
        var progress = await ReadProgressAsync(cancellationToken);
        var head = await _rpc.BlockNumberAsync(cancellationToken);
        var tip = await _reorgs.CheckAsync(progress, head, cancellationToken);
        if (tip.State == TipState.Reorganised)
        {
            _logger.LogWarning("{Description}", tip.Description);
            await _store.RollBackAsync(tip.Ancestor!.Value, tip.Description!, cancellationToken);
            _remapper.Forget();
            progress = await ReadProgressAsync(cancellationToken);
        }
        else if (tip.State == TipState.ChainReset)
        {
            _logger.LogWarning("{Description}; indexing again from the deployment's first block", tip.Description);
            _decoder = null;
            _decoder = await StartAsync(tip.Description, cancellationToken);
            _remapper.Forget();
            progress = await ReadProgressAsync(cancellationToken);
        }

        ulong? final = head >= ConfirmationDepth ? head - ConfirmationDepth : null;
        var totals = new RangeTotals(progress.LastBlock);
        var (provisional, remapped) = (0, 0);
        try
        {
            if (final is { } last && progress.NextBlock <= last) await _ranges.RunAsync(_decoder, progress.NextBlock, last, totals, cancellationToken);
            var next = totals.IndexedTo is { } indexed ? indexed.Number + 1 : progress.NextBlock;
            var unconfirmed = await _chunks.ReadProvisionalAsync(_decoder, Math.Max(next, final + 1 ?? 0), head, cancellationToken);
            await _store.ReplaceProvisionalAsync(unconfirmed, head, cancellationToken);
            provisional = unconfirmed.Count;
            remapped = await _remapper.RemapAsync(cancellationToken);
        }
        catch (ChainMovedException e)
        {
            _logger.LogInformation("{Message}; the next step checks for a reorg", e.Message);
            return Result(head, final, tip, totals, provisional, remapped, chainMoved: true);
        }
        return Result(head, final, tip, totals, provisional, remapped, chainMoved: false);
    }

    private static StepResult Result(ulong head, ulong? final, TipCheck tip, RangeTotals totals, int provisional, int remapped, bool chainMoved) =>
        new(head, final, totals.IndexedTo, tip, totals.Blocks, totals.Anchors, totals.Recalls, totals.MembershipChanges, provisional, remapped, chainMoved);

    /// <summary>Steps until every block final at the latest head read is indexed, then stops.</summary>
    /// <exception cref="ChainMovedException">The chain kept changing under <see cref="MaxChainMovedInARow"/> steps in a row.</exception>
    public async Task<CatchUpResult> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        var (steps, moved, reorgs, resets) = (0, 0, 0, 0);
        var (blocks, anchors, recalls, changes) = (0L, 0L, 0L, 0L);
        while (true)
        {
            var step = await StepAsync(cancellationToken);
            steps++;
            (blocks, anchors, recalls, changes) = (blocks + step.Blocks, anchors + step.Anchors, recalls + step.Recalls, changes + step.MembershipChanges);
            reorgs += step.Tip.State == TipState.Reorganised ? 1 : 0;
            resets += step.Tip.State == TipState.ChainReset ? 1 : 0;
            if (step.CaughtUp) return new CatchUpResult(steps, step, blocks, anchors, recalls, changes, reorgs, resets);
            moved = step.ChainMoved ? moved + 1 : 0;
            if (moved >= MaxChainMovedInARow) throw new ChainMovedException($"the chain changed under {moved} steps in a row; is the node healthy?");
        }
    }

    // Loads and checks the deployment, and starts the index over if it describes another chain or
    // other contracts (or if a reset was detected).
    private async Task<ContractEventDecoder> StartAsync(string? resetReason, CancellationToken cancellationToken)
    {
        var deployment = await ChainConnection.LoadDeploymentAsync(_rpc, _chain, cancellationToken);
        var identity = new ChainIdentity(deployment.ChainId, deployment.GenesisHash, deployment.AnchorRegistry.Address,
            deployment.RecallRegistry.Address, deployment.AllianceRegistry.Address, deployment.FirstBlock);
        var stored = await _store.ReadProgressAsync(cancellationToken);
        var reason = resetReason ?? (stored is null || stored.Identity == identity ? null : DescribeChange(stored.Identity, identity));
        if (stored is null || reason is not null)
        {
            if (reason is not null) _logger.LogWarning("starting the index over: {Reason}", reason);
            else _logger.LogInformation("indexing chain {ChainId} from block {Block}", identity.ChainId, identity.FirstBlock);
            await _store.ResetAsync(identity, reason, cancellationToken);
        }
        return new ContractEventDecoder(identity);
    }

    private async Task<IndexProgress> ReadProgressAsync(CancellationToken cancellationToken) =>
        await _store.ReadProgressAsync(cancellationToken)
        ?? throw new InvalidOperationException("the index progress disappeared from the database while the indexer ran");

    private static string DescribeChange(ChainIdentity stored, ChainIdentity current) =>
        stored.ChainId != current.ChainId ? $"the chain id changed from {stored.ChainId} to {current.ChainId}"
        : stored.GenesisHash != current.GenesisHash ? $"chain reset: the genesis block changed from {stored.GenesisHash} to {current.GenesisHash}"
        : $"the deployment changed (AnchorRegistry {stored.AnchorRegistry} → {current.AnchorRegistry}, first block {stored.FirstBlock} → {current.FirstBlock})";
}
