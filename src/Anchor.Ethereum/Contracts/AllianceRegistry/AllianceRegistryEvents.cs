using Anchor.Ethereum.Abi;

namespace Anchor.Ethereum.Contracts.AllianceRegistry;

/// <summary><c>MemberAdmitted(publisher, name, metadataURI)</c></summary>
public sealed record MemberAdmittedEvent(Address Publisher, string Name, string MetadataUri) : IEventMessage<MemberAdmittedEvent>
{
    /// <inheritdoc />
    public static AbiEvent Event { get; } = AllianceRegistryAbi.Event("MemberAdmitted");

    /// <inheritdoc />
    public static MemberAdmittedEvent FromValues(AbiValues values) =>
        new(values.Get<Address>("publisher"), values.Get<string>("name"), values.Get<string>("metadataURI"));
}

/// <summary><c>MemberUpdated(publisher, name, metadataURI)</c></summary>
public sealed record MemberUpdatedEvent(Address Publisher, string Name, string MetadataUri) : IEventMessage<MemberUpdatedEvent>
{
    /// <inheritdoc />
    public static AbiEvent Event { get; } = AllianceRegistryAbi.Event("MemberUpdated");

    /// <inheritdoc />
    public static MemberUpdatedEvent FromValues(AbiValues values) =>
        new(values.Get<Address>("publisher"), values.Get<string>("name"), values.Get<string>("metadataURI"));
}

/// <summary><c>MemberRemoved(publisher)</c></summary>
public sealed record MemberRemovedEvent(Address Publisher) : IEventMessage<MemberRemovedEvent>
{
    /// <inheritdoc />
    public static AbiEvent Event { get; } = AllianceRegistryAbi.Event("MemberRemoved");

    /// <inheritdoc />
    public static MemberRemovedEvent FromValues(AbiValues values) => new(values.Get<Address>("publisher"));
}

/// <summary><c>OwnershipTransferred(previousOwner, newOwner)</c></summary>
public sealed record OwnershipTransferredEvent(Address PreviousOwner, Address NewOwner) : IEventMessage<OwnershipTransferredEvent>
{
    /// <inheritdoc />
    public static AbiEvent Event { get; } = AllianceRegistryAbi.Event("OwnershipTransferred");

    /// <inheritdoc />
    public static OwnershipTransferredEvent FromValues(AbiValues values) =>
        new(values.Get<Address>("previousOwner"), values.Get<Address>("newOwner"));
}

/// <summary><c>OwnershipTransferStarted(previousOwner, newOwner)</c></summary>
public sealed record OwnershipTransferStartedEvent(Address PreviousOwner, Address NewOwner) : IEventMessage<OwnershipTransferStartedEvent>
{
    /// <inheritdoc />
    public static AbiEvent Event { get; } = AllianceRegistryAbi.Event("OwnershipTransferStarted");

    /// <inheritdoc />
    public static OwnershipTransferStartedEvent FromValues(AbiValues values) =>
        new(values.Get<Address>("previousOwner"), values.Get<Address>("newOwner"));
}
