using Anchor.Ethereum.Abi;

namespace Anchor.Ethereum.Contracts.AnchorRegistry;

/// <summary><c>anchor(size, root, consistencyProof)</c>: moves the sender's head to (size, root).</summary>
public sealed record AnchorFunction(ulong Size, Bytes32 Root, IReadOnlyList<Bytes32> ConsistencyProof) : IFunctionMessage
{
    /// <inheritdoc />
    public AbiFunction Function => AnchorRegistryAbi.Anchor;

    /// <inheritdoc />
    public IReadOnlyList<object?> Arguments => [Size, Root, ConsistencyProof];
}

/// <summary><c>head(publisher)</c>: the publisher's current (size, root).</summary>
public sealed record HeadFunction(Address Publisher) : IFunctionMessage<AnchorHead>
{
    /// <inheritdoc />
    public AbiFunction Function => AnchorRegistryAbi.Head;

    /// <inheritdoc />
    public IReadOnlyList<object?> Arguments => [Publisher];

    /// <inheritdoc />
    public AnchorHead DecodeOutput(AbiValues outputs) => new(outputs.Get<ulong>("size"), outputs.Get<Bytes32>("root"));
}

/// <summary>A publisher's log head; (0, 0x0) before its first anchor.</summary>
public sealed record AnchorHead(ulong Size, Bytes32 Root);

/// <summary><c>anchorRecord(publisher, root)</c>: when and at what size a root was anchored.</summary>
public sealed record AnchorRecordFunction(Address Publisher, Bytes32 Root) : IFunctionMessage<AnchorRecord>
{
    /// <inheritdoc />
    public AbiFunction Function => AnchorRegistryAbi.AnchorRecord;

    /// <inheritdoc />
    public IReadOnlyList<object?> Arguments => [Publisher, Root];

    /// <inheritdoc />
    public AnchorRecord DecodeOutput(AbiValues outputs)
    {
        var record = outputs.Get<AbiValues>(0);
        return new AnchorRecord(record.Get<ulong>("size"), record.Get<ulong>("blockNumber"), record.Get<ulong>("timestamp"));
    }
}

/// <summary>What the registry keeps for an anchored root; all zero if never anchored.</summary>
public sealed record AnchorRecord(ulong Size, ulong BlockNumber, ulong Timestamp)
{
    /// <summary>True if the root was anchored.</summary>
    public bool Exists => Size != 0;
}

/// <summary>
/// <c>verifyInclusion(publisher, root, size, index, leafHash, proof)</c>: true only if the publisher
/// anchored (root, size) and the proof puts the leaf at the index. Never reverts on a bad proof.
/// </summary>
public sealed record VerifyInclusionFunction(
    Address Publisher, Bytes32 Root, ulong Size, ulong Index, Bytes32 LeafHash, IReadOnlyList<Bytes32> Proof) : IFunctionMessage<bool>
{
    /// <inheritdoc />
    public AbiFunction Function => AnchorRegistryAbi.VerifyInclusion;

    /// <inheritdoc />
    public IReadOnlyList<object?> Arguments => [Publisher, Root, Size, Index, LeafHash, Proof];

    /// <inheritdoc />
    public bool DecodeOutput(AbiValues outputs) => outputs.Get<bool>(0);
}

/// <summary><c>Anchored(publisher, previousSize, size, root)</c>, emitted on every anchor.</summary>
public sealed record AnchoredEvent(Address Publisher, ulong PreviousSize, ulong Size, Bytes32 Root) : IEventMessage<AnchoredEvent>
{
    /// <inheritdoc />
    public static AbiEvent Event => AnchorRegistryAbi.Anchored;

    /// <inheritdoc />
    public static AnchoredEvent FromValues(AbiValues values) => new(
        values.Get<Address>("publisher"), values.Get<ulong>("previousSize"), values.Get<ulong>("size"), values.Get<Bytes32>("root"));
}
