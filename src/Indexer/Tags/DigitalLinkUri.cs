namespace Anchor.Indexer.Tags;

/// <summary>
/// The GS1 Digital Link URI of a batch on a resolver domain (docs/SPEC.md section 6):
/// <c>https://{domain}/01/{gtin14}/10/{lot}</c>, the lot percent-encoded where Digital Link
/// requires it. It is all the QR code carries.
/// </summary>
public static class DigitalLinkUri
{
    public static string For(string domain, string gtin14, string lot) =>
        $"https://{domain}/01/{gtin14}/10/{Uri.EscapeDataString(lot)}";
}
