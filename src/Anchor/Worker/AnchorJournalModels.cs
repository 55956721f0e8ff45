using System.Numerics;
using Anchor.Ethereum;
using Anchor.Merkle;

namespace Anchor.Worker;

/// <summary>Where an intent stands.</summary>
public enum IntentState
{
    /// <summary>Signed and persisted; not yet confirmed on chain.</summary>
    Pending,
    /// <summary>Mined, confirmed and recorded.</summary>
    Confirmed,
    /// <summary>Its transaction reverted; the reason says why.</summary>
    Failed,
    /// <summary>Given up without a revert (its nonce went to another transaction, or the head moved past it).</summary>
    Abandoned,
}

/// <summary>One signed transaction of an intent.</summary>
public sealed record IntentTransaction(Bytes32 Hash, byte[] Raw, BigInteger MaxFeePerGas, BigInteger MaxPriorityFeePerGas,
    DateTimeOffset CreatedAt, DateTimeOffset? LastBroadcastAt);

/// <summary>An anchor the worker means to make, with every transaction signed for it (oldest first).</summary>
public sealed record AnchorIntent(
    long Id, long PublisherId, ulong ChainId, Address Registry, ulong FromSize, ulong ToSize, Hash32 ToRoot, ulong Nonce,
    IntentState State, string? Reason, DateTimeOffset CreatedAt, IReadOnlyList<IntentTransaction> Transactions)
{
    /// <summary>The most recent transaction: the one to broadcast or to replace.</summary>
    public IntentTransaction Latest => Transactions[^1];
}

/// <summary>A confirmed anchor as the worker recorded it.</summary>
public sealed record RecordedAnchor(long IntentId, long PublisherId, ulong Size, Hash32 Root, Bytes32 TransactionHash,
    ulong BlockNumber, Bytes32 BlockHash, DateTimeOffset BlockTime, ulong GasUsed, DateTimeOffset RecordedAt);

/// <summary>How the worker last fared with a publisher, for <c>anchor status</c>.</summary>
public sealed record PublisherWorkStatus(long PublisherId, DateTimeOffset? LastCycleAt, DateTimeOffset? LastSuccessAt,
    string? LastError, DateTimeOffset? LastErrorAt, int ConsecutiveFailures);
