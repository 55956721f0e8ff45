using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// The members of the two EPCIS 2.0 documents outside their event lists, per the schema's
/// <c>epcisDocument</c> and <c>epcisQueryDocument</c>. The reader streams the body; every other
/// member is validated here, one at a time, as it is read.
/// </summary>
internal static partial class DocumentRules
{
    public const string Document = "EPCISDocument";
    public const string QueryDocument = "EPCISQueryDocument";
    public const string BodyMember = "epcisBody";

    [GeneratedRegex(@"^2\.0(\.\d+)?$")]
    private static partial Regex Epcis20Version();

    /// <summary>
    /// The schema accepts any dotted version; Anchor reads EPCIS 2.0 ("2.0", or a "2.0.x" patch
    /// level), because a 1.x JSON document has a different shape that would fail confusingly later.
    /// </summary>
    public static readonly MemberRule SchemaVersion = JsonRules.Pattern(Epcis20Version(), "an EPCIS 2.0 schemaVersion (\"2.0\" or \"2.0.x\")");

    public static readonly MemberRule Type = JsonRules.OneOf(Document, QueryDocument);

    private static readonly FrozenDictionary<string, MemberRule> DocumentMembers = new Dictionary<string, MemberRule>
    {
        ["@context"] = CommonEventRules.Context,
        ["id"] = JsonRules.Uri,
        ["type"] = Type,
        ["schemaVersion"] = SchemaVersion,
        ["creationDate"] = JsonRules.DateTime,
        ["instanceIdentifier"] = JsonRules.String,
        ["sender"] = JsonRules.String,
        ["receiver"] = JsonRules.String,
        ["epcisHeader"] = MasterDataRules.Header.Rule,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, MemberRule> QueryDocumentMembers = new Dictionary<string, MemberRule>
    {
        ["@context"] = CommonEventRules.Context,
        ["id"] = JsonRules.Uri,
        ["type"] = Type,
        ["schemaVersion"] = SchemaVersion,
        ["creationDate"] = JsonRules.DateTime,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The rule for the member <paramref name="name"/> of a document of type
    /// <paramref name="documentType"/>; null if the document type has no such member (then only a
    /// URI-named extension member is allowed). The body is not covered: the reader streams it.
    /// </summary>
    public static MemberRule? RuleFor(string documentType, string name) =>
        (documentType == Document ? DocumentMembers : QueryDocumentMembers).GetValueOrDefault(name);

    /// <summary>The members a document of type <paramref name="documentType"/> must have.</summary>
    public static string[] Required(string documentType) => documentType == Document
        ? ["@context", "type", "schemaVersion", "creationDate", BodyMember]
        : ["@context", "type", BodyMember];

    /// <summary>The members of a query's queryResults other than resultsBody, which is streamed.</summary>
    public static readonly FrozenDictionary<string, MemberRule> QueryResultsMembers = new Dictionary<string, MemberRule>
    {
        ["queryName"] = JsonRules.String,
        ["subscriptionID"] = JsonRules.String,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
