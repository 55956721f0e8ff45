using System.CommandLine;
using Anchor.Cli;
using Anchor.Indexer.Following;
using Anchor.Indexer.Hosting;
using Anchor.Indexer.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Anchor.Indexer.Commands;

/// <summary>
/// <c>indexer run [--once]</c>: follows the Anchor contracts into the index in the Generic Host,
/// until stopped; with --once, indexes every block final at the current head and stops.
/// Exit codes: 0 done (or stopped), 1 failed, 2 configuration or deployment unusable, 4 halted by
/// a reorg deeper than the window.
/// </summary>
public static class RunCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var once = new Option<bool>("--once") { Description = "Catch up to the current head, then stop (for scripts, demos and benchmarks)" };
        var fromScratch = new Option<bool>("--from-scratch")
        {
            Description = "Empty the index and index again from the deployment's first block (after a halt on a reorg deeper than the window)",
        };
        var command = new Command("run", "Follow anchors, recalls and alliance membership on chain into the index") { once, fromScratch };
        command.SetAction((parseResult, cancel) => CommandSupport.RunAsync(parseResult, "run", async (settings, token) =>
        {
            var mode = parseResult.GetValue(once) ? IndexerRunMode.Once : IndexerRunMode.Follow;
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = Directory.GetCurrentDirectory() });
            // The host reads exactly Anchor's layered configuration, nothing from its own defaults.
            builder.Configuration.AddConfiguration(GlobalOptions.Configuration(parseResult));
            builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
            builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
            builder.AddAnchorIndexer(settings, mode);
            using var host = builder.Build();
            // RunAsync disposes the host's services, so what is read afterwards is taken first.
            var outcome = host.Services.GetRequiredService<IndexerRunOutcome>();
            var store = host.Services.GetRequiredService<IIndexStore>();
            if (parseResult.GetValue(fromScratch)) host.Services.GetRequiredService<ChainFollower>().StartOver("requested with indexer run --from-scratch");
            await host.RunAsync(token);
            if (outcome.Error is { } error)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"indexer run: {error.Message}");
            }
            else if (outcome.LastStep is { } last)
            {
                var (final, provisional) = await store.CountAnchorsAsync(null, token);
                await parseResult.InvocationConfiguration.Output.WriteLineAsync(
                    $"indexed to block {last.IndexedTo?.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} " +
                    $"(head {last.Head}, lag {last.Lag}): {final} final anchor(s), {provisional} provisional");
            }
            return outcome.ExitCode;
        }, cancel));
        return command;
    }
}
