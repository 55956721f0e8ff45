using Anchor.Ledger.Epcis.Hashing;
using Xunit;

namespace Anchor.Ledger.Tests.Epcis.Hashing;

public class DigitalLinkCanonicaliserTests
{
    [Theory]
    [InlineData("https://id.gs1.de/00/040123451111111110", "https://id.gs1.org/00/040123451111111110")] // custom domain
    [InlineData("https://id.gs1.org/01/09506000134352/10/ABC/21/123", "https://id.gs1.org/01/09506000134352/21/123")] // serial beats lot
    [InlineData("https://shop.example.com/p/gtin/9506000134352/cpv/2A/lot/ABC?exp=261231", "https://id.gs1.org/01/09506000134352/10/ABC")]
    [InlineData("http://id.gs1.org/01/12345670", "https://id.gs1.org/01/00000012345670")] // GTIN-8 padded
    [InlineData("https://id.gs1.org/gln/4012345000054/254/122/", "https://id.gs1.org/414/4012345000054/254/122")]
    [InlineData("https://id.gs1.org/8006/040123451111180102/10/L1/21/S1", "https://id.gs1.org/8006/040123451111180102/21/S1")]
    [InlineData("https://id.gs1.org/8010/0614141123ABC/8011/123456789", "https://id.gs1.org/8010/0614141123ABC/8011/123456789")]
    [InlineData("https://id.gs1.org/01/09506000134352/21/A!B", "https://id.gs1.org/01/09506000134352/21/A%21B")]
    [InlineData("https://id.gs1.org/01/09506000134352/21/A%2fB#x", "https://id.gs1.org/01/09506000134352/21/A%2FB")]
    [InlineData("https://id.example.com/253/4012345000054987", "https://id.gs1.org/253/4012345000054987")]
    public void Constrains_to_the_canonical_form(string uri, string expected)
    {
        Assert.True(DigitalLinkCanonicaliser.TryCanonicalise(uri, out var canonical));

        Assert.Equal(expected, canonical);
    }

    [Theory]
    [InlineData("https://id.gs1.org/00/12345")] // an SSCC has 18 digits
    [InlineData("https://id.gs1.org/01/09506000134352/17/261231")] // 17 is a data attribute, not a path qualifier
    [InlineData("https://id.gs1.org/417/4012345000009/254/1")] // 254 qualifies a 414, not a 417
    [InlineData("https://accreditation-council.example.org/certificate/ABC12345")]
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/27700")]
    [InlineData("geo:50.947573340894124,6.922120147375441")]
    public void Leaves_other_uris_alone(string uri)
    {
        Assert.False(DigitalLinkCanonicaliser.TryCanonicalise(uri, out var unchanged));

        Assert.Equal(uri, unchanged);
    }
}
