using Anchor.Ledger.Sample;
using Xunit;
using Anchor.Ledger.Epcis.Identifiers;

namespace Anchor.Ledger.Tests.Sample;

/// <summary>Check digits and the two identifier forms, against values from GS1's own examples.</summary>
public class Gs1IdentifierTests
{
    [Theory]
    [InlineData("70614141123451", true)]     // GTIN in GS1's Digital Link example
    [InlineData("0614141073467", true)]      // GLN in GS1's ObjectEvent example
    [InlineData("70614141123452", false)]
    [InlineData("0614141073460", false)]
    [InlineData("06141410734X7", false)]
    [InlineData("7", false)]
    public void Check_digits_are_validated(string key, bool valid) => Assert.Equal(valid, Gs1CheckDigit.IsValid(key));

    [Fact]
    public void Keys_are_built_with_the_right_check_digit_whatever_the_prefix_length()
    {
        Assert.Equal("70614141123451", Gs1Key.Gtin("0614141", 12345, '7').Digits);
        Assert.Equal("0614141073467", Gs1Key.Gln("0614141", 7346).Digits);
        var sscc = Gs1Key.Sscc("952100300", 42).Digits;
        Assert.Equal(18, sscc.Length);
        Assert.True(Gs1CheckDigit.IsValid(sscc));
        Assert.Throws<ArgumentOutOfRangeException>(() => Gs1Key.Gtin("952100300", 1000));
    }

    [Theory]
    [InlineData("9521001", "urn:epc:class:lgtin:9521001.000003.L1", "https://id.gs1.org/01/09521001000031/10/L1")]
    [InlineData("95210020", "urn:epc:class:lgtin:95210020.00003.L1", "https://id.gs1.org/01/09521002000030/10/L1")]
    [InlineData("952100300", "urn:epc:class:lgtin:952100300.0003.L1", "https://id.gs1.org/01/09521003000039/10/L1")]
    public void Lots_are_written_as_lgtin_urns_or_digital_links(string prefix, string urn, string digitalLink)
    {
        var gtin = Gs1Key.Gtin(prefix, 3);

        Assert.Equal(urn, new IdentifierFormatter(IdentifierForm.EpcUrn).ProductLot(gtin, "L1"));
        Assert.Equal(digitalLink, new IdentifierFormatter(IdentifierForm.DigitalLink).ProductLot(gtin, "L1"));
    }

    [Fact]
    public void Locations_parties_and_logistic_units_have_both_forms()
    {
        var urn = new IdentifierFormatter(IdentifierForm.EpcUrn);
        var link = new IdentifierFormatter(IdentifierForm.DigitalLink);
        var gln = Gs1Key.Gln("0614141", 7346);
        var sscc = Gs1Key.Sscc("0614141", 123456789);

        Assert.Equal("urn:epc:id:sgln:0614141.07346.0", urn.Location(gln));
        Assert.Equal("urn:epc:id:sgln:0614141.07346.12", urn.Location(gln, "12"));
        Assert.Equal("https://id.gs1.org/414/0614141073467", link.Location(gln));
        Assert.Equal("https://id.gs1.org/414/0614141073467/254/12", link.Location(gln, "12"));
        Assert.Equal("urn:epc:id:pgln:0614141.07346", urn.Party(gln));
        Assert.Equal("https://id.gs1.org/417/0614141073467", link.Party(gln));
        Assert.Equal("urn:epc:id:sscc:0614141.0123456789", urn.LogisticUnit(sscc));
        Assert.Equal("https://id.gs1.org/00/" + sscc.Digits, link.LogisticUnit(sscc));
        Assert.Equal("urn:epcglobal:cbv:bt:0614141073467:PO1", IdentifierFormatter.BusinessTransaction(gln, "PO1"));
    }
}
