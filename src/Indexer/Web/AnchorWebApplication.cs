using Anchor.Indexer.Configuration;
using Anchor.Indexer.Hosting;
using Anchor.Indexer.Tags;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Anchor.Indexer.Web;

/// <summary>
/// Builds the web application of <c>indexer serve</c> from Anchor's layered configuration alone
/// (no ASPNETCORE_ variables, no appsettings of its own), listening on Web:Urls. With
/// <c>follow</c> the same process also runs the indexer (<see cref="IndexerHostExtensions.AddAnchorIndexer"/>),
/// so what it serves keeps up with the chain.
/// </summary>
public static class AnchorWebApplication
{
    /// <summary>Creates the application, routes mapped, not started.</summary>
    /// <param name="configuration">Anchor's configuration (files, ANCHOR__ variables, flags).</param>
    /// <param name="settings">The indexer's settings, validated from <paramref name="configuration"/>.</param>
    /// <param name="web">The "Web" section, validated.</param>
    /// <param name="follow">Also follow the chain into the index.</param>
    /// <param name="configureLogging">Changes to the logging (tests quieten it).</param>
    /// <exception cref="Anchor.Configuration.ConfigurationException">The "Tags" section is unusable.</exception>
    /// <exception cref="WebAssetsMissingException">The program was built without the page's scripts.</exception>
    public static WebApplication Create(IConfiguration configuration, IndexerSettings settings, WebOptions web, bool follow, Action<ILoggingBuilder>? configureLogging = null)
    {
        var tags = TagOptions.Load(configuration);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Directory.GetCurrentDirectory() });
        // The host reads exactly Anchor's layered configuration, nothing from its own defaults.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddConfiguration(configuration);
        builder.WebHost.UseUrls([.. web.UrlList()]);
        builder.Logging.ClearProviders();
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        configureLogging?.Invoke(builder.Logging);
        if (follow) builder.AddAnchorIndexer(settings, IndexerRunMode.Follow);
        builder.AddAnchorWeb(settings, web, tags, follow);
        var app = builder.Build();
        app.MapAnchorWeb();
        return app;
    }
}
