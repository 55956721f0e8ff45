using System.Numerics;
using Anchor.Ethereum.Abi;

namespace Anchor.Ethereum.Contracts.AllianceRegistry;

/// <summary><c>admit(publisher, name, metadataURI)</c> (owner only).</summary>
public sealed record AdmitFunction(Address Publisher, string Name, string MetadataUri) : IFunctionMessage
{
    /// <inheritdoc />
    public AbiFunction Function => AllianceRegistryAbi.Function("admit");

    /// <inheritdoc />
    public IReadOnlyList<object?> Arguments => [Publisher, Name, MetadataUri];
}

/// <summary><c>update(publisher, name, metadataURI)</c> (owner only).</summary>
public sealed record UpdateMemberFunction(Address Publisher, string Name, string MetadataUri) : IFunctionMessage
{
    /// <inheritdoc />
    public AbiFunction Function => AllianceRegistryAbi.Function("update");

    /// <inheritdoc />
    public IReadOnlyList<object?> Arguments => [Publisher, Name, MetadataUri];
}

/// <summary><c>remove(publisher)</c> (owner only).</summary>
public sealed record RemoveMemberFunction(Address Publisher) : IFunctionMessage
{
    /// <inheritdoc />
    public AbiFunction Function => AllianceRegistryAbi.Function("remove");

    /// <inheritdoc />
    public IReadOnlyList<object?> Arguments => [Publisher];
}

/// <summary><c>transferOwnership(newOwner)</c>: starts a two-step transfer (owner only).</summary>
public sealed record TransferOwnershipFunction(Address NewOwner) : IFunctionMessage
{
    /// <inheritdoc />
    public AbiFunction Function => AllianceRegistryAbi.Function("transferOwnership");

    /// <inheritdoc />
    public IReadOnlyList<object?> Arguments => [NewOwner];
}

/// <summary>A function without arguments or outputs: <c>acceptOwnership()</c> or <c>renounceOwnership()</c>.</summary>
public sealed record OwnershipActionFunction : IFunctionMessage
{
    private OwnershipActionFunction(string name) => Function = AllianceRegistryAbi.Function(name);

    /// <summary><c>acceptOwnership()</c>, sent by the pending owner.</summary>
    public static OwnershipActionFunction AcceptOwnership { get; } = new("acceptOwnership");

    /// <summary><c>renounceOwnership()</c>: leaves the registry without an owner for good.</summary>
    public static OwnershipActionFunction RenounceOwnership { get; } = new("renounceOwnership");

    /// <inheritdoc />
    public AbiFunction Function { get; }

    /// <inheritdoc />
    public IReadOnlyList<object?> Arguments => [];
}

/// <summary><c>isMember(publisher)</c></summary>
public sealed record IsMemberFunction(Address Publisher) : IFunctionMessage<bool>
{
    /// <inheritdoc />
    public AbiFunction Function => AllianceRegistryAbi.Function("isMember");

    /// <inheritdoc />
    public IReadOnlyList<object?> Arguments => [Publisher];

    /// <inheritdoc />
    public bool DecodeOutput(AbiValues outputs) => outputs.Get<bool>(0);
}

/// <summary><c>member(publisher)</c>: name, metadata URI and admission time (empty and 0 for a non-member).</summary>
public sealed record MemberFunction(Address Publisher) : IFunctionMessage<AllianceMember>
{
    /// <inheritdoc />
    public AbiFunction Function => AllianceRegistryAbi.Function("member");

    /// <inheritdoc />
    public IReadOnlyList<object?> Arguments => [Publisher];

    /// <inheritdoc />
    public AllianceMember DecodeOutput(AbiValues outputs)
    {
        var member = outputs.Get<AbiValues>(0);
        return new AllianceMember(member.Get<string>("name"), member.Get<string>("metadataURI"), member.Get<ulong>("admittedAt"));
    }
}

/// <summary>A member's entry in the alliance roll.</summary>
public sealed record AllianceMember(string Name, string MetadataUri, ulong AdmittedAt)
{
    /// <summary>True if the address is a member (admitted at a non-zero time).</summary>
    public bool IsMember => AdmittedAt != 0;
}

/// <summary><c>memberAt(index)</c>: the member at a position of the roll.</summary>
public sealed record MemberAtFunction(BigInteger Index) : IFunctionMessage<Address>
{
    /// <inheritdoc />
    public AbiFunction Function => AllianceRegistryAbi.Function("memberAt");

    /// <inheritdoc />
    public IReadOnlyList<object?> Arguments => [Index];

    /// <inheritdoc />
    public Address DecodeOutput(AbiValues outputs) => outputs.Get<Address>(0);
}

/// <summary>A view without arguments that returns one value: <c>memberCount()</c>, <c>MAX_NAME_LENGTH()</c>, <c>owner()</c>, <c>pendingOwner()</c>.</summary>
public sealed record AllianceViewFunction<TOutput> : IFunctionMessage<TOutput>
{
    internal AllianceViewFunction(string name) => Function = AllianceRegistryAbi.Function(name);

    /// <inheritdoc />
    public AbiFunction Function { get; }

    /// <inheritdoc />
    public IReadOnlyList<object?> Arguments => [];

    /// <inheritdoc />
    public TOutput DecodeOutput(AbiValues outputs) => outputs.Get<TOutput>(0);
}

/// <summary>The argument-less views of AllianceRegistry.</summary>
public static class AllianceViews
{
    /// <summary><c>memberCount()</c></summary>
    public static AllianceViewFunction<BigInteger> MemberCount { get; } = new("memberCount");

    /// <summary><c>MAX_NAME_LENGTH()</c></summary>
    public static AllianceViewFunction<BigInteger> MaxNameLength { get; } = new("MAX_NAME_LENGTH");

    /// <summary><c>owner()</c></summary>
    public static AllianceViewFunction<Address> Owner { get; } = new("owner");

    /// <summary><c>pendingOwner()</c></summary>
    public static AllianceViewFunction<Address> PendingOwner { get; } = new("pendingOwner");
}
