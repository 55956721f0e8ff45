using Anchor.Indexer.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Xunit;

namespace Anchor.Indexer.Tests.Web;

/// <summary>Reading a batch from a Digital Link path as it came on the wire.</summary>
public class DigitalLinkPathTests
{
    [Theory]
    [InlineData("/01/09506000134352/10/L2605A", "09506000134352", "L2605A", null)]
    [InlineData("/01/9506000134352/10/L2605A", "09506000134352", "L2605A", null)]
    [InlineData("/01/09506000134352/10/A%2FB", "09506000134352", "A/B", null)]
    [InlineData("/01/09506000134352/10/A%252FB", "09506000134352", "A%2FB", null)]
    [InlineData("/01/09506000134352/10/L1/21/SN%201?linkType=all", "09506000134352", "L1", "SN 1")]
    public void Reads_the_gtin_lot_and_serial(string rawTarget, string gtin, string lot, string? serial)
    {
        var path = DigitalLinkPath.Of(ContextFor(rawTarget));
        Assert.Equal(new DigitalLinkPath(gtin, lot, serial), path);
    }

    [Theory]
    [InlineData("/01/09506000134353/10/L1", 400, "bad-gtin", "check digit")]
    [InlineData("/01/0950600013435X/10/L1", 400, "bad-gtin", "expected 8, 12, 13 or 14 digits")]
    [InlineData("/01/09506000134352", 404, "no-lot", "Anchor resolves batches: /01/09506000134352/10/{lot}")]
    [InlineData("/01/09506000134352/21/S1", 400, "bad-digital-link", "/21/ is not expected there")]
    [InlineData("/01/09506000134352/10/L1/21", 400, "bad-digital-link", "application identifier 21 has no value")]
    [InlineData("/01/09506000134352/10/L1/10/L2", 400, "bad-digital-link", "/10/ is not expected there")]
    public void Refuses_what_is_not_a_batch_naming_the_problem(string rawTarget, int status, string code, string detail)
    {
        var e = Assert.Throws<WebRequestException>(() => DigitalLinkPath.Of(ContextFor(rawTarget)));
        Assert.Equal(status, e.Status);
        Assert.Equal(code, e.Code);
        Assert.Contains(detail, e.Message);
    }

    private static DefaultHttpContext ContextFor(string rawTarget)
    {
        var context = new DefaultHttpContext();
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = rawTarget;
        return context;
    }
}
