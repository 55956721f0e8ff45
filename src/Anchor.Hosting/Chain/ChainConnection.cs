using Anchor.Configuration;
using Anchor.Ethereum;
using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Rpc;

namespace Anchor.Chain;

/// <summary>The chain is not the one the configuration names, or does not hold the deployment.</summary>
public sealed class ChainMismatchException(string message) : Exception(message);

/// <summary>
/// A checked connection to the configured chain: the endpoint answers with the expected chain id
/// (Chain:ChainId), and, once deployed, the deployment file's contracts are still there (a reset
/// local chain keeps its id but loses them).
/// </summary>
public static class ChainConnection
{
    /// <summary>A JSON-RPC client with the configured timeout.</summary>
    public static JsonRpcClient CreateClient(ChainOptions chain) =>
        new(new Uri(chain.RpcUrl), new JsonRpcClientOptions { RequestTimeout = chain.RpcTimeout });

    /// <summary>Checks that the endpoint serves the configured chain.</summary>
    /// <exception cref="ChainMismatchException">It serves another chain.</exception>
    public static async Task EnsureChainIdAsync(IEthereumRpc rpc, ChainOptions chain, CancellationToken cancellationToken)
    {
        var actual = await rpc.ChainIdAsync(cancellationToken);
        if (actual != (ulong)chain.ChainId)
        {
            throw new ChainMismatchException(
                $"{chain.RpcUrl} serves chain {actual}, but {ConfigurationKeys.Describe("Chain:ChainId")} is {chain.ChainId}");
        }
    }

    /// <summary>Loads the deployment file and checks it against the chain.</summary>
    /// <exception cref="DeploymentFileException">The file is missing or malformed.</exception>
    /// <exception cref="ChainMismatchException">The file is for another chain, or the chain no longer holds the contracts.</exception>
    public static async Task<AnchorDeployment> LoadDeploymentAsync(IEthereumRpc rpc, ChainOptions chain, CancellationToken cancellationToken)
    {
        await EnsureChainIdAsync(rpc, chain, cancellationToken);
        var path = chain.DeploymentPath;
        var deployment = AnchorDeployment.Load(path);
        if (deployment.ChainId != (ulong)chain.ChainId)
        {
            throw new ChainMismatchException($"deployment file {path} is for chain {deployment.ChainId}, not {chain.ChainId}");
        }
        var genesis = await rpc.GetBlockByNumberAsync(BlockParameter.At(0), cancellationToken)
            ?? throw new ChainMismatchException($"{chain.RpcUrl} has no genesis block");
        if (genesis.Hash != deployment.GenesisHash)
        {
            throw new ChainMismatchException(
                $"chain {chain.ChainId} at {chain.RpcUrl} was reset since {path} was written (its genesis block changed); run `anchor deploy` again");
        }
        foreach (var (name, contract) in new[] { ("AnchorRegistry", deployment.AnchorRegistry), ("RecallRegistry", deployment.RecallRegistry), ("AllianceRegistry", deployment.AllianceRegistry) })
        {
            if ((await rpc.GetCodeAsync(contract.Address, null, cancellationToken)).Length == 0)
            {
                throw new ChainMismatchException($"no {name} contract at {contract.Address} on chain {chain.ChainId} (was the chain reset since {path} was written?); run `anchor deploy` again");
            }
        }
        return deployment;
    }
}
