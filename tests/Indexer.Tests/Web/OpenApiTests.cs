using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Anchor.Indexer.Tests.Web;

/// <summary>/openapi.json parses as OpenAPI 3 and describes every route the service maps.</summary>
[Collection(ServedLedgerCollection.Name)]
public class OpenApiTests(ServedLedgerFixture world)
{
    [Fact]
    public async Task The_document_lists_every_endpoint_with_its_methods()
    {
        // Arrange: what the application really maps (the document's own route aside)
        var mapped = world.Web.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText != Anchor.Indexer.Web.WebHostExtensions.OpenApiRoute)
            .Select(e => ("/" + e.RoutePattern.RawText!.Trim('/')).TrimEnd('/') is { Length: > 0 } p ? p : "/")
            .Distinct()
            .ToList();

        // Act
        using var response = await world.Web.GetAsync("/openapi.json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString());
        var paths = document.RootElement.GetProperty("paths");
        Assert.NotEmpty(mapped);
        foreach (var route in mapped) Assert.True(paths.TryGetProperty(route, out _), $"{route} is not in the document");
        var resolve = paths.GetProperty("/01/{gtin}/10/{lot}");
        Assert.True(resolve.TryGetProperty("get", out var get));
        Assert.True(resolve.TryGetProperty("head", out _));
        Assert.Equal(["200", "400", "404", "409"], get.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
        Assert.Contains(get.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "linkType");
        Assert.Contains("linkType=gs1:traceability", get.GetProperty("description").GetString());
    }
}
