namespace Anchor.Ledger.Sample;

/// <summary>
/// Writes GS1 keys as EPC URNs or as GS1 Digital Link URIs (GS1 EPC Tag Data Standard and
/// Digital Link), as the brand's <see cref="IdentifierForm"/> says. Lots and extensions are kept
/// to upper-case letters and digits, which need no escaping in either form.
/// </summary>
internal sealed class IdentifierFormatter(IdentifierForm form)
{
    private const string DigitalLinkRoot = "https://id.gs1.org/";

    /// <summary>The form used.</summary>
    public IdentifierForm Form => form;

    /// <summary>A product lot (GTIN + lot): an LGTIN class or a Digital Link with AI 10.</summary>
    public string ProductLot(Gs1Key gtin, string lot) => form == IdentifierForm.EpcUrn
        // urn:epc:class:lgtin:CompanyPrefix.IndicatorItemReference.Lot
        ? $"urn:epc:class:lgtin:{gtin.CompanyPrefix(1)}.{gtin.Digits[0]}{gtin.Digits[(1 + gtin.CompanyPrefixLength)..13]}.{lot}"
        : $"{DigitalLinkRoot}01/{gtin.Digits}/10/{lot}";

    /// <summary>A location (GLN, with an optional extension): SGLN or Digital Link AI 414 (+ 254).</summary>
    public string Location(Gs1Key gln, string extension = "0") => form == IdentifierForm.EpcUrn
        ? $"urn:epc:id:sgln:{gln.CompanyPrefix()}.{gln.Digits[gln.CompanyPrefixLength..12]}.{extension}"
        : extension == "0" ? $"{DigitalLinkRoot}414/{gln.Digits}" : $"{DigitalLinkRoot}414/{gln.Digits}/254/{extension}";

    /// <summary>A party (a GLN naming an organisation): PGLN or Digital Link AI 417.</summary>
    public string Party(Gs1Key gln) => form == IdentifierForm.EpcUrn
        ? $"urn:epc:id:pgln:{gln.CompanyPrefix()}.{gln.Digits[gln.CompanyPrefixLength..12]}"
        : $"{DigitalLinkRoot}417/{gln.Digits}";

    /// <summary>A logistic unit (SSCC): EPC URN or Digital Link AI 00.</summary>
    public string LogisticUnit(Gs1Key sscc) => form == IdentifierForm.EpcUrn
        ? $"urn:epc:id:sscc:{sscc.CompanyPrefix(1)}.{sscc.Digits[0]}{sscc.Digits[(1 + sscc.CompanyPrefixLength)..17]}"
        : $"{DigitalLinkRoot}00/{sscc.Digits}";

    /// <summary>An individual asset such as a data logger (GIAI): EPC URN or Digital Link AI 8004.</summary>
    public string Asset(string companyPrefix, string assetReference) => form == IdentifierForm.EpcUrn
        ? $"urn:epc:id:giai:{companyPrefix}.{assetReference}"
        : $"{DigitalLinkRoot}8004/{companyPrefix}{assetReference}";

    /// <summary>A business transaction in the CBV form <c>urn:epcglobal:cbv:bt:{GLN}:{reference}</c>.</summary>
    public static string BusinessTransaction(Gs1Key issuerGln, string reference) =>
        $"urn:epcglobal:cbv:bt:{issuerGln.Digits}:{reference}";
}
