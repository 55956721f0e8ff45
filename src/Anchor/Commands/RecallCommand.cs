using System.CommandLine;
using Anchor.Chain;
using Anchor.Cli;
using Anchor.Configuration;
using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Contracts.RecallRegistry;
using Anchor.Ethereum.Crypto;
using Anchor.Ethereum.Rpc;
using Anchor.Ledger.Entries;
using Anchor.Ledger.Epcis.Identifiers;

namespace Anchor.Commands;

/// <summary>
/// <c>anchor recall GTIN LOT --publisher NAME --reason TEXT</c>: the publisher recalls one of its
/// batches on chain. The recall is public and permanent; verifiers show it on every tag of the batch.
/// </summary>
public static class RecallCommand
{
    public static Command Create()
    {
        var gtin = new Argument<string>("GTIN") { Description = "The batch's GTIN-14" };
        var lot = new Argument<string>("LOT") { Description = "The batch's lot" };
        var publisher = new Option<string>("--publisher") { Description = "The publisher recalling its batch (its key comes from Publishers:<name>)", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why, in words an importer or consumer can read (1 to 1024 bytes)", Required = true };
        var command = new Command("recall", "Recall a batch on chain, permanently") { gtin, lot, publisher, reason };
        command.SetAction(async (parseResult, cancel) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                var gtin14 = parseResult.GetRequiredValue(gtin);
                var lotValue = parseResult.GetRequiredValue(lot);
                if (Gtin.DescribeProblem(gtin14) is { } problem) throw new ArgumentException($"GTIN: {problem}");
                var batchKey = BatchKey.Of(gtin14, lotValue);
                var settings = GlobalOptions.Settings(parseResult);
                var name = parseResult.GetRequiredValue(publisher);
                using var context = await ChainCommandContext.ConnectAsync(settings, ChainCommandContext.PublisherKeys(settings, name), $"Publishers:{name}", cancel);
                var recalls = context.Web3.GetRecallRegistry(context.Deployment.RecallRegistry.Address);
                var receipt = await recalls.RecallAndWaitAsync(new RecallFunction(Anchor.Ethereum.Bytes32.FromBytes(batchKey.ToArray()), parseResult.GetRequiredValue(reason)), cancellationToken: cancel);
                await output.WriteLineAsync($"{name} recalled (01){gtin14}(10){lotValue} (batch key {batchKey}) in block {receipt.BlockNumber}, tx {receipt.TransactionHash}");
                return ExitCodes.Success;
            }
            catch (ConfigurationException e)
            {
                await error.WriteLineAsync($"anchor recall: {e.Message}");
                return ExitCodes.BadConfiguration;
            }
            catch (ArgumentException e)
            {
                await error.WriteLineAsync($"anchor recall: {e.Message}");
                return ExitCodes.BadConfiguration;
            }
            catch (Exception e) when (e is KeyException or ChainMismatchException or DeploymentFileException or RpcException)
            {
                await error.WriteLineAsync($"anchor recall: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
