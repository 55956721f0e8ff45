using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Anchor.Indexer.Web;

/// <summary>
/// The links Anchor's resolver holds for a batch, in the two forms the GS1-Conformant Resolver
/// conventions use: an HTTP <c>Link</c> header on every answer, and a linkset (RFC 9264) for
/// <c>linkType=all</c>. There are two links, both served here: the verify page (the default
/// link) and the evidence bundle (<c>gs1:traceability</c>).
/// </summary>
/// <param name="Origin">The resolver's scheme, host and port ("http://127.0.0.1:5080").</param>
/// <param name="Path">The Digital Link's path, as requested (still percent-encoded), with the path base.</param>
public sealed record ResolverLinks(string Origin, string Path)
{
    /// <summary>The links of the batch at the request's own URL (a serial's too: it resolves to its lot).</summary>
    public static ResolverLinks For(HttpRequest request) => new(
        $"{request.Scheme}://{request.Host.ToUriComponent()}",
        request.PathBase.ToUriComponent().TrimEnd('/') + "/" + string.Join('/', DigitalLinkPath.RawPathSegments(request.HttpContext)));

    /// <summary>The batch's Digital Link on this resolver, without a query: the linkset's anchor.</summary>
    public string Anchor => Origin + Path;

    /// <summary>The evidence bundle's URL.</summary>
    public string Bundle => $"{Anchor}?linkType={ResolverNegotiation.TraceabilityLinkType}";

    /// <summary>The linkset's URL.</summary>
    public string Linkset => $"{Anchor}?linkType=all";

    /// <summary>The value of the <c>Link</c> header: both links and the linkset.</summary>
    public string Header() => string.Join(", ",
        $"<{Anchor}>; rel=\"{ResolverNegotiation.Gs1Vocabulary}defaultLink\"; type=\"text/html\"; title=\"Verify this batch\"",
        $"<{Bundle}>; rel=\"{ResolverNegotiation.Gs1Vocabulary}traceability\"; type=\"application/json\"; title=\"Evidence bundle\"",
        $"<{Linkset}>; rel=\"linkset\"; type=\"{ResolverNegotiation.LinksetMediaType}\"");

    /// <summary>The linkset document (RFC 9264 section 4.2), link types as GS1 Web Vocabulary IRIs.</summary>
    public JsonObject Document() => new()
    {
        ["linkset"] = new JsonArray(new JsonObject
        {
            ["anchor"] = Anchor,
            [$"{ResolverNegotiation.Gs1Vocabulary}defaultLink"] = Target(Anchor, "Verify this batch", "text/html"),
            [$"{ResolverNegotiation.Gs1Vocabulary}traceability"] = Target(Bundle, "Evidence bundle (Anchor SPEC section 5)", "application/json"),
        }),
    };

    private static JsonArray Target(string href, string title, string type) =>
        new(new JsonObject { ["href"] = href, ["title"] = title, ["type"] = type });
}
