using Anchor.Ethereum;
using Anchor.Ethereum.Rpc;
using Microsoft.Extensions.Logging;

namespace Anchor.Indexer.Following;

/// <summary>
/// Reads the logs of the followed contracts over bounded block ranges, shrinking the range when
/// the provider answers with a limit error ("query returned more than 10000 results") and
/// growing it back slowly (<see cref="AdaptiveBlockRange"/>).
/// </summary>
public sealed class LogRangeReader(IEthereumRpc rpc, AdaptiveBlockRange range, ILogger logger)
{
    /// <summary>The current range, shared across steps so a provider's limit is learned once.</summary>
    public AdaptiveBlockRange Range { get; } = range;

    private int _refusedQueries;

    /// <summary>How many queries the provider refused as too large so far.</summary>
    public int RefusedQueries => Volatile.Read(ref _refusedQueries);

    /// <summary>
    /// The logs of <paramref name="contracts"/> with one of <paramref name="topics"/> from
    /// <paramref name="fromBlock"/> up to at most <paramref name="lastBlock"/>; returns the last
    /// block actually read (the range may have been shortened) with the logs.
    /// </summary>
    /// <param name="fromBlock">The first block.</param>
    /// <param name="lastBlock">The last block that may be read.</param>
    /// <param name="contracts">The contracts whose logs to read.</param>
    /// <param name="topics">The event topics to read (any of them).</param>
    /// <param name="beforeQuery">Called with each range's last block before its query, e.g. to fetch that block's header first.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <exception cref="LogRangeRefusedException">The provider refuses even the smallest range.</exception>
    public async Task<(ulong ToBlock, IReadOnlyList<FilterLog> Logs)> ReadAsync(ulong fromBlock, ulong lastBlock,
        IReadOnlyList<Address> contracts, IReadOnlyList<Bytes32> topics, Func<ulong, CancellationToken, Task>? beforeQuery,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fromBlock, lastBlock);
        while (true)
        {
            var toBlock = Math.Min(lastBlock, fromBlock + (ulong)Range.Span - 1);
            if (beforeQuery is not null) await beforeQuery(toBlock, cancellationToken);
            var filter = new LogFilter
            {
                FromBlock = BlockParameter.At(fromBlock),
                ToBlock = BlockParameter.At(toBlock),
                Addresses = contracts,
                Topics = [topics],
            };
            try
            {
                var logs = await rpc.GetLogsAsync(filter, cancellationToken);
                Range.Accepted();
                return (toBlock, logs);
            }
            catch (LogQueryLimitException e)
            {
                Interlocked.Increment(ref _refusedQueries);
                if (!Range.Shrink(toBlock - fromBlock + 1)) throw new LogRangeRefusedException(fromBlock, toBlock, e.RpcMessage, e);
                logger.LogInformation("eth_getLogs over blocks {From}-{To} refused ({Message}); querying {Span} block(s) at a time",
                    fromBlock, toBlock, e.RpcMessage, Range.Span);
            }
        }
    }
}
