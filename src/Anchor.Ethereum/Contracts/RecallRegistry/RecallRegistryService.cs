using System.Numerics;
using Anchor.Ethereum.Rpc;
using Anchor.Ethereum.Transactions;

namespace Anchor.Ethereum.Contracts.RecallRegistry;

/// <summary>Typed access to a deployed RecallRegistry: the publisher recalls, the indexer reads recalls.</summary>
public sealed class RecallRegistryService(ContractHandler handler)
{
    /// <summary>The generic handler underneath.</summary>
    public ContractHandler Handler { get; } = handler;

    /// <summary>The registry's address.</summary>
    public Address Address => Handler.Address;

    /// <summary>The longest reason the registry takes, in bytes.</summary>
    public Task<BigInteger> MaxReasonLengthAsync(CancellationToken cancellationToken = default) =>
        Handler.QueryAsync(new MaxReasonLengthFunction(), null, cancellationToken);

    /// <summary>When the publisher recalled the batch (block timestamp), 0 if never.</summary>
    public Task<ulong> RecalledAtAsync(Address publisher, Bytes32 batchKey, BlockParameter? block = null, CancellationToken cancellationToken = default) =>
        Handler.QueryAsync(new RecalledAtFunction(publisher, batchKey), block, cancellationToken);

    /// <summary>Signs a recall without sending it.</summary>
    public Task<SignedTransaction> SignRecallAsync(RecallFunction recall, TransactionRequest? options = null, CancellationToken cancellationToken = default) =>
        Handler.SignTransactionAsync(recall, options, cancellationToken);

    /// <summary>Recalls and waits for the receipt.</summary>
    /// <exception cref="ContractCustomErrorException">RecallAlreadyRecorded, RecallEmptyReason or RecallReasonTooLong.</exception>
    public Task<TransactionReceipt> RecallAndWaitAsync(RecallFunction recall, TransactionRequest? options = null, CancellationToken cancellationToken = default) =>
        Handler.SendTransactionAndWaitForReceiptAsync(recall, options, cancellationToken);

    /// <summary>The <c>BatchRecalled</c> events in a block range, optionally of one publisher.</summary>
    public Task<IReadOnlyList<EventLog<BatchRecalledEvent>>> GetBatchRecalledAsync(BlockParameter fromBlock, BlockParameter toBlock,
        Address? publisher = null, CancellationToken cancellationToken = default) =>
        Handler.GetEventsAsync<BatchRecalledEvent>(fromBlock, toBlock,
            publisher is { } p ? [RecallRegistryAbi.BatchRecalled.EncodeTopic("publisher", p)] : null, cancellationToken);
}
