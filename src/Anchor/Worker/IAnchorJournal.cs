using Anchor.Ethereum;
using Anchor.Merkle;

namespace Anchor.Worker;

/// <summary>
/// The worker's durable memory: intents and their transactions, confirmed anchors, and status.
/// An intent and its first transaction are written together before any broadcast, so that after a
/// crash the worker finds the exact transaction it may have sent.
/// </summary>
public interface IAnchorJournal
{
    /// <summary>The publisher's pending intent, if any (there is at most one).</summary>
    Task<AnchorIntent?> FindPendingAsync(long publisherId, CancellationToken cancellationToken = default);

    /// <summary>Persists a new pending intent with its first signed transaction.</summary>
    /// <exception cref="InvalidOperationException">The publisher already has a pending intent.</exception>
    Task<AnchorIntent> CreateAsync(long publisherId, ulong chainId, Address registry, ulong fromSize, ulong toSize, Hash32 toRoot,
        ulong nonce, IntentTransaction first, CancellationToken cancellationToken = default);

    /// <summary>Adds a replacement transaction (same nonce, higher fees) to a pending intent.</summary>
    Task AddTransactionAsync(long intentId, IntentTransaction replacement, CancellationToken cancellationToken = default);

    /// <summary>Notes that a transaction was (re)broadcast.</summary>
    Task MarkBroadcastAsync(Bytes32 transactionHash, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Records the confirmed anchor and closes its intent, in one transaction.</summary>
    Task ConfirmAsync(RecordedAnchor anchor, CancellationToken cancellationToken = default);

    /// <summary>Closes a pending intent as failed or abandoned, with the reason.</summary>
    Task CloseAsync(long intentId, IntentState state, string reason, CancellationToken cancellationToken = default);

    /// <summary>The latest confirmed anchor of the publisher, or null.</summary>
    Task<RecordedAnchor?> LatestAnchorAsync(long publisherId, CancellationToken cancellationToken = default);

    /// <summary>Notes the outcome of a cycle: success clears the error, failure records it.</summary>
    Task RecordCycleAsync(long publisherId, string? error, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The worker's status for the publisher, or null before its first cycle.</summary>
    Task<PublisherWorkStatus?> StatusAsync(long publisherId, CancellationToken cancellationToken = default);
}
