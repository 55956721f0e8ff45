using System.CommandLine;
using Anchor.Cli;
using Anchor.Indexer.Hosting;
using Anchor.Indexer.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Anchor.Indexer.Commands;

/// <summary>
/// <c>indexer serve [--urls URL] [--follow]</c>: the Digital Link resolver, the JSON API, the
/// health check and the verify page over HTTP (docs/web.md), on Web:Urls (127.0.0.1:5080 by
/// default), until Ctrl+C or SIGTERM. Once listening it prints one line per address,
/// "indexer serve: listening on URL", for people and for scripts that wait for it.
/// Exit codes: 0 stopped; 1 failed (the page's scripts were not built in, or the follower failed);
/// 2 configuration unusable, also an address that cannot be listened on; 4 the follower halted on
/// a reorg deeper than the window.
/// </summary>
public static class ServeCommand
{
    /// <summary>What the line that announces each address starts with.</summary>
    public const string ListeningPrefix = "indexer serve: listening on ";

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen, ';' between URLs; port 0 picks a free port (Web:Urls, default {WebOptions.DefaultUrls})" };
        var follow = new Option<bool>("--follow") { Description = "Also follow the chain into the index, as `indexer run` does, so that tags keep up with new anchors and recalls" };
        var command = new Command("serve", "Serve the Digital Link resolver, the JSON API, /health and the verify page over HTTP") { urls, follow };
        command.SetAction((parseResult, cancel) => CommandSupport.RunAsync(parseResult, "serve", async (settings, token) =>
        {
            var configuration = GlobalOptions.Configuration(parseResult, new Dictionary<string, string?> { ["Web:Urls"] = parseResult.GetValue(urls) });
            var web = WebOptions.Load(configuration);
            var following = parseResult.GetValue(follow);
            // The query commands' rule: serve an existing ledger, never create an empty one.
            CommandSupport.OpenStores(settings);
            await using var app = CreateApplication(configuration, settings, web, following);
            try
            {
                await app.StartAsync(token);
            }
            catch (IOException e)
            {
                throw new IndexerCommandException($"cannot listen on {web.Urls} ({WebOptionsValidator.Key("Urls")}): {e.Message}", ExitCodes.BadConfiguration);
            }
            var output = parseResult.InvocationConfiguration.Output;
            foreach (var address in app.Urls) await output.WriteLineAsync(ListeningPrefix + address);
            await output.WriteLineAsync($"indexer serve: verify page {app.Urls.First()}/verify, Digital Links {app.Urls.First()}/01/{{gtin}}/10/{{lot}}; stop with Ctrl+C");
            await app.WaitForShutdownAsync(token);
            var outcome = app.Services.GetService<IndexerRunOutcome>();
            if (outcome?.Error is { } error) await parseResult.InvocationConfiguration.Error.WriteLineAsync($"indexer serve: the follower stopped: {error.Message}");
            return outcome?.ExitCode ?? ExitCodes.Success;
        }, cancel));
        return command;
    }

    private static WebApplication CreateApplication(Microsoft.Extensions.Configuration.IConfiguration configuration, Configuration.IndexerSettings settings, WebOptions web, bool following)
    {
        try
        {
            return AnchorWebApplication.Create(configuration, settings, web, following);
        }
        catch (WebAssetsMissingException e)
        {
            throw new IndexerCommandException(e.Message, ExitCodes.Failure);
        }
    }
}
