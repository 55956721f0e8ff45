using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Anchor.Indexer.Web;

/// <summary>
/// The GS1 Digital Link resolver: <c>/01/{gtin}/10/{lot}</c> (and <c>…/21/{serial}</c>) answers
/// with the evidence bundle for machines and the verify page for people
/// (<see cref="ResolverNegotiation"/>), with <c>Vary: Accept</c> and the batch's links in a
/// <c>Link</c> header. The batch must have a tag: an unknown batch is 404, one not yet anchored
/// 409, a malformed GTIN or lot 400, in the form the client reads.
/// </summary>
public static class DigitalLinkEndpoints
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>Maps the resolver's routes.</summary>
    public static IEndpointRouteBuilder MapDigitalLinks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/01/{gtin}").WithTags("GS1 Digital Link resolver");
        Describe(group.MapMethods("/10/{lot}", GetAndHead, ResolveAsync).WithName("ResolveBatch"));
        Describe(group.MapMethods("/10/{lot}/21/{serial}", GetAndHead, ResolveAsync).WithName("ResolveSerial"));
        group.MapMethods("", GetAndHead, ProductAsync)
            .WithName("ResolveProduct")
            .WithSummary("A product without a lot: always 404, since Anchor resolves batches")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static void Describe(RouteHandlerBuilder route) => route
        .WithSummary("Resolve a batch's Digital Link: the evidence bundle for machines, the verify page for people")
        .WithDescription(
            "linkType=gs1:traceability, or an Accept header preferring application/json: the evidence bundle (docs/SPEC.md section 5). " +
            "linkType=all, or Accept: application/linkset+json: the batch's links as an RFC 9264 linkset. " +
            "Otherwise, the default link: the verify page (text/html), which fetches the bundle from this URL and verifies it in the browser. " +
            "Every answer carries Vary: Accept and a Link header with both links. A serial (/21/{serial}) resolves to its lot. " +
            "400: malformed GTIN or lot; 404: no ledger holds the batch; 409: not fully anchored yet, a root mismatch, or several publishers (add ?publisher=NAME).")
        .Produces(StatusCodes.Status200OK, contentType: "application/json", additionalContentTypes: ["text/html", ResolverNegotiation.LinksetMediaType])
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);

    // gtin and lot are bound so that the OpenAPI document names them; the values used are read
    // from the raw path (DigitalLinkPath), which keeps an encoded '/' in a lot apart from a '/'.
    private static async Task<IResult> ResolveAsync(
        HttpContext context, string gtin, string lot, [FromQuery] string? linkType, [FromQuery] string? publisher,
        BatchBundles bundles, VerifyPage page, CancellationToken cancellationToken)
    {
        var answer = ResolverNegotiation.Choose(linkType, context.Request.Headers.Accept);
        return await AnswerAsync(context, answer, async () =>
        {
            var path = DigitalLinkPath.Of(context);
            var tag = await bundles.BuildAsync(path.Gtin, path.Lot, publisher, cancellationToken);
            var links = ResolverLinks.For(context.Request);
            context.Response.Headers.Link = links.Header();
            // Built fresh on every request: a cache may keep it only while it revalidates.
            context.Response.Headers.CacheControl = "no-cache";
            return answer switch
            {
                ResolverAnswer.Bundle => Results.Bytes(tag.Bundle, "application/json; charset=utf-8"),
                ResolverAnswer.Linkset => Results.Text(links.Document().ToJsonString(), ResolverNegotiation.LinksetMediaType),
                _ => PageAnswer(context, page.Render(WebAnswers.BasePath(context.Request), BundleUrl(links, publisher))),
            };
        });
    }

    /// <summary>The verify page, with the policy that keeps it to its own scripts.</summary>
    internal static IResult PageAnswer(HttpContext context, string html)
    {
        context.Response.Headers.ContentSecurityPolicy = WebAnswers.PagePolicy;
        return Results.Content(html, "text/html; charset=utf-8");
    }

    // Same origin, same path: the page asks for the bundle by content negotiation.
    private static string BundleUrl(ResolverLinks links, string? publisher) =>
        publisher is null ? links.Path : $"{links.Path}?publisher={Uri.EscapeDataString(publisher)}";

    // A product's Digital Link: Anchor holds no product-level links, so it is a 404 (or a 400
    // for a malformed GTIN), in the form the client reads.
    private static Task<IResult> ProductAsync(HttpContext context, string gtin, [FromQuery] string? linkType) =>
        AnswerAsync(context, ResolverNegotiation.Choose(linkType, context.Request.Headers.Accept), () =>
        {
            var gtin14 = DigitalLinkPath.Normalize(Uri.UnescapeDataString(DigitalLinkPath.RawPathSegments(context)[1]));
            throw new WebRequestException(StatusCodes.Status404NotFound, "no-lot", "No batch",
                $"GTIN {gtin14} names a product; Anchor resolves batches: /01/{gtin14}/10/{{lot}}");
        });

    private static async Task<IResult> AnswerAsync(HttpContext context, ResolverAnswer answer, Func<Task<IResult>> body)
    {
        context.Response.Headers.Vary = "Accept";
        try
        {
            return await body();
        }
        catch (WebRequestException e)
        {
            return WebAnswers.For(context, e, answer == ResolverAnswer.Page);
        }
    }
}
