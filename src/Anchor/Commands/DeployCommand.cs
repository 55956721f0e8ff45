using System.CommandLine;
using Anchor.Chain;
using Anchor.Configuration;
using Anchor.Ethereum;
using Anchor.Ethereum.Accounts;
using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Crypto;
using Anchor.Ethereum.Keys;
using Anchor.Ethereum.Rpc;
using Anchor.Cli;

namespace Anchor.Commands;

/// <summary>
/// <c>anchor deploy</c>: deploys the AnchorRegistry, RecallRegistry and AllianceRegistry with the
/// Deployer key and writes the deployment file for the chain, which every other command reads.
/// </summary>
public static class DeployCommand
{
    public static Command Create()
    {
        var force = new Option<bool>("--force") { Description = "Deploy again even if the deployment file's contracts are still on the chain" };
        var command = new Command("deploy", "Deploy the Anchor contracts and write the chain's deployment file") { force };
        command.SetAction(async (parseResult, cancel) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                var settings = GlobalOptions.Settings(parseResult);
                using var rpc = ChainConnection.CreateClient(settings.Chain);
                await ChainConnection.EnsureChainIdAsync(rpc, settings.Chain, cancel);
                var path = settings.Chain.DeploymentPath;
                if (!parseResult.GetValue(force) && File.Exists(path) && await StillDeployedAsync(rpc, settings.Chain, cancel))
                {
                    await error.WriteLineAsync($"anchor deploy: {path} already describes contracts on chain {settings.Chain.ChainId}; use --force to deploy new ones");
                    return ExitCodes.Failure;
                }
                var key = KeySource.Load(settings.Deployer);
                var account = new Account(key, (ulong)settings.Chain.ChainId);
                using var web3 = new Web3(rpc, account);
                await output.WriteLineAsync($"Deploying to chain {settings.Chain.ChainId} at {settings.Chain.RpcUrl} from {account.Address} ({KeySource.Describe(settings.Deployer)})");
                var deployment = await ContractDeployer.DeployAsync(web3, settings.Chain.Artifacts,
                    (name, info) => output.WriteLine($"  {name,-17} {info.Address}  block {info.BlockNumber}"), cancel);
                deployment.Save(path);
                await output.WriteLineAsync($"Wrote {path}");
                return ExitCodes.Success;
            }
            catch (ConfigurationException e)
            {
                await error.WriteLineAsync($"anchor deploy: {e.Message}");
                return ExitCodes.BadConfiguration;
            }
            catch (Exception e) when (e is KeyException or ChainMismatchException or HardhatArtifactException or RpcException)
            {
                await error.WriteLineAsync($"anchor deploy: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    private static async Task<bool> StillDeployedAsync(IEthereumRpc rpc, ChainOptions chain, CancellationToken cancel)
    {
        try
        {
            await ChainConnection.LoadDeploymentAsync(rpc, chain, cancel);
            return true;
        }
        catch (Exception e) when (e is ChainMismatchException or DeploymentFileException)
        {
            return false;
        }
    }
}
