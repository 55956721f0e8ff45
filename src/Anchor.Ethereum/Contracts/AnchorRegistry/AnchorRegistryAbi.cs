using Anchor.Ethereum.Abi;

namespace Anchor.Ethereum.Contracts.AnchorRegistry;

/// <summary>
/// AnchorRegistry's ABI, written as the lines of docs/SPEC.md section 3.1 (a test checks them
/// against the compiled artifact, so they cannot drift).
/// </summary>
public static class AnchorRegistryAbi
{
    /// <summary>The contract's name, as in its Hardhat artifact.</summary>
    public const string ContractName = "AnchorRegistry";

    /// <summary>The whole ABI.</summary>
    public static AbiContract Contract { get; } = AbiContract.FromDeclarations(
    [
        "function anchor(uint64 size, bytes32 root, bytes32[] consistencyProof)",
        "function anchorRecord(address publisher, bytes32 root) view returns ((uint64 size, uint64 blockNumber, uint64 timestamp))",
        "function head(address publisher) view returns (uint64 size, bytes32 root)",
        "function verifyInclusion(address publisher, bytes32 root, uint64 size, uint64 index, bytes32 leafHash, bytes32[] proof) view returns (bool)",
        "event Anchored(address indexed publisher, uint64 previousSize, uint64 size, bytes32 root)",
        "error AnchorConsistencyProofLength(uint64 fromSize, uint64 toSize, uint256 proofLength)",
        "error AnchorConsistencyRootMismatch(bytes32 currentRoot, bytes32 computedCurrentRoot, bytes32 newRoot, bytes32 computedNewRoot)",
        "error AnchorSizeNotIncreasing(address publisher, uint64 currentSize, uint64 size)",
        "error AnchorZeroRoot(address publisher)",
    ]);

    /// <summary><c>anchor(uint64,bytes32,bytes32[])</c></summary>
    public static AbiFunction Anchor { get; } = Contract.Function("anchor");

    /// <summary><c>anchorRecord(address,bytes32)</c></summary>
    public static AbiFunction AnchorRecord { get; } = Contract.Function("anchorRecord");

    /// <summary><c>head(address)</c></summary>
    public static AbiFunction Head { get; } = Contract.Function("head");

    /// <summary><c>verifyInclusion(address,bytes32,uint64,uint64,bytes32,bytes32[])</c></summary>
    public static AbiFunction VerifyInclusion { get; } = Contract.Function("verifyInclusion");

    /// <summary><c>Anchored(address,uint64,uint64,bytes32)</c></summary>
    public static AbiEvent Anchored { get; } = Contract.Events.Single(e => e.Name == "Anchored");

    /// <summary>A proof of the wrong length, including a non-empty proof on a first anchor.</summary>
    public static AbiError AnchorConsistencyProofLength { get; } = Error("AnchorConsistencyProofLength");

    /// <summary>The proof does not link the current head to the new one.</summary>
    public static AbiError AnchorConsistencyRootMismatch { get; } = Error("AnchorConsistencyRootMismatch");

    /// <summary>An equal or smaller size, or size 0.</summary>
    public static AbiError AnchorSizeNotIncreasing { get; } = Error("AnchorSizeNotIncreasing");

    /// <summary>The zero root, which means "no head".</summary>
    public static AbiError AnchorZeroRoot { get; } = Error("AnchorZeroRoot");

    private static AbiError Error(string name) => Contract.Errors.Single(e => e.Name == name);
}
