using System.Numerics;
using Anchor.Ethereum.Abi;

namespace Anchor.Ethereum.Contracts.RecallRegistry;

/// <summary><c>MAX_REASON_LENGTH()</c>: the longest reason, in bytes.</summary>
public sealed record MaxReasonLengthFunction : IFunctionMessage<BigInteger>
{
    /// <inheritdoc />
    public AbiFunction Function => RecallRegistryAbi.MaxReasonLength;

    /// <inheritdoc />
    public IReadOnlyList<object?> Arguments => [];

    /// <inheritdoc />
    public BigInteger DecodeOutput(AbiValues outputs) => outputs.Get<BigInteger>(0);
}

/// <summary><c>recall(batchKey, reason)</c>: the sender recalls one of its batches, permanently.</summary>
public sealed record RecallFunction(Bytes32 BatchKey, string Reason) : IFunctionMessage
{
    /// <inheritdoc />
    public AbiFunction Function => RecallRegistryAbi.Recall;

    /// <inheritdoc />
    public IReadOnlyList<object?> Arguments => [BatchKey, Reason];
}

/// <summary><c>recalledAt(publisher, batchKey)</c>: the block timestamp of the recall, 0 if never recalled.</summary>
public sealed record RecalledAtFunction(Address Publisher, Bytes32 BatchKey) : IFunctionMessage<ulong>
{
    /// <inheritdoc />
    public AbiFunction Function => RecallRegistryAbi.RecalledAt;

    /// <inheritdoc />
    public IReadOnlyList<object?> Arguments => [Publisher, BatchKey];

    /// <inheritdoc />
    public ulong DecodeOutput(AbiValues outputs) => outputs.Get<ulong>(0);
}

/// <summary><c>BatchRecalled(publisher, batchKey, reason)</c>.</summary>
public sealed record BatchRecalledEvent(Address Publisher, Bytes32 BatchKey, string Reason) : IEventMessage<BatchRecalledEvent>
{
    /// <inheritdoc />
    public static AbiEvent Event => RecallRegistryAbi.BatchRecalled;

    /// <inheritdoc />
    public static BatchRecalledEvent FromValues(AbiValues values) =>
        new(values.Get<Address>("publisher"), values.Get<Bytes32>("batchKey"), values.Get<string>("reason"));
}
