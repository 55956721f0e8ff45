using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Anchor.Indexer.Web;

/// <summary>
/// The OpenAPI document of <c>indexer serve</c> (<c>/openapi.json</c>), generated from the routes'
/// metadata, so it cannot drift from what is mapped. Two additions: the document's title, and
/// the media types of answers that are not one C# type (the resolver's bundle, page or linkset).
/// </summary>
public static class OpenApiDocument
{
    /// <summary>Adds the document's generator.</summary>
    public static IServiceCollection AddAnchorOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Anchor indexer";
            document.Info.Version = "1";
            document.Info.Description =
                "The verifier's side of Anchor over HTTP: a GS1 Digital Link resolver for batches (evidence bundle or verify page), " +
                "the index as JSON, and its health. Nothing served here needs to be trusted: bundles verify against the chain (docs/SPEC.md). " +
                "The answers' shapes are those of the `indexer` commands' --json output (docs/web.md).";
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            // A response declared with media types but no C# type is listed without content by
            // the generator; name its media types, with no schema.
            var declared = context.Description.ActionDescriptor.EndpointMetadata.OfType<IProducesResponseTypeMetadata>();
            foreach (var metadata in declared.Where(m => m.ContentTypes.Any()))
            {
                if (operation.Responses?.TryGetValue(metadata.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), out var found) != true) continue;
                if (found is not OpenApiResponse response || response.Content is { Count: > 0 }) continue;
                response.Content = metadata.ContentTypes.ToDictionary(t => t, _ => new OpenApiMediaType());
            }
            return Task.CompletedTask;
        });
    });
}
