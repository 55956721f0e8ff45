using Anchor.Ethereum;
using Anchor.Indexer.Batches;
using Anchor.Indexer.Commands;
using Anchor.Indexer.Configuration;
using Anchor.Indexer.Queries;
using Anchor.Indexer.Storage;
using Anchor.Ledger.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Anchor.Indexer.Web;

/// <summary>
/// The JSON API over the index, in the shapes of the commands' <c>--json</c> output:
/// <c>/api/anchors</c> (as <c>indexer anchors</c>, paged) and <c>/api/batches/{gtin}/{lot}</c>
/// (as <c>indexer batch</c>). What the index says, not verified: the verify page and the
/// verifiers are for that.
/// </summary>
public static class ApiEndpoints
{
    /// <summary>The most anchors one page holds.</summary>
    public const int MaxPageSize = 500;

    /// <summary>Maps the API's routes.</summary>
    public static IEndpointRouteBuilder MapAnchorApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Index API");
        api.MapGet("/anchors", AnchorsAsync)
            .WithName("ListAnchors")
            .WithSummary("The indexed anchors, newest first (provisional ones first), a page at a time")
            .WithDescription($"publisher: only this address's anchors (0x and 40 hex digits). limit: 1 to {MaxPageSize} (default 50). offset: anchors to skip. " +
                "The answer has the totals and, when there are more, the URL of the next page.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/batches/{gtin}/{lot}", BatchAsync)
            .WithName("GetBatch")
            .WithSummary("A batch as the index sees it: its events (with its inputs'), the anchors covering them, recalls, alliance name, cold chain")
            .WithDescription("One report per publisher whose ledger holds the batch (normally one), as `indexer batch --json` prints them. " +
                "400: malformed GTIN or lot; 404: no ledger holds the batch.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> AnchorsAsync(
        HttpContext context, IIndexReader index, [FromQuery] string? publisher, [FromQuery] string? limit, [FromQuery] string? offset, CancellationToken cancellationToken)
    {
        try
        {
            var address = ParsePublisher(publisher);
            var size = Integer("limit", limit) ?? 50;
            var skip = Integer("offset", offset) ?? 0;
            if (size is < 1 or > MaxPageSize) throw BadQuery("limit", $"{size} is outside 1 to {MaxPageSize}");
            if (skip < 0) throw BadQuery("offset", $"{skip} must be 0 or more");
            // The index lists newest first with a limit; a page is the tail of the first offset + limit.
            var anchors = (await index.ListAnchorsAsync(address, skip + size, cancellationToken)).Skip(skip).ToList();
            var (final, provisional) = await index.CountAnchorsAsync(address, cancellationToken);
            var members = (await index.MembersAsync(cancellationToken)).ToDictionary(m => m.Publisher);
            var progress = await index.ReadProgressAsync(cancellationToken);
            var more = skip + anchors.Count < final + provisional;
            return Results.Json(new
            {
                progress = JsonViews.Progress(progress),
                final,
                provisional,
                offset = skip,
                limit = size,
                next = more ? NextPage(context.Request, address, size, skip + size) : null,
                anchors = anchors.Select(a => JsonViews.Anchor(a, members.GetValueOrDefault(a.Publisher))),
            }, CommandSupport.Json);
        }
        catch (WebRequestException e)
        {
            return WebAnswers.Problem(e);
        }
    }

    private static async Task<IResult> BatchAsync(
        HttpContext context, string gtin, string lot, ILedgerStore ledger, IIndexReader index, IndexerSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            // As for Digital Links, the raw path keeps an encoded '/' in a lot apart from a '/'.
            var segments = DigitalLinkPath.RawPathSegments(context);
            var gtin14 = DigitalLinkPath.Normalize(Uri.UnescapeDataString(segments[^2]));
            var lotValue = Uri.UnescapeDataString(segments[^1]);
            var reports = await new BatchReportBuilder(ledger, index, settings.TemperatureBands).BuildAsync(BatchRef.Of(gtin14, lotValue), cancellationToken);
            if (reports.Count == 0)
            {
                throw new WebRequestException(StatusCodes.Status404NotFound, "not-found", "Unknown batch", $"no ledger here holds batch (01){gtin14}(10){lotValue}");
            }
            return Results.Json(reports.Select(BatchReportJson.From), CommandSupport.Json);
        }
        catch (WebRequestException e)
        {
            return WebAnswers.Problem(e);
        }
    }

    private static Address? ParsePublisher(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        try
        {
            return Address.Parse(text);
        }
        catch (AddressFormatException e)
        {
            throw BadQuery("publisher", e.Message);
        }
    }

    // Parsed here, not by the binder, so that a bad value gets a message naming the parameter.
    private static int? Integer(string parameter, string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw BadQuery(parameter, $"'{text}' is not a whole number");
    }

    private static string NextPage(HttpRequest request, Address? publisher, int limit, int offset) =>
        $"{request.PathBase}{request.Path}?{(publisher is { } p ? $"publisher={p}&" : "")}limit={limit}&offset={offset}";

    private static WebRequestException BadQuery(string parameter, string why) =>
        new(StatusCodes.Status400BadRequest, "bad-query", "Bad query", $"{parameter}: {why}");
}
