using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Anchor.Indexer.Tags;
using Anchor.Indexer.Verification;
using Xunit;

namespace Anchor.Indexer.Tests.Web;

/// <summary>
/// The GS1 Digital Link resolver of <c>indexer serve</c>: the same URL answers a machine with the
/// evidence bundle and a person with the verify page, and a batch without a tag with the status
/// that says why.
/// </summary>
[Collection(ServedLedgerCollection.Name)]
public partial class ResolverTests(ServedLedgerFixture world)
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private string LinkOf(int batch) => $"/01/{world.Batches[batch].Gtin}/10/{Uri.EscapeDataString(world.Batches[batch].Lot)}";

    [Fact]
    public async Task Accept_json_gets_the_evidence_bundle_which_verifies_against_the_chain()
    {
        // Act
        using var response = await world.Web.GetAsync(LinkOf(0), "application/json");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        // Assert: the bundle, negotiated, with the resolver's links
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        var link = string.Join(", ", response.Headers.GetValues("Link"));
        Assert.Contains($"<{world.Web.Address.ToString().TrimEnd('/')}{LinkOf(0)}?linkType=gs1:traceability>; rel=\"https://gs1.org/voc/traceability\"", link);
        Assert.Contains("rel=\"https://gs1.org/voc/defaultLink\"", link);
        Assert.Contains("rel=\"linkset\"", link);
        var report = await BundleVerifier.VerifyAsync(bytes, new VerifyOptions { Rpc = world.Chain.Node.RpcUrl, MinConfirmations = 1 });
        Assert.True(report.Verdict == VerificationVerdict.Valid, string.Join("\n", report.Checks.Select(c => $"{c.Name} {c.Status} {c.Reason}")));
        Assert.Equal("By-Health", JsonDocument.Parse(bytes).RootElement.GetProperty("publisher").GetProperty("allianceName").GetString());
    }

    [Fact]
    public async Task A_browser_gets_the_verify_page_which_fetches_the_bundle_from_the_same_url()
    {
        // Act
        using var response = await world.Web.GetAsync(LinkOf(0), BrowserAccept);
        var html = await response.Content.ReadAsStringAsync();

        // Assert: the page, kept to its own scripts, told where the bundle is and nothing about it
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Contains("script-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        using var config = JsonDocument.Parse(ConfigBlock().Match(html).Groups[1].Value);
        Assert.Equal(LinkOf(0), config.RootElement.GetProperty("bundleUrl").GetString());
        Assert.Equal(world.Chain.Node.RpcUrl.ToString(), config.RootElement.GetProperty("rpc").GetString());
        Assert.Contains("/assets/anchor-verify.js", html);
        Assert.Contains("/assets/ethers.umd.min.js", html);
        Assert.DoesNotContain(world.Batches[0].Lot, html.Replace(LinkOf(0), "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, null, "text/html")]
    [InlineData("*/*", null, "text/html")]
    [InlineData("application/json, text/plain, */*", null, "application/json")]
    [InlineData(BrowserAccept, "gs1:traceability", "application/json")]
    [InlineData(BrowserAccept, "https://gs1.org/voc/traceability", "application/json")]
    [InlineData("application/json", "gs1:defaultLink", "text/html")]
    [InlineData(null, "all", "application/linkset+json")]
    [InlineData("application/linkset+json", null, "application/linkset+json")]
    [InlineData("application/json", "gs1:pip", "application/json")]
    public async Task Content_negotiation_follows_linkType_then_Accept(string? accept, string? linkType, string expected)
    {
        var query = linkType is null ? "" : "?linkType=" + Uri.EscapeDataString(linkType);
        using var response = await world.Web.GetAsync(LinkOf(0) + query, accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_linkset_lists_the_page_and_the_bundle_for_the_batch()
    {
        using var response = await world.Web.GetAsync(LinkOf(0) + "?linkType=all");
        using var linkset = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var links = linkset.RootElement.GetProperty("linkset")[0];
        var anchor = world.Web.Address.ToString().TrimEnd('/') + LinkOf(0);
        Assert.Equal(anchor, links.GetProperty("anchor").GetString());
        Assert.Equal(anchor + "?linkType=gs1:traceability", links.GetProperty("https://gs1.org/voc/traceability")[0].GetProperty("href").GetString());
        Assert.Equal("text/html", links.GetProperty("https://gs1.org/voc/defaultLink")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_serial_and_a_short_gtin_resolve_to_the_batch()
    {
        var batch = world.Batches[0];
        using var serial = await world.Web.GetAsync(LinkOf(0) + "/21/SN-0042", "application/json");
        using var gtin13 = await world.Web.GetAsync($"/01/{batch.Gtin[1..]}/10/{batch.Lot}", "application/json");
        using var head = await world.Web.GetAsync(LinkOf(0), "application/json", HttpMethod.Head);
        Assert.Equal(batch.Lot, JsonDocument.Parse(await serial.Content.ReadAsStringAsync()).RootElement.GetProperty("batch").GetProperty("lot").GetString());
        Assert.Equal(batch.Gtin, JsonDocument.Parse(await gtin13.Content.ReadAsStringAsync()).RootElement.GetProperty("batch").GetProperty("gtin").GetString());
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/01/{gtin}/10/NO-SUCH-LOT", HttpStatusCode.NotFound, "not-found", "no ledger here holds")]
    [InlineData("/01/{wrong}/10/L1", HttpStatusCode.BadRequest, "bad-gtin", "GTIN: ")]
    [InlineData("/01/123/10/L1", HttpStatusCode.BadRequest, "bad-gtin", "expected 8, 12, 13 or 14 digits")]
    [InlineData("/01/{gtin}", HttpStatusCode.NotFound, "no-lot", "Anchor resolves batches")]
    [InlineData("/01/{gtin}/10/L1/99/x", HttpStatusCode.NotFound, null, null)]
    [InlineData("/01/{gtin}/10/" + "LOT-LONGER-THAN-TWENTY-CHARACTERS", HttpStatusCode.BadRequest, "bad-batch", "lot")]
    [InlineData("/01/09506000134352/10/" + ServedLedgerFixture.UnanchoredLot, HttpStatusCode.Conflict, "not-anchored", "not fully anchored yet")]
    public async Task A_batch_without_a_tag_gets_a_problem_that_names_why(string template, HttpStatusCode status, string? code, string? detail)
    {
        // Arrange
        var gtin = world.Batches[0].Gtin;
        var wrong = gtin[..13] + (char)('0' + ((gtin[13] - '0' + 1) % 10));
        var path = template.Replace("{gtin}", gtin, StringComparison.Ordinal).Replace("{wrong}", wrong, StringComparison.Ordinal);

        // Act
        using var json = await world.Web.GetAsync(path, "application/json");
        using var page = await world.Web.GetAsync(path, BrowserAccept);

        // Assert: the same status for both, a problem document for the machine, a page for the person
        Assert.Equal(status, json.StatusCode);
        Assert.Equal(status, page.StatusCode);
        if (code is null) return;
        Assert.Equal("application/problem+json", json.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
        Assert.Contains(detail!, problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(detail!), await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_resolver_answers_any_origin_and_never_lets_a_page_be_sniffed()
    {
        using var response = await world.Web.GetAsync(LinkOf(0), "application/json");
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public void Every_tag_problem_has_an_http_answer()
    {
        foreach (var kind in Enum.GetValues<TagProblemKind>())
        {
            var answer = Anchor.Indexer.Web.BatchBundles.Answer(new TagException(kind, "why"));
            Assert.InRange(answer.Status, 400, 499);
            Assert.Equal("why", answer.Message);
        }
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"anchor-config\">(.*?)</script>")]
    private static partial Regex ConfigBlock();
}
