using Anchor.Ethereum.Abi;

namespace Anchor.Ethereum.Contracts.RecallRegistry;

/// <summary>RecallRegistry's ABI, written as the lines of docs/SPEC.md section 3.2.</summary>
public static class RecallRegistryAbi
{
    /// <summary>The contract's name, as in its Hardhat artifact.</summary>
    public const string ContractName = "RecallRegistry";

    /// <summary>The whole ABI.</summary>
    public static AbiContract Contract { get; } = AbiContract.FromDeclarations(
    [
        "function MAX_REASON_LENGTH() view returns (uint256)",
        "function recall(bytes32 batchKey, string reason)",
        "function recalledAt(address publisher, bytes32 batchKey) view returns (uint64)",
        "event BatchRecalled(address indexed publisher, bytes32 indexed batchKey, string reason)",
        "error RecallAlreadyRecorded(address publisher, bytes32 batchKey, uint64 recalledAt)",
        "error RecallEmptyReason(address publisher, bytes32 batchKey)",
        "error RecallReasonTooLong(uint256 length, uint256 maxLength)",
    ]);

    /// <summary><c>MAX_REASON_LENGTH()</c></summary>
    public static AbiFunction MaxReasonLength { get; } = Contract.Function("MAX_REASON_LENGTH");

    /// <summary><c>recall(bytes32,string)</c></summary>
    public static AbiFunction Recall { get; } = Contract.Function("recall");

    /// <summary><c>recalledAt(address,bytes32)</c></summary>
    public static AbiFunction RecalledAt { get; } = Contract.Function("recalledAt");

    /// <summary><c>BatchRecalled(address,bytes32,string)</c></summary>
    public static AbiEvent BatchRecalled { get; } = Contract.Events.Single(e => e.Name == "BatchRecalled");

    /// <summary>The batch was already recalled by this publisher.</summary>
    public static AbiError RecallAlreadyRecorded { get; } = Error("RecallAlreadyRecorded");

    /// <summary>A recall needs a reason.</summary>
    public static AbiError RecallEmptyReason { get; } = Error("RecallEmptyReason");

    /// <summary>The reason is longer than MAX_REASON_LENGTH bytes.</summary>
    public static AbiError RecallReasonTooLong { get; } = Error("RecallReasonTooLong");

    private static AbiError Error(string name) => Contract.Errors.Single(e => e.Name == name);
}
