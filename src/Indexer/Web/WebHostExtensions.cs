using Anchor.Indexer.Configuration;
using Anchor.Indexer.Storage;
using Anchor.Indexer.Storage.Sqlite;
using Anchor.Indexer.Tags;
using Anchor.Ledger.Storage;
using Anchor.Ledger.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Anchor.Indexer.Web;

/// <summary>The wiring of <c>indexer serve</c>: its services, its middleware and its routes.</summary>
public static class WebHostExtensions
{
    /// <summary>The route of the OpenAPI document.</summary>
    public const string OpenApiRoute = "/openapi.json";

    /// <summary>
    /// Adds the web service's services: the stores on Ledger:Database (unless the indexer's own
    /// wiring added them first), the bundle builder, the verify page and its assets, the health
    /// check and the OpenAPI document.
    /// </summary>
    /// <exception cref="WebAssetsMissingException">The program was built without the page's scripts.</exception>
    public static IHostApplicationBuilder AddAnchorWeb(this IHostApplicationBuilder builder, IndexerSettings settings, WebOptions web, TagOptions tags, bool following)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(settings);
        var services = builder.Services;
        services.TryAddSingleton(settings);
        services.TryAddSingleton(_ => new SqliteDatabase(settings.Anchor.Ledger.Database));
        services.TryAddSingleton<ILedgerStore>(sp => new SqliteLedgerStore(sp.GetRequiredService<SqliteDatabase>()));
        services.TryAddSingleton<IIndexStore>(sp => new SqliteIndexStore(sp.GetRequiredService<SqliteDatabase>()));
        services.TryAddSingleton<IIndexReader>(sp => sp.GetRequiredService<IIndexStore>());
        services.AddSingleton(web);
        services.AddSingleton(tags);
        services.AddSingleton(WebAssets.Load());
        var rpc = web.PublicRpcUrl.Length > 0 ? web.PublicRpcUrl : settings.Anchor.Chain.RpcUrl;
        services.AddSingleton(new VerifyPageDefaults(rpc, web.MinConfirmations));
        services.AddSingleton<VerifyPage>();
        services.AddSingleton<BatchBundles>();
        services.AddSingleton(new HealthOptions(following));
        services.AddSingleton<IndexHealth>();
        services.AddProblemDetails();
        services.AddAnchorOpenApi();
        return builder;
    }

    /// <summary>Adds the middleware and maps every route.</summary>
    public static WebApplication MapAnchorWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(CommonHeadersAsync);
        app.Use(UnexpectedErrorsAsync);
        app.MapDigitalLinks();
        app.MapAnchorApi();
        app.MapHealth();
        app.MapVerifyPage();
        app.MapOpenApi(OpenApiRoute).WithTags("Operations");
        return app;
    }

    // Everything served is public and read-only, so any origin may read it (a verify page saved
    // to disk fetches bundles from the resolver, and GS1 resolvers allow this); nothing is sniffed,
    // and no page leaks its URL to the RPC or explorer it talks to.
    private static Task CommonHeadersAsync(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.AccessControlAllowOrigin = "*";
        headers.AccessControlExposeHeaders = "Link";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return next();
    }

    // A failure nobody expected (a database error, a bug) is logged and answered 500 with its
    // message: the operator sees why, and no client mistakes it for "no such batch".
    private static async Task UnexpectedErrorsAsync(HttpContext context, Func<Task> next)
    {
        try
        {
            await next();
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Anchor.Indexer.Web");
            logger.LogError(e, "{Method} {Path} failed: {Message}", context.Request.Method, context.Request.Path, e.Message);
            context.Response.Clear();
            var problem = new WebRequestException(StatusCodes.Status500InternalServerError, "internal-error", "Internal error", e.Message);
            await WebAnswers.Problem(problem).ExecuteAsync(context);
        }
    }
}
