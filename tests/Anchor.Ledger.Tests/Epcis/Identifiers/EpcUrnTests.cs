using Anchor.Ledger.Epcis.Identifiers;
using Xunit;

namespace Anchor.Ledger.Tests.Epcis.Identifiers;

public sealed class EpcUrnTests
{
    [Theory]
    [InlineData("urn:epc:class:lgtin:9520123.045678.L2026-05A", "09520123456788", "L2026-05A")]
    [InlineData("urn:epc:class:lgtin:4012345.012345.998877", "04012345123456", "998877")]
    [InlineData("urn:epc:class:lgtin:952012.1456789.CASE-77", "19520124567893", "CASE-77")]
    [InlineData("urn:epc:class:lgtin:952012345678.0.X", "09520123456788", "X")]
    [InlineData("urn:epc:class:lgtin:9520123.045678.A%2FB%3c%3E%3F%22%25%26", "09520123456788", "A/B<>?\"%&")]
    [InlineData("urn:epc:class:lgtin:9520123.045678.a.b:c;d=e!f'(g)*+,", "09520123456788", "a.b:c;d=e!f'(g)*+,")]
    public void An_LGTIN_gives_a_GTIN_with_its_check_digit_and_a_decoded_lot(string urn, string gtin, string lot)
    {
        var reading = EpcUrn.Read(urn);

        Assert.Null(reading.Problem);
        Assert.Equal(new ProductIdentifier(gtin, lot, null), reading.Identifier);
    }

    [Fact]
    public void An_SGTIN_gives_a_GTIN_and_a_serial_but_no_lot() =>
        Assert.Equal(new ProductIdentifier("10614141073464", null, "2018"), EpcUrn.Read("urn:epc:id:sgtin:0614141.107346.2018").Identifier);

    [Theory]
    [InlineData("urn:epc:id:sscc:9520123.0000000017")]
    [InlineData("urn:epc:idpat:sgtin:4012345.044444.*")]
    [InlineData("urn:epc:class:lgtin")]
    [InlineData("urn:epc:id:sgln:9520123.00001.0")]
    public void Other_EPCs_are_not_products(string urn) => Assert.Equal(IdentifierReading.NotAProduct, EpcUrn.Read(urn));

    [Theory]
    [InlineData("urn:epc:class:lgtin:9520123045678", "expected CompanyPrefix.IndicatorItemReference.Lot after the URN prefix")]
    [InlineData("urn:epc:class:lgtin:9520123.045678", "expected CompanyPrefix.IndicatorItemReference.Lot after the URN prefix")]
    [InlineData("urn:epc:class:lgtin:95201.2345678.L", "company prefix \"95201\" is not 6 to 12 digits")]
    [InlineData("urn:epc:class:lgtin:9520123.45678.L", "company prefix \"9520123\" and indicator/item reference \"45678\" must be 13 digits together")]
    [InlineData("urn:epc:class:lgtin:9520123.04567A.L", "company prefix \"9520123\" and indicator/item reference \"04567A\" must be 13 digits together")]
    [InlineData("urn:epc:class:lgtin:9520123.045678.", "the lot is empty")]
    [InlineData("urn:epc:class:lgtin:9520123.045678.A B", "the lot contains ' ', which an EPC URN cannot carry")]
    [InlineData("urn:epc:class:lgtin:9520123.045678.A&B", "'&' in the lot must be percent-encoded as %26 in an EPC URN")]
    [InlineData("urn:epc:class:lgtin:9520123.045678.A%2", "the lot: '%' at position 1 is not followed by two hex digits")]
    [InlineData("urn:epc:class:lgtin:9520123.045678.A%C3%A9", "the lot: %C3 encodes a non-ASCII byte")]
    [InlineData("urn:epc:class:lgtin:9520123.045678.A%23", "the lot \"A#\" contains '#' (U+0023), which is not in GS1 AI character set 82")]
    [InlineData("urn:epc:id:sgtin:9520123.045678.123456789012345678901", "the serial \"123456789012345678901\" has 21 characters; GS1 allows at most 20")]
    public void A_malformed_LGTIN_or_SGTIN_says_why(string urn, string problem) => Assert.Equal(problem, EpcUrn.Read(urn).Problem);
}
