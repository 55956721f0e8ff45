namespace Anchor.Ledger.Sample;

/// <summary>
/// How a brand writes GS1 identifiers in its events. EPCIS 2.0 accepts both, so the sample mixes
/// them across brands and ingest must read both.
/// </summary>
public enum IdentifierForm
{
    /// <summary>EPC URNs: <c>urn:epc:class:lgtin:…</c>, <c>urn:epc:id:sgln:…</c>, <c>urn:epc:id:sscc:…</c>.</summary>
    EpcUrn,

    /// <summary>GS1 Digital Link URIs: <c>https://id.gs1.org/01/{gtin}/10/{lot}</c>, <c>…/414/{gln}</c>, <c>…/00/{sscc}</c>.</summary>
    DigitalLink,
}
