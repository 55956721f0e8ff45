using Anchor.Ledger.Epcis.Hashing;
using Xunit;

namespace Anchor.Ledger.Tests.Epcis.Hashing;

/// <summary>EPC URIs against their GS1 element strings (EPC Tag Data Standard examples and the reference vectors).</summary>
public class EpcUriConverterTests
{
    [Theory]
    [InlineData("urn:epc:id:sgtin:0614141.112345.400", "https://id.gs1.org/01/10614141123459/21/400")]
    [InlineData("urn:epc:id:sgtin:4012345.011111.9876", "https://id.gs1.org/01/04012345111118/21/9876")]
    [InlineData("urn:epc:id:sgtin:0614141.812345.6789%2F%26%25%22!%3F()", "https://id.gs1.org/01/80614141123458/21/6789%2F%26%25%22%21%3F%28%29")]
    [InlineData("urn:epc:id:sgtin:4012345.011111.A.B", "https://id.gs1.org/01/04012345111118/21/A.B")] // a dot in the serial
    [InlineData("urn:epc:id:sscc:0614141.1234567890", "https://id.gs1.org/00/106141412345678908")]
    [InlineData("urn:epc:id:sgln:0614141.12345.400", "https://id.gs1.org/414/0614141123452/254/400")]
    [InlineData("urn:epc:id:sgln:4012345.00005.0", "https://id.gs1.org/414/4012345000054")] // extension 0 is no extension
    [InlineData("urn:epc:id:grai:0614141.12345.400", "https://id.gs1.org/8003/00614141123452400")]
    [InlineData("urn:epc:id:giai:0614141.12345400", "https://id.gs1.org/8004/061414112345400")]
    [InlineData("urn:epc:id:gsrn:0614141.1234567890", "https://id.gs1.org/8018/061414112345678902")]
    [InlineData("urn:epc:id:gsrnp:0614141.1234567890", "https://id.gs1.org/8017/061414112345678902")]
    [InlineData("urn:epc:id:gdti:4012345.55555.1234", "https://id.gs1.org/253/40123455555541234")]
    [InlineData("urn:epc:id:cpi:0614141.5PQ7%2FZ43.12345", "https://id.gs1.org/8010/06141415PQ7%2FZ43/8011/12345")]
    [InlineData("urn:epc:id:sgcn:4012345.67890.04711", "https://id.gs1.org/255/401234567890104711")]
    [InlineData("urn:epc:id:ginc:0614141.xyz47%2F11", "https://id.gs1.org/401/0614141xyz47%2F11")]
    [InlineData("urn:epc:id:gsin:0614141.123456789", "https://id.gs1.org/402/06141411234567890")]
    [InlineData("urn:epc:id:itip:4012345.011111.01.02.987", "https://id.gs1.org/8006/040123451111180102/21/987")]
    [InlineData("urn:epc:id:upui:1234567.098765.51qIgY)%3C%26Jp3*j7'SDB", "https://id.gs1.org/01/01234567987651/235/51qIgY%29%3C%26Jp3%2Aj7'SDB")]
    [InlineData("urn:epc:id:pgln:1234567.89012", "https://id.gs1.org/417/1234567890128")]
    [InlineData("urn:epc:class:lgtin:4012345.012345.998877", "https://id.gs1.org/01/04012345123456/10/998877")]
    [InlineData("urn:epc:idpat:sgtin:4012345.066666.*", "https://id.gs1.org/01/04012345666663")]
    [InlineData("urn:epc:idpat:grai:0614141.12345.*", "https://id.gs1.org/8003/00614141123452")]
    [InlineData("urn:epc:idpat:itip:4012345.011111.01.02.*", "https://id.gs1.org/8006/040123451111180102")]
    public void Converts_to_the_canonical_digital_link(string epcUri, string expected)
    {
        Assert.True(EpcUriConverter.TryConvert(epcUri, out var digitalLink));

        Assert.Equal(expected, digitalLink);
    }

    [Theory]
    [InlineData("urn:epc:id:sgtin:0614141.12345.400")] // company prefix and reference make 12 digits, not 13
    [InlineData("urn:epc:id:sgtin:0614141.112345.")] // no serial
    [InlineData("urn:epc:id:sscc:0614141.123456789")]
    [InlineData("urn:epc:id:gid:95100000.12345.400")] // no GS1 key
    [InlineData("urn:epc:idpat:sscc:0614141.*")] // not class level
    [InlineData("urn:epc:id:sgtin:0614141.112345.a b")] // outside the GS1 character set
    public void Leaves_what_it_cannot_convert(string epcUri)
    {
        Assert.False(EpcUriConverter.TryConvert(epcUri, out var unchanged));

        Assert.Equal(epcUri, unchanged);
    }
}
