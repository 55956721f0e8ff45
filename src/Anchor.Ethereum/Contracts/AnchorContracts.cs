using Anchor.Ethereum.Abi;
using Anchor.Ethereum.Contracts.AllianceRegistry;
using Anchor.Ethereum.Contracts.AnchorRegistry;
using Anchor.Ethereum.Contracts.RecallRegistry;

namespace Anchor.Ethereum.Contracts;

/// <summary>The three Anchor contracts together.</summary>
public static class AnchorContracts
{
    /// <summary>Every custom error of AnchorRegistry, RecallRegistry and AllianceRegistry, to decode any revert they produce.</summary>
    public static IReadOnlyList<AbiError> AllErrors { get; } =
    [
        .. AnchorRegistryAbi.Contract.Errors,
        .. RecallRegistryAbi.Contract.Errors,
        .. AllianceRegistryAbi.Contract.Errors,
    ];
}
