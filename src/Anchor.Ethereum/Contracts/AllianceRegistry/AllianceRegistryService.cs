using System.Numerics;
using Anchor.Ethereum.Rpc;

namespace Anchor.Ethereum.Contracts.AllianceRegistry;

/// <summary>
/// Typed access to a deployed AllianceRegistry: the owner admits, updates and removes members;
/// the indexer reads membership and <c>Member*</c> logs to show "anchored by X (alliance member)".
/// </summary>
public sealed class AllianceRegistryService(ContractHandler handler)
{
    /// <summary>The generic handler underneath.</summary>
    public ContractHandler Handler { get; } = handler;

    /// <summary>The registry's address.</summary>
    public Address Address => Handler.Address;

    /// <summary>True if <paramref name="publisher"/> is a member.</summary>
    public Task<bool> IsMemberAsync(Address publisher, BlockParameter? block = null, CancellationToken cancellationToken = default) =>
        Handler.QueryAsync(new IsMemberFunction(publisher), block, cancellationToken);

    /// <summary>The member's entry (empty with AdmittedAt 0 for a non-member).</summary>
    public Task<AllianceMember> MemberAsync(Address publisher, BlockParameter? block = null, CancellationToken cancellationToken = default) =>
        Handler.QueryAsync(new MemberFunction(publisher), block, cancellationToken);

    /// <summary>How many members there are.</summary>
    public Task<BigInteger> MemberCountAsync(BlockParameter? block = null, CancellationToken cancellationToken = default) =>
        Handler.QueryAsync(AllianceViews.MemberCount, block, cancellationToken);

    /// <summary>The member at <paramref name="index"/> of the roll.</summary>
    public Task<Address> MemberAtAsync(BigInteger index, BlockParameter? block = null, CancellationToken cancellationToken = default) =>
        Handler.QueryAsync(new MemberAtFunction(index), block, cancellationToken);

    /// <summary>The owner.</summary>
    public Task<Address> OwnerAsync(BlockParameter? block = null, CancellationToken cancellationToken = default) =>
        Handler.QueryAsync(AllianceViews.Owner, block, cancellationToken);

    /// <summary>Sends an owner action (admit, update, remove, ownership) and waits for its receipt.</summary>
    /// <exception cref="ContractCustomErrorException">One of the registry's errors, e.g. AllianceAlreadyMember or OwnableUnauthorizedAccount.</exception>
    public Task<TransactionReceipt> SendAndWaitAsync(IFunctionMessage action, CancellationToken cancellationToken = default) =>
        Handler.SendTransactionAndWaitForReceiptAsync(action, null, cancellationToken);

    /// <summary>The <c>MemberAdmitted</c> events in a block range.</summary>
    public Task<IReadOnlyList<EventLog<MemberAdmittedEvent>>> GetMemberAdmittedAsync(BlockParameter fromBlock, BlockParameter toBlock, CancellationToken cancellationToken = default) =>
        Handler.GetEventsAsync<MemberAdmittedEvent>(fromBlock, toBlock, null, cancellationToken);

    /// <summary>The <c>MemberUpdated</c> events in a block range.</summary>
    public Task<IReadOnlyList<EventLog<MemberUpdatedEvent>>> GetMemberUpdatedAsync(BlockParameter fromBlock, BlockParameter toBlock, CancellationToken cancellationToken = default) =>
        Handler.GetEventsAsync<MemberUpdatedEvent>(fromBlock, toBlock, null, cancellationToken);

    /// <summary>The <c>MemberRemoved</c> events in a block range.</summary>
    public Task<IReadOnlyList<EventLog<MemberRemovedEvent>>> GetMemberRemovedAsync(BlockParameter fromBlock, BlockParameter toBlock, CancellationToken cancellationToken = default) =>
        Handler.GetEventsAsync<MemberRemovedEvent>(fromBlock, toBlock, null, cancellationToken);
}
