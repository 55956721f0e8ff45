using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Anchor.Indexer.Web;

/// <summary>
/// The verify page without a server bundle (<c>/verify</c>: load a saved bundle file), the same
/// page as one self-contained file to keep for offline use (<c>/verify/standalone.html</c>), and
/// the page's assets (<c>/assets/{name}</c>).
/// </summary>
public static class VerifyPageEndpoints
{
    /// <summary>The file name the standalone page is saved as.</summary>
    public const string StandaloneFileName = "anchor-verify.html";

    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapVerifyPage(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").WithTags("Verify page");
        group.MapGet("/", (HttpContext context) => Results.Redirect(WebAnswers.BasePath(context.Request) + "verify"))
            .WithName("Home")
            .WithSummary("Redirects to /verify")
            .Produces(StatusCodes.Status302Found);
        group.MapGet("/verify", (HttpContext context, VerifyPage page) =>
                DigitalLinkEndpoints.PageAnswer(context, page.Render(WebAnswers.BasePath(context.Request), bundleUrl: null)))
            .WithName("VerifyPage")
            .WithSummary("The verify page with no bundle: load a saved evidence bundle file and verify it in the browser")
            .Produces(StatusCodes.Status200OK, contentType: "text/html");
        group.MapGet("/verify/standalone.html", (HttpContext context, VerifyPage page) =>
            {
                // A download, to open from disk: the page and every script in one file.
                context.Response.Headers.ContentDisposition = $"attachment; filename=\"{StandaloneFileName}\"";
                return DigitalLinkEndpoints.PageAnswer(context, page.RenderStandalone());
            })
            .WithName("StandaloneVerifyPage")
            .WithSummary("The verify page as one self-contained HTML file (scripts inline) that works offline, opened from disk")
            .Produces(StatusCodes.Status200OK, contentType: "text/html");
        group.MapGet("/assets/{name}", (HttpContext context, string name, WebAssets assets) =>
            {
                if (assets.Served(name) is not { } asset) return Results.NotFound();
                context.Response.Headers.CacheControl = "no-cache";
                return Results.Bytes(asset.Content, asset.ContentType, entityTag: new EntityTagHeaderValue(asset.ETag));
            })
            .WithName("Asset")
            .WithSummary("A file of the verify page: its stylesheet and scripts, the JavaScript verifier and ethers")
            .Produces(StatusCodes.Status200OK, contentType: "text/javascript", additionalContentTypes: ["text/css"])
            .Produces(StatusCodes.Status404NotFound);
        return app;
    }
}
