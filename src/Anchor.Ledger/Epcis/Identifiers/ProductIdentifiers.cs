namespace Anchor.Ledger.Epcis.Identifiers;

/// <summary>
/// Reads the product identifiers Anchor interprets from the URIs of an event's identifier lists:
/// EPC URNs (LGTIN, SGTIN) and GS1 Digital Link URIs with a GTIN. Everything else (SSCC, GLN,
/// GIAI, EPC patterns, non-GS1 URIs) is not a product identifier and gives no batch.
/// </summary>
internal static class ProductIdentifiers
{
    /// <summary>Reads <paramref name="uri"/>; see <see cref="IdentifierReading"/> for the three outcomes.</summary>
    public static IdentifierReading Read(string uri) =>
        uri.StartsWith("urn:", StringComparison.Ordinal) ? EpcUrn.Read(uri) : DigitalLink.Read(uri);
}
