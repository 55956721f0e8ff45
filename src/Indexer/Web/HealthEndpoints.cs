using Anchor.Indexer.Commands;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Anchor.Indexer.Web;

/// <summary><c>/health</c>: 200 while the index is healthy, 503 with the reasons when not (<see cref="IndexHealth"/>).</summary>
public static class HealthEndpoints
{
    /// <summary>Maps the route.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/health", [HttpMethods.Get, HttpMethods.Head], async (HttpContext context, IndexHealth health, CancellationToken cancellationToken) =>
            {
                var report = await health.CheckAsync(cancellationToken);
                context.Response.Headers.CacheControl = "no-store";
                return Results.Json(new
                {
                    status = report.Healthy ? "healthy" : "unhealthy",
                    problems = report.Problems,
                    head = report.Head,
                    headError = report.HeadError,
                    lag = report.Lag,
                    anchors = new { final = report.FinalAnchors, provisional = report.ProvisionalAnchors, rootMismatches = report.RootMismatches },
                    following = report.Following,
                    progress = report.Progress,
                }, CommandSupport.Json, statusCode: report.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
            })
            .WithTags("Operations")
            .WithName("Health")
            .WithSummary("The index's health: progress, the chain's head and the lag, the last error, root mismatches")
            .WithDescription("200 and status \"healthy\" when the index has run, its last step succeeded, it trails the head by at most Web:MaxHealthyLag blocks " +
                "and no anchor contradicts the ledger; otherwise 503, status \"unhealthy\" and the problems, one sentence each.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status503ServiceUnavailable, contentType: "application/json");
        return app;
    }
}
