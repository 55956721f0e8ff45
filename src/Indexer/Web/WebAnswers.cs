using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;

namespace Anchor.Indexer.Web;

/// <summary>
/// How the service says no: a problem document (RFC 9457, <c>application/problem+json</c>) for
/// machines, a short page for people, each naming the problem and what to do. The response
/// headers that every answer carries are set here too.
/// </summary>
public static class WebAnswers
{
    /// <summary>
    /// The Content-Security-Policy of every HTML answer: the page's own scripts and styles only,
    /// and fetches to any origin, because the RPC is the user's choice.
    /// </summary>
    public const string PagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src *; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>The problem as JSON.</summary>
    public static IResult Problem(WebRequestException problem) => Results.Problem(
        statusCode: problem.Status,
        title: problem.Title,
        detail: problem.Message,
        extensions: new Dictionary<string, object?> { ["code"] = problem.Code });

    /// <summary>The problem as a page for people, with the page's stylesheet.</summary>
    public static IResult Page(HttpContext context, WebRequestException problem)
    {
        var encoder = HtmlEncoder.Default;
        var root = encoder.Encode(BasePath(context.Request));
        var html = $$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{encoder.Encode(problem.Title)}} · Anchor</title>
            <link rel="stylesheet" href="{{root}}assets/{{WebAssets.Stylesheet}}">
            </head>
            <body>
            <header class="site"><a class="brand" href="{{root}}verify">Anchor</a> <span>batch verification</span></header>
            <main>
            <section class="verdict verdict-problem" role="alert">
            <h1>{{encoder.Encode(problem.Title)}}</h1>
            <p>{{encoder.Encode(problem.Message)}}</p>
            <p class="muted">HTTP {{problem.Status}} · {{encoder.Encode(problem.Code)}}</p>
            </section>
            <p>Have a saved evidence bundle? <a href="{{root}}verify">Verify it from a file</a>.</p>
            </main>
            </body>
            </html>
            """;
        context.Response.Headers.ContentSecurityPolicy = PagePolicy;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: problem.Status);
    }

    /// <summary>The problem as a page or as JSON, by what the request reads.</summary>
    public static IResult For(HttpContext context, WebRequestException problem, bool asPage) =>
        asPage ? Page(context, problem) : Problem(problem);

    /// <summary>The application's path base, ending in '/'.</summary>
    public static string BasePath(HttpRequest request) => request.PathBase.ToUriComponent().TrimEnd('/') + "/";
}
