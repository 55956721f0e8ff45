namespace Anchor.Ledger.Epcis.Hashing;

/// <summary>
/// The name of a user extension or ILMD element as CBV 2.0 writes it in the pre-hash string: the
/// namespace in curly brackets, then the local name (<c>{https://ns.example.com/epcis/}myField</c>),
/// which is also how XML names it, so JSON-LD and XML events hash alike.
/// </summary>
/// <param name="PreHashName">The name as written into the pre-hash string.</param>
/// <param name="Iri">The full IRI (namespace and local name), or null for a bare key that no context defines.</param>
/// <param name="LocalName">The part after the namespace or prefix.</param>
internal readonly record struct ExtensionName(string PreHashName, string? Iri, string LocalName)
{
    public static ExtensionName Namespaced(string ns, string localName) =>
        new($"{{{ns}}}{localName}", ns + localName, localName);

    public static ExtensionName Verbatim(string key, string? iri, string localName) => new(key, iri, localName);

    /// <summary>Splits an IRI after its last '/' or '#' into namespace and local name.</summary>
    public static ExtensionName FromIri(string iri)
    {
        var split = iri.AsSpan().LastIndexOfAny('/', '#');
        return split >= 0 && split < iri.Length - 1
            ? Namespaced(iri[..(split + 1)], iri[(split + 1)..])
            : Verbatim(iri, iri, iri);
    }
}
