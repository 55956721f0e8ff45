using Anchor.Ethereum;
using Anchor.Merkle;

namespace Anchor.Worker;

/// <summary>How a cycle ended for one publisher.</summary>
public enum CycleResult
{
    /// <summary>A new head is anchored and confirmed.</summary>
    Anchored,
    /// <summary>The chain already holds the ledger's head.</summary>
    UpToDate,
    /// <summary>The ledger grew by fewer entries than Worker:MinNewEntries; the next period will tell.</summary>
    Waiting,
    /// <summary>A pending intent was given up (its nonce went elsewhere); the next cycle starts afresh.</summary>
    Abandoned,
}

/// <summary>What one cycle did for one publisher, for <c>anchor commit</c> and the logs.</summary>
public sealed record CycleReport(
    string Publisher, CycleResult Result, ulong OldSize, ulong NewSize, Hash32? Root = null, Bytes32? TransactionHash = null,
    ulong? BlockNumber = null, ulong? GasUsed = null, string? Note = null);

/// <summary>
/// The chain and the ledger disagree: the publisher's key anchored a head that the local ledger
/// does not hold. Nothing is anchored over it; it needs a person.
/// </summary>
public sealed class LedgerMismatchException(string message) : Exception(message);
