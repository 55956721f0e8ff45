using System.Numerics;

namespace Anchor.Ethereum.Rpc;

/// <summary>A block header as <c>eth_getBlockByNumber</c>/<c>eth_getBlockByHash</c> return it (transaction hashes only).</summary>
public sealed record Block(
    ulong Number,
    Bytes32 Hash,
    Bytes32 ParentHash,
    ulong Timestamp,
    ulong GasLimit,
    ulong GasUsed,
    BigInteger? BaseFeePerGas,
    IReadOnlyList<Bytes32> TransactionHashes);

/// <summary>One log of a receipt or of <c>eth_getLogs</c>.</summary>
public sealed record FilterLog(
    Address Address,
    IReadOnlyList<Bytes32> Topics,
    ReadOnlyMemory<byte> Data,
    ulong BlockNumber,
    Bytes32 BlockHash,
    Bytes32 TransactionHash,
    ulong TransactionIndex,
    ulong LogIndex,
    bool Removed);

/// <summary>A transaction receipt.</summary>
public sealed record TransactionReceipt(
    Bytes32 TransactionHash,
    ulong TransactionIndex,
    Bytes32 BlockHash,
    ulong BlockNumber,
    Address From,
    Address? To,
    Address? ContractAddress,
    ulong GasUsed,
    ulong CumulativeGasUsed,
    BigInteger EffectiveGasPrice,
    bool Succeeded,
    IReadOnlyList<FilterLog> Logs);

/// <summary>A transaction as <c>eth_getTransactionByHash</c> returns it; <see cref="BlockNumber"/> is null while pending.</summary>
public sealed record RpcTransaction(
    Bytes32 Hash,
    Address From,
    Address? To,
    ulong Nonce,
    BigInteger Value,
    ReadOnlyMemory<byte> Input,
    ulong Gas,
    BigInteger? GasPrice,
    BigInteger? MaxFeePerGas,
    BigInteger? MaxPriorityFeePerGas,
    ulong? BlockNumber,
    Bytes32? BlockHash);

/// <summary>What <c>eth_feeHistory</c> returns: base fees (one more than blocks), gas-used ratios and reward percentiles.</summary>
public sealed record FeeHistory(
    ulong OldestBlock,
    IReadOnlyList<BigInteger> BaseFeePerGas,
    IReadOnlyList<double> GasUsedRatio,
    IReadOnlyList<IReadOnlyList<BigInteger>> Reward);

/// <summary>The call object of <c>eth_call</c> and <c>eth_estimateGas</c>.</summary>
public sealed record CallRequest
{
    /// <summary>The sender (matters for <c>msg.sender</c> checks).</summary>
    public Address? From { get; init; }

    /// <summary>The contract, or null to estimate a deployment.</summary>
    public Address? To { get; init; }

    /// <summary>Call data.</summary>
    public ReadOnlyMemory<byte> Data { get; init; }

    /// <summary>Wei sent with the call.</summary>
    public BigInteger? Value { get; init; }

    /// <summary>A gas cap for the call.</summary>
    public ulong? Gas { get; init; }
}

/// <summary>
/// The filter of <c>eth_getLogs</c>: a block range (or one block hash), contract addresses, and
/// topics, where each position is null (any) or a list of alternatives.
/// </summary>
public sealed record LogFilter
{
    /// <summary>First block, inclusive.</summary>
    public BlockParameter? FromBlock { get; init; }

    /// <summary>Last block, inclusive.</summary>
    public BlockParameter? ToBlock { get; init; }

    /// <summary>One block by hash, instead of a range.</summary>
    public Bytes32? BlockHash { get; init; }

    /// <summary>Contracts whose logs to return; empty for all.</summary>
    public IReadOnlyList<Address> Addresses { get; init; } = [];

    /// <summary>Topic filters by position; null at a position matches any topic.</summary>
    public IReadOnlyList<IReadOnlyList<Bytes32>?> Topics { get; init; } = [];
}
