using System.CommandLine;
using Anchor.Chain;
using Anchor.Cli;
using Anchor.Configuration;
using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Crypto;
using Anchor.Ethereum.Rpc;
using Anchor.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Anchor.Commands;

/// <summary><c>anchor run</c>: hosts the anchoring worker until stopped (Ctrl-C or SIGTERM).</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Run the anchoring worker: one cycle per publisher every Worker:Period, until stopped");
        command.SetAction(async (parseResult, cancel) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                var settings = GlobalOptions.Settings(parseResult);
                // Keys are checked here, before the host starts: a bad key is fatal, an unreachable chain is not.
                var accounts = WorkerContext.LoadAccounts(settings);

                var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
                builder.Logging.AddSimpleConsole(o =>
                {
                    o.SingleLine = true;
                    o.TimestampFormat = "HH:mm:ss ";
                }).AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).AddFilter("Microsoft", LogLevel.Warning);
                builder.Services.AddSingleton(new WorkerStartup(settings, accounts, CommandLogging.Observer()));
                builder.Services.AddHostedService<AnchorWorker>();
                using var host = builder.Build();
                await host.RunAsync(cancel);
                return ExitCodes.Success;
            }
            catch (ConfigurationException e)
            {
                await error.WriteLineAsync($"anchor run: {e.Message}");
                return ExitCodes.BadConfiguration;
            }
            catch (Exception e) when (e is KeyException or ChainMismatchException or DeploymentFileException or RpcException)
            {
                await error.WriteLineAsync($"anchor run: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
