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
    public static async Task EnsureChainIdAsync(IEthereumRpc rpc, ChainOptions chain, CancellationToken cancellationToken) =>
        CheckChainId(await rpc.ChainIdAsync(cancellationToken), chain);

    /// <summary>Loads the deployment file and checks it against the chain.</summary>
    /// <remarks>
    /// The reads are sent together, since a command or a catch-up waits for all of them, and
    /// judged in order: another chain is reported before a file problem, a reset chain before a
    /// missing contract.
    /// </remarks>
    /// <exception cref="DeploymentFileException">The file is missing or malformed.</exception>
    /// <exception cref="ChainMismatchException">The file is for another chain, or the chain no longer holds the contracts.</exception>
    public static async Task<AnchorDeployment> LoadDeploymentAsync(IEthereumRpc rpc, ChainOptions chain, CancellationToken cancellationToken)
    {
        var chainId = rpc.ChainIdAsync(cancellationToken);
        var path = chain.DeploymentPath;
        AnchorDeployment deployment;
        try
        {
            deployment = AnchorDeployment.Load(path);
        }
        catch (DeploymentFileException)
        {
            CheckChainId(await chainId, chain);
            throw;
        }
        var genesis = rpc.GetBlockByNumberAsync(BlockParameter.At(0), cancellationToken);
        (string Name, DeployedContractInfo Contract)[] contracts =
            [("AnchorRegistry", deployment.AnchorRegistry), ("RecallRegistry", deployment.RecallRegistry), ("AllianceRegistry", deployment.AllianceRegistry)];
        var codes = contracts.Select(c => rpc.GetCodeAsync(c.Contract.Address, null, cancellationToken)).ToArray();
        try
        {
            CheckChainId(await chainId, chain);
            if (deployment.ChainId != (ulong)chain.ChainId)
            {
                throw new ChainMismatchException($"deployment file {path} is for chain {deployment.ChainId}, not {chain.ChainId}");
            }
            var genesisBlock = await genesis ?? throw new ChainMismatchException($"{chain.RpcUrl} has no genesis block");
            if (genesisBlock.Hash != deployment.GenesisHash)
            {
                throw new ChainMismatchException(
                    $"chain {chain.ChainId} at {chain.RpcUrl} was reset since {path} was written (its genesis block changed); run `anchor deploy` again");
            }
            for (var i = 0; i < contracts.Length; i++)
            {
                if ((await codes[i]).Length == 0)
                {
                    var (name, contract) = contracts[i];
                    throw new ChainMismatchException($"no {name} contract at {contract.Address} on chain {chain.ChainId} (was the chain reset since {path} was written?); run `anchor deploy` again");
                }
            }
            return deployment;
        }
        catch
        {
            // The first failure judged is the one reported; the reads still under way are waited
            // for, so that none of them fails unobserved.
            try
            {
                await Task.WhenAll(codes.Append<Task>(genesis));
            }
            catch (Exception)
            {
                // Each one that failed after the first is dropped: see above.
            }
            throw;
        }
    }

    private static void CheckChainId(ulong actual, ChainOptions chain)
    {
        if (actual != (ulong)chain.ChainId)
        {
            throw new ChainMismatchException(
                $"{chain.RpcUrl} serves chain {actual}, but {ConfigurationKeys.Describe("Chain:ChainId")} is {chain.ChainId}");
        }
    }
}
