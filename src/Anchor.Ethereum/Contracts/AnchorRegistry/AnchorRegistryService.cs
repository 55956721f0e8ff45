using Anchor.Ethereum.Rpc;
using Anchor.Ethereum.Transactions;

namespace Anchor.Ethereum.Contracts.AnchorRegistry;

/// <summary>
/// Typed access to a deployed AnchorRegistry: the worker anchors with it, the indexer reads heads,
/// records, inclusion and <c>Anchored</c> logs.
/// </summary>
public sealed class AnchorRegistryService(ContractHandler handler)
{
    /// <summary>The generic handler underneath.</summary>
    public ContractHandler Handler { get; } = handler;

    /// <summary>The registry's address.</summary>
    public Address Address => Handler.Address;

    /// <summary>The publisher's current head.</summary>
    public Task<AnchorHead> HeadAsync(Address publisher, BlockParameter? block = null, CancellationToken cancellationToken = default) =>
        Handler.QueryAsync(new HeadFunction(publisher), block, cancellationToken);

    /// <summary>The record of an anchored root (zero if never anchored).</summary>
    public Task<AnchorRecord> AnchorRecordAsync(Address publisher, Bytes32 root, BlockParameter? block = null, CancellationToken cancellationToken = default) =>
        Handler.QueryAsync(new AnchorRecordFunction(publisher, root), block, cancellationToken);

    /// <summary>Checks an inclusion proof against what the publisher anchored.</summary>
    public Task<bool> VerifyInclusionAsync(VerifyInclusionFunction query, BlockParameter? block = null, CancellationToken cancellationToken = default) =>
        Handler.QueryAsync(query, block, cancellationToken);

    /// <summary>Signs an <c>anchor</c> transaction without sending it; <paramref name="options"/> may fix nonce and fees.</summary>
    /// <exception cref="ContractCustomErrorException">Gas estimation shows it would revert (e.g. AnchorSizeNotIncreasing).</exception>
    public Task<SignedTransaction> SignAnchorAsync(AnchorFunction anchor, TransactionRequest? options = null, CancellationToken cancellationToken = default) =>
        Handler.SignTransactionAsync(anchor, options, cancellationToken);

    /// <summary>Anchors and waits for the receipt.</summary>
    /// <exception cref="ContractCustomErrorException">The anchor reverted with one of the registry's errors.</exception>
    public Task<TransactionReceipt> AnchorAndWaitAsync(AnchorFunction anchor, TransactionRequest? options = null, CancellationToken cancellationToken = default) =>
        Handler.SendTransactionAndWaitForReceiptAsync(anchor, options, cancellationToken);

    /// <summary>The <c>Anchored</c> events in a block range, optionally of one publisher.</summary>
    /// <exception cref="LogQueryLimitException">The provider refuses so large a range; split it.</exception>
    public Task<IReadOnlyList<EventLog<AnchoredEvent>>> GetAnchoredAsync(BlockParameter fromBlock, BlockParameter toBlock,
        Address? publisher = null, CancellationToken cancellationToken = default) =>
        Handler.GetEventsAsync<AnchoredEvent>(fromBlock, toBlock,
            publisher is { } p ? [AnchorRegistryAbi.Anchored.EncodeTopic("publisher", p)] : null, cancellationToken);
}
