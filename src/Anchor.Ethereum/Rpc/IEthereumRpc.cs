using System.Numerics;

namespace Anchor.Ethereum.Rpc;

/// <summary>
/// The Ethereum JSON-RPC methods that Anchor's worker and indexer use. Every call has a time-out;
/// transient faults are retried with backoff by the implementation; failures surface as
/// <see cref="RpcException"/> (with <see cref="RpcException.Kind"/>), <see cref="RpcTransportException"/>,
/// <see cref="ContractRevertedException"/> or <see cref="LogQueryLimitException"/>.
/// </summary>
public interface IEthereumRpc
{
    /// <summary><c>eth_chainId</c></summary>
    Task<ulong> ChainIdAsync(CancellationToken cancellationToken = default);

    /// <summary><c>eth_blockNumber</c></summary>
    Task<ulong> BlockNumberAsync(CancellationToken cancellationToken = default);

    /// <summary><c>eth_getBlockByNumber</c> with transaction hashes only; null if there is no such block yet.</summary>
    Task<Block?> GetBlockByNumberAsync(BlockParameter block, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>eth_getBlockByNumber</c> (transaction hashes only) for each of <paramref name="numbers"/>,
    /// in that order, null for a block not there yet: sent as JSON-RPC batches where the node takes
    /// them, one HTTP request for many blocks, and one request per block where it does not.
    /// </summary>
    Task<IReadOnlyList<Block?>> GetBlocksByNumberAsync(IReadOnlyList<ulong> numbers, CancellationToken cancellationToken = default);

    /// <summary><c>eth_getBlockByHash</c> with transaction hashes only; null if the node does not know the block.</summary>
    Task<Block?> GetBlockByHashAsync(Bytes32 hash, CancellationToken cancellationToken = default);

    /// <summary><c>eth_getTransactionCount</c>; with <see cref="BlockParameter.Pending"/> this is the next nonce to use.</summary>
    Task<ulong> GetTransactionCountAsync(Address address, BlockParameter? block = null, CancellationToken cancellationToken = default);

    /// <summary><c>eth_getBalance</c>, in wei.</summary>
    Task<BigInteger> GetBalanceAsync(Address address, BlockParameter? block = null, CancellationToken cancellationToken = default);

    /// <summary><c>eth_estimateGas</c>. A call that would revert throws <see cref="ContractRevertedException"/>.</summary>
    Task<ulong> EstimateGasAsync(CallRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>eth_feeHistory</c> over <paramref name="blockCount"/> blocks up to <paramref name="newestBlock"/>.</summary>
    Task<FeeHistory> FeeHistoryAsync(int blockCount, BlockParameter newestBlock, IReadOnlyList<double> rewardPercentiles, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>eth_maxPriorityFeePerGas</c>. A node without the method (-32601) gets a fallback: the
    /// median 50th-percentile tip of the last blocks from <c>eth_feeHistory</c>.
    /// </summary>
    Task<BigInteger> MaxPriorityFeePerGasAsync(CancellationToken cancellationToken = default);

    /// <summary><c>eth_sendRawTransaction</c>; returns the hash the node reports.</summary>
    Task<Bytes32> SendRawTransactionAsync(ReadOnlyMemory<byte> rawTransaction, CancellationToken cancellationToken = default);

    /// <summary><c>eth_getTransactionByHash</c>; null if the node does not know the transaction.</summary>
    Task<RpcTransaction?> GetTransactionByHashAsync(Bytes32 hash, CancellationToken cancellationToken = default);

    /// <summary><c>eth_getTransactionReceipt</c>; null while the transaction is not mined.</summary>
    Task<TransactionReceipt?> GetTransactionReceiptAsync(Bytes32 hash, CancellationToken cancellationToken = default);

    /// <summary><c>eth_getLogs</c>. Too large a query throws <see cref="LogQueryLimitException"/>: split the range.</summary>
    Task<IReadOnlyList<FilterLog>> GetLogsAsync(LogFilter filter, CancellationToken cancellationToken = default);

    /// <summary><c>eth_call</c>; returns the return data. A revert throws <see cref="ContractRevertedException"/>.</summary>
    Task<byte[]> CallAsync(CallRequest request, BlockParameter? block = null, CancellationToken cancellationToken = default);

    /// <summary><c>eth_getCode</c>; empty for an account without code.</summary>
    Task<byte[]> GetCodeAsync(Address address, BlockParameter? block = null, CancellationToken cancellationToken = default);
}
