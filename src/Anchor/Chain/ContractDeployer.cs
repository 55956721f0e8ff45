using Anchor.Ethereum;
using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Rpc;

namespace Anchor.Chain;

/// <summary>
/// Deploys the three Anchor contracts from their Hardhat artifacts with one account, which also
/// becomes the alliance registry's owner, and describes the result as a deployment file.
/// </summary>
public static class ContractDeployer
{
    public static readonly string[] ContractNames = ["AnchorRegistry", "RecallRegistry", "AllianceRegistry"];

    /// <summary>Deploys, in order, and returns the deployment; the caller saves it.</summary>
    /// <param name="artifactsFolder">Hardhat's artifacts folder (holding contracts/&lt;Name&gt;.sol/&lt;Name&gt;.json).</param>
    /// <param name="progress">Told each contract as it lands.</param>
    /// <exception cref="HardhatArtifactException">An artifact is missing or malformed.</exception>
    public static async Task<AnchorDeployment> DeployAsync(Web3 web3, string artifactsFolder, Action<string, DeployedContractInfo>? progress, CancellationToken cancellationToken)
    {
        var deployer = web3.Account ?? throw new InvalidOperationException("deploying needs an account");
        // Load every artifact first, so a missing one fails before anything is spent.
        var artifacts = ContractNames.ToDictionary(name => name, name => HardhatArtifact.Load(ArtifactPath(artifactsFolder, name)));
        var chainId = await web3.Eth.ChainIdAsync(cancellationToken);
        var genesis = await web3.Eth.GetBlockByNumberAsync(BlockParameter.At(0), cancellationToken)
            ?? throw new RpcException("eth_getBlockByNumber", RpcErrorKind.InvalidResponse, null, "the node has no genesis block");

        var deployed = new Dictionary<string, DeployedContractInfo>();
        foreach (var name in ContractNames)
        {
            IReadOnlyList<object?> arguments = name == "AllianceRegistry" ? [deployer.Address] : [];
            var result = await web3.DeployContractAsync(artifacts[name], arguments, cancellationToken: cancellationToken);
            var info = new DeployedContractInfo(result.Address, result.Receipt.BlockNumber, result.Receipt.TransactionHash);
            deployed[name] = info;
            progress?.Invoke(name, info);
        }
        return new AnchorDeployment(chainId, genesis.Hash, deployer.Address, DateTimeOffset.UtcNow,
            deployed["AnchorRegistry"], deployed["RecallRegistry"], deployed["AllianceRegistry"]);
    }

    /// <summary>Where Hardhat writes the artifact of <paramref name="contractName"/>.</summary>
    public static string ArtifactPath(string artifactsFolder, string contractName) =>
        Path.Combine(artifactsFolder, "contracts", contractName + ".sol", contractName + ".json");
}
