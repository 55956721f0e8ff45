using System.Net;
using System.Text.Json;
using Xunit;

namespace Anchor.Indexer.Tests.Web;

/// <summary><c>/api/anchors</c> and <c>/api/batches/{gtin}/{lot}</c>: the index as JSON, in the commands' shapes.</summary>
[Collection(ServedLedgerCollection.Name)]
public class ApiTests(ServedLedgerFixture world)
{
    [Fact]
    public async Task Anchors_are_listed_with_their_alliance_name_and_paged()
    {
        // Act
        using var all = await JsonAsync("/api/anchors");
        using var page = await JsonAsync("/api/anchors?limit=1&offset=1");
        using var mine = await JsonAsync($"/api/anchors?publisher={world.Chain.AddressOf(1)}");
        using var none = await JsonAsync($"/api/anchors?publisher={world.Chain.AddressOf(5)}");

        // Assert
        var anchors = all.RootElement.GetProperty("anchors");
        Assert.Equal(1, all.RootElement.GetProperty("final").GetInt64());
        Assert.Equal("By-Health", anchors[0].GetProperty("allianceName").GetString());
        Assert.Equal("matched", anchors[0].GetProperty("mapping").GetString());
        Assert.Equal(JsonValueKind.Null, all.RootElement.GetProperty("next").ValueKind);
        Assert.Equal(0, page.RootElement.GetProperty("anchors").GetArrayLength());
        Assert.Equal(1, mine.RootElement.GetProperty("anchors").GetArrayLength());
        Assert.Equal(0, none.RootElement.GetProperty("anchors").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/anchors?limit=0", "limit: 0 is outside 1 to 500")]
    [InlineData("/api/anchors?limit=ten", "limit: 'ten' is not a whole number")]
    [InlineData("/api/anchors?offset=-1", "offset: ")]
    [InlineData("/api/anchors?publisher=0x1234", "publisher: ")]
    public async Task A_bad_query_is_refused_naming_the_parameter(string path, string detail)
    {
        using var response = await world.Web.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith(detail, problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_batch_report_has_its_events_inputs_recall_and_alliance_name()
    {
        var recalled = world.Batches[1];
        using var report = await JsonAsync($"/api/batches/{recalled.Gtin}/{recalled.Lot}");
        var first = report.RootElement[0];
        Assert.True(first.GetProperty("recalled").GetBoolean());
        Assert.Equal(ServedLedgerFixture.RecallReason, first.GetProperty("recalls")[0].GetProperty("recall").GetProperty("reason").GetString());
        Assert.Equal("By-Health", first.GetProperty("publisher").GetProperty("alliance").GetProperty("name").GetString());
        Assert.Contains(first.GetProperty("events").EnumerateArray(), e => e.GetProperty("input").GetBoolean());
        Assert.True(first.GetProperty("anchoring").GetProperty("fullyAnchored").GetBoolean());
    }

    [Fact]
    public async Task An_unknown_or_malformed_batch_is_404_or_400()
    {
        using var unknown = await world.Web.GetAsync($"/api/batches/{world.Batches[0].Gtin}/NOPE");
        using var malformed = await world.Web.GetAsync("/api/batches/1234/L1");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("GTIN: ", await malformed.Content.ReadAsStringAsync());
    }

    private async Task<JsonDocument> JsonAsync(string path)
    {
        using var response = await world.Web.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
