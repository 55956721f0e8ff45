namespace Anchor.Ledger.Sample;

/// <summary>
/// The JSON-LD namespace of the sample's own extension fields (soil tests, certificates, QC
/// results, customs status). It lives under the reserved ".example" domain (RFC 2606), as do the
/// certificate URLs, so nothing in the sample points at a real site.
/// </summary>
internal static class SampleVocabulary
{
    /// <summary>The prefix the documents declare in their @context.</summary>
    public const string Prefix = "anchor";

    /// <summary>The IRI the prefix stands for.</summary>
    public const string Iri = "https://ns.anchor.example/epcis/";

    /// <summary>Where the invented certificates are published.</summary>
    public const string CertificatesRoot = "https://certificates.anchor.example/";

    /// <summary><paramref name="localName"/> in the sample's namespace, as a compact IRI.</summary>
    public static string Term(string localName) => Prefix + ":" + localName;
}
