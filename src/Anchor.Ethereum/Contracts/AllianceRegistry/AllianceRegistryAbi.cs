using Anchor.Ethereum.Abi;

namespace Anchor.Ethereum.Contracts.AllianceRegistry;

/// <summary>AllianceRegistry's ABI, written as the lines of docs/SPEC.md section 3.3, plus its constructor.</summary>
public static class AllianceRegistryAbi
{
    /// <summary>The contract's name, as in its Hardhat artifact.</summary>
    public const string ContractName = "AllianceRegistry";

    /// <summary>The whole ABI.</summary>
    public static AbiContract Contract { get; } = AbiContract.FromDeclarations(
    [
        "constructor(address initialOwner)",
        "function acceptOwnership()",
        "function admit(address publisher, string name, string metadataURI)",
        "function isMember(address publisher) view returns (bool)",
        "function MAX_NAME_LENGTH() view returns (uint256)",
        "function member(address publisher) view returns ((string name, string metadataURI, uint64 admittedAt))",
        "function memberAt(uint256 index) view returns (address)",
        "function memberCount() view returns (uint256)",
        "function owner() view returns (address)",
        "function pendingOwner() view returns (address)",
        "function remove(address publisher)",
        "function renounceOwnership()",
        "function transferOwnership(address newOwner)",
        "function update(address publisher, string name, string metadataURI)",
        "event MemberAdmitted(address indexed publisher, string name, string metadataURI)",
        "event MemberRemoved(address indexed publisher)",
        "event MemberUpdated(address indexed publisher, string name, string metadataURI)",
        "event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)",
        "event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)",
        "error AllianceAlreadyMember(address publisher)",
        "error AllianceInvalidName(address publisher, uint256 nameLength)",
        "error AllianceNotMember(address publisher)",
        "error AllianceZeroAddress()",
        "error OwnableInvalidOwner(address owner)",
        "error OwnableUnauthorizedAccount(address account)",
    ]);

    /// <summary>The function called <paramref name="name"/>.</summary>
    public static AbiFunction Function(string name) => Contract.Function(name);

    /// <summary>The event called <paramref name="name"/>.</summary>
    public static AbiEvent Event(string name) => Contract.Events.Single(e => e.Name == name);

    /// <summary>The error called <paramref name="name"/>.</summary>
    public static AbiError Error(string name) => Contract.Errors.Single(e => e.Name == name);
}
