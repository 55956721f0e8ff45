using Anchor.Ledger.Epcis.Identifiers;
using Xunit;

namespace Anchor.Ledger.Tests.Epcis.Identifiers;

public sealed class DigitalLinkTests
{
    [Theory]
    [InlineData("https://id.gs1.org/01/09520123456788/10/ABC1", "ABC1", null)]
    [InlineData("https://id.gs1.org/01/09520123456788/10/ABC1/21/S-9", "ABC1", "S-9")]
    [InlineData("HTTPS://brand.example.cn/shop/dl/01/09520123456788/10/ABC1?17=280510&linkType=gs1:pip#x", "ABC1", null)]
    [InlineData("http://example.com/01/whatever/01/09520123456788/22/V1/10/ABC1", "ABC1", null)]
    [InlineData("https://id.gs1.org/01/09520123456788/10/A%2FB%20", null, null)]
    [InlineData("https://id.gs1.org/01/09520123456788/10/A%2fB", "A/B", null)]
    [InlineData("https://id.gs1.org/01/09520123456788/21/S-9", null, "S-9")]
    [InlineData("https://id.gs1.org/01/09520123456788", null, null)]
    [InlineData("https://id.gs1.org/01/09520123456788/235/TPX-1", null, "TPX-1")]
    public void A_Digital_Link_with_a_GTIN_is_read(string uri, string? lot, string? serial)
    {
        var reading = DigitalLink.Read(uri);

        if (uri.EndsWith("%20", StringComparison.Ordinal))
        {
            Assert.Equal("the lot \"A/B \" contains U+0020, which is not in GS1 AI character set 82", reading.Problem);
            return;
        }
        Assert.Null(reading.Problem);
        Assert.Equal(new ProductIdentifier("09520123456788", lot, serial), reading.Identifier);
    }

    [Theory]
    [InlineData("https://id.gs1.org/00/095201230000000175")]
    [InlineData("https://id.gs1.org/414/9520123000011")]
    [InlineData("https://example.com/2026/01/report")]
    [InlineData("https://example.com/01/shop")]
    [InlineData("ftp://id.gs1.org/01/09520123456788")]
    [InlineData("https://id.gs1.org")]
    [InlineData("https://id.gs1.org/01/09520123456788/17/280510")]
    public void Other_URIs_are_not_products(string uri) => Assert.Equal(IdentifierReading.NotAProduct, DigitalLink.Read(uri));

    [Theory]
    [InlineData("https://id.gs1.org/01/09520123456789/10/ABC1", "GTIN 09520123456789 has check digit 9, expected 8")]
    [InlineData("https://id.gs1.org/01/9520123456788/10/ABC1", "a Digital Link writes the GTIN with 14 digits: use 09520123456788, not 9520123456788")]
    [InlineData("https://id.gs1.org/01/95201234/10/ABC1", "a Digital Link writes the GTIN with 14 digits: use 00000095201234, not 95201234")]
    [InlineData("https://id.gs1.org/01/095201234567880/10/ABC1", "GTIN \"095201234567880\" is not 14 digits")]
    [InlineData("https://id.gs1.org/01/09520123456788/21/S/10/ABC1", "Digital Link key qualifiers go in the order /22/, /10/, /21/; /10/ is out of place")]
    [InlineData("https://id.gs1.org/01/09520123456788/10/A/10/B", "Digital Link key qualifiers go in the order /22/, /10/, /21/; /10/ is out of place")]
    [InlineData("https://id.gs1.org/01/09520123456788/10/ABCDEFGHIJKLMNOPQRSTU", "the lot \"ABCDEFGHIJKLMNOPQRSTU\" has 21 characters; GS1 allows at most 20")]
    [InlineData("https://id.gs1.org/01/09520123456788/10/%E6%89%B9", "the lot: %E6 encodes a non-ASCII byte")]
    [InlineData("https://id.gs1.org/01/09520123456788/235/T/21/S", "AI 235 follows the GTIN alone in a Digital Link")]
    public void A_malformed_Digital_Link_says_why(string uri, string problem) => Assert.Equal(problem, DigitalLink.Read(uri).Problem);
}
