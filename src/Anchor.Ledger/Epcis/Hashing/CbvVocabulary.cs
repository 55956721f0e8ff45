namespace Anchor.Ledger.Epcis.Hashing;

/// <summary>
/// The standard vocabularies whose values EPCIS 2.0 JSON-LD writes as bare names ("shipping",
/// "in_transit", "Temperature") and CBV 2.0 hashes as GS1 Web URIs
/// (<c>https://ref.gs1.org/cbv/BizStep-shipping</c>, <c>https://gs1.org/voc/Temperature</c>), and the
/// CBV 1.x URNs that map onto the same URIs.
/// </summary>
/// <remarks>
/// The EPCIS JSON schema allows a bare name in these fields only if it is a term of the standard
/// vocabulary, so any bare name is expanded with the field's prefix; a full URI or a CURIE is
/// never a bare name. Prefixes are those of the EPCIS 2.0 JSON-LD context (CBV 2.0: <c>gs1:</c> is
/// <c>https://gs1.org/voc/</c>).
/// </remarks>
internal static class CbvVocabulary
{
    public const string BusinessStep = "https://ref.gs1.org/cbv/BizStep-";
    public const string Disposition = "https://ref.gs1.org/cbv/Disp-";
    public const string BusinessTransactionType = "https://ref.gs1.org/cbv/BTT-";
    public const string SourceDestinationType = "https://ref.gs1.org/cbv/SDT-";
    public const string ErrorReason = "https://ref.gs1.org/cbv/ER-";
    public const string Component = "https://ref.gs1.org/cbv/Comp-";
    public const string Gs1Vocabulary = "https://gs1.org/voc/";

    private const string UrnRoot = "urn:epcglobal:cbv:";

    private static readonly (string Urn, string WebUri)[] UrnPrefixes =
    [
        ("urn:epcglobal:cbv:bizstep:", BusinessStep),
        ("urn:epcglobal:cbv:disp:", Disposition),
        ("urn:epcglobal:cbv:btt:", BusinessTransactionType),
        ("urn:epcglobal:cbv:sdt:", SourceDestinationType),
        ("urn:epcglobal:cbv:er:", ErrorReason),
    ];

    /// <summary>True if <paramref name="value"/> is a bare name: no scheme, no prefix.</summary>
    public static bool IsBareName(string value) => value.Length > 0 && !value.Contains(':');

    /// <summary>
    /// Maps a CBV 1.x vocabulary URN (<c>urn:epcglobal:cbv:bizstep:receiving</c>) to its CBV 2.0 Web
    /// URI. Other URNs under <c>urn:epcglobal:cbv:</c>, such as business transaction identifiers
    /// (<c>urn:epcglobal:cbv:bt:…</c>) and master data attributes, are not vocabulary values.
    /// </summary>
    public static bool TryMapUrn(string value, out string webUri)
    {
        webUri = value;
        if (!value.StartsWith(UrnRoot, StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var (urn, web) in UrnPrefixes)
        {
            if (value.StartsWith(urn, StringComparison.Ordinal) && value.Length > urn.Length)
            {
                webUri = string.Concat(web, value.AsSpan(urn.Length));
                return true;
            }
        }
        return false;
    }
}
