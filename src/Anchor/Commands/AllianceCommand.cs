using System.CommandLine;
using Anchor.Chain;
using Anchor.Cli;
using Anchor.Configuration;
using Anchor.Ethereum;
using Anchor.Ethereum.Accounts;
using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Contracts.AllianceRegistry;
using Anchor.Ethereum.Crypto;
using Anchor.Ethereum.Keys;
using Anchor.Ethereum.Rpc;

namespace Anchor.Commands;

/// <summary>
/// <c>anchor alliance admit|remove|list</c>: the alliance owner (the Deployer key) keeps the roll
/// of member publishers that verifiers show by name.
/// </summary>
public static class AllianceCommand
{
    public static Command Create()
    {
        var command = new Command("alliance", "Manage the alliance's member roll (owner: the Deployer key)");
        command.Subcommands.Add(Admit());
        command.Subcommands.Add(Remove());
        command.Subcommands.Add(List());
        return command;
    }

    private static Command Admit()
    {
        var publisher = new Option<string?>("--publisher") { Description = "A configured publisher, whose address is derived from its key" };
        var address = new Option<string?>("--address") { Description = "The member's address, instead of --publisher" };
        var name = new Option<string>("--name") { Description = "The display name verifiers show (1 to 128 bytes)", Required = true };
        var uri = new Option<string>("--metadata-uri") { Description = "A link to the member's profile", DefaultValueFactory = _ => "" };
        var command = new Command("admit", "Admit a publisher to the alliance") { publisher, address, name, uri };
        command.SetAction((parseResult, cancel) => RunAsync(parseResult, "admit", async (settings, context, output) =>
        {
            var member = ResolveAddress(settings, parseResult.GetValue(publisher), parseResult.GetValue(address));
            var receipt = await Registry(context).SendAndWaitAsync(new AdmitFunction(member, parseResult.GetRequiredValue(name), parseResult.GetValue(uri) ?? ""), cancel);
            await output.WriteLineAsync($"admitted {member} as \"{parseResult.GetRequiredValue(name)}\" in block {receipt.BlockNumber}, tx {receipt.TransactionHash}");
        }, cancel));
        return command;
    }

    private static Command Remove()
    {
        var publisher = new Option<string?>("--publisher") { Description = "A configured publisher" };
        var address = new Option<string?>("--address") { Description = "The member's address, instead of --publisher" };
        var command = new Command("remove", "Remove a member from the alliance") { publisher, address };
        command.SetAction((parseResult, cancel) => RunAsync(parseResult, "remove", async (settings, context, output) =>
        {
            var member = ResolveAddress(settings, parseResult.GetValue(publisher), parseResult.GetValue(address));
            var receipt = await Registry(context).SendAndWaitAsync(new RemoveMemberFunction(member), cancel);
            await output.WriteLineAsync($"removed {member} in block {receipt.BlockNumber}, tx {receipt.TransactionHash}");
        }, cancel));
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List the alliance's members");
        command.SetAction((parseResult, cancel) => RunAsync(parseResult, "list", async (_, context, output) =>
        {
            var registry = Registry(context);
            var count = await registry.MemberCountAsync(cancellationToken: cancel);
            await output.WriteLineAsync($"{count} member(s); owner {await registry.OwnerAsync(cancellationToken: cancel)}");
            for (var i = 0; i < count; i++)
            {
                var member = await registry.MemberAtAsync(i, cancellationToken: cancel);
                var profile = await registry.MemberAsync(member, cancellationToken: cancel);
                await output.WriteLineAsync($"  {member}  {profile.Name}  {profile.MetadataUri}");
            }
        }, cancel, needsKey: false));
        return command;
    }

    private static AllianceRegistryService Registry(ChainCommandContext context) =>
        context.Web3.GetAllianceRegistry(context.Deployment.AllianceRegistry.Address);

    private static Address ResolveAddress(AnchorSettings settings, string? publisher, string? address)
    {
        if ((publisher is null) == (address is null)) throw new ArgumentException("give --publisher or --address, one of them");
        if (address is not null) return Address.Parse(address);
        var keys = ChainCommandContext.PublisherKeys(settings, publisher!);
        try
        {
            return new Account(KeySource.Load(keys)).Address;
        }
        catch (KeyException e)
        {
            throw new KeySourceException($"Publishers:{publisher}: {e.Message}", null, e);
        }
    }

    private static async Task<int> RunAsync(ParseResult parseResult, string verb, Func<AnchorSettings, ChainCommandContext, TextWriter, Task> body,
        CancellationToken cancel, bool needsKey = true)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            var settings = GlobalOptions.Settings(parseResult);
            // Reading the roll needs no key; any throwaway account serves for the connection.
            var keys = needsKey ? settings.Deployer : new KeySourceOptions();
            using var context = needsKey
                ? await ChainCommandContext.ConnectAsync(settings, keys, AnchorSettings.DeployerSection, cancel)
                : await ChainCommandContext.ConnectReadOnlyAsync(settings, cancel);
            await body(settings, context, output);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is ConfigurationException or ArgumentException or FormatException)
        {
            await error.WriteLineAsync($"anchor alliance {verb}: {e.Message}");
            return ExitCodes.BadConfiguration;
        }
        catch (ContractRevertedException e)
        {
            await error.WriteLineAsync($"anchor alliance {verb}: the registry refused: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is KeyException or ChainMismatchException or DeploymentFileException or RpcException)
        {
            await error.WriteLineAsync($"anchor alliance {verb}: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
