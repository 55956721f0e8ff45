using System.Text.Json;
using System.Text.RegularExpressions;

namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// The members every EPCIS 2.0 event may carry (the schema's <c>Event</c> definition and
/// <c>common-event-properties</c>), and the rules for values that several event types share.
/// </summary>
internal static partial class CommonEventRules
{
    /// <summary>The schema's pattern for eventTimeZoneOffset: ±hh:mm from -13:59 to +14:00.</summary>
    [GeneratedRegex(@"^([+]|[-])((0[0-9]|1[0-3]):([0-5][0-9])|14:00)$")]
    private static partial Regex TimeZoneOffsetPattern();

    public static readonly MemberRule TimeZoneOffset = JsonRules.Pattern(TimeZoneOffsetPattern(), "±hh:mm");

    public static readonly MemberRule EventId = JsonRules.Uri;

    private static readonly MemberRule UriList = JsonRules.ArrayOf(JsonRules.Uri);

    /// <summary>certificationInfo: a URI or an array of URIs.</summary>
    public static readonly MemberRule CertificationInfo = static (value, path) =>
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            UriList(value, path);
        }
        else
        {
            JsonRules.Uri(value, path);
        }
    };

    private static readonly MemberRule ContextEntry = static (value, path) =>
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            JsonRules.Uri(value, path);
        }
    };

    private static readonly MemberRule ContextList = JsonRules.ArrayOf(ContextEntry, unique: true);

    /// <summary>@context: a URI, an object, or an array of distinct URIs and objects.</summary>
    public static readonly MemberRule Context = static (value, path) =>
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                return;
            case JsonValueKind.Array:
                ContextList(value, path);
                return;
            case JsonValueKind.String:
                JsonRules.Uri(value, path);
                return;
            default:
                throw JsonRules.Mismatch(value, path, "a URI, an object or an array of them");
        }
    };

    private static readonly VocabularyRule ErrorReason =
        new("a CBV error reason", CbvVocabulary.ErrorReasons, VocabularyRule.CbvNamespaces);

    public static readonly ObjectShape ErrorDeclaration = new("an errorDeclaration", new Dictionary<string, MemberRule>
    {
        ["declarationTime"] = JsonRules.DateTime,
        ["reason"] = ErrorReason.Rule,
        ["correctiveEventIDs"] = JsonRules.ArrayOf(EventId),
    }, required: ["declarationTime"]);

    /// <summary>ilmd: an object whose members are all named by URIs (namespaced), with any values.</summary>
    public static readonly ObjectShape Ilmd = new("ilmd", []);

    /// <summary>The members of the schema's <c>Event</c>, to which each event type adds its own.</summary>
    public static Dictionary<string, MemberRule> Members() => new()
    {
        ["@context"] = Context,
        ["type"] = JsonRules.String, // the dispatcher has already matched it to eventType
        ["eventTime"] = JsonRules.DateTime,
        ["recordTime"] = JsonRules.DateTime,
        ["eventTimeZoneOffset"] = TimeZoneOffset,
        ["eventID"] = EventId,
        ["certificationInfo"] = CertificationInfo,
        ["errorDeclaration"] = ErrorDeclaration.Rule,
    };

    /// <summary>The members every event must have.</summary>
    public static readonly string[] Required = ["type", "eventTime", "eventTimeZoneOffset"];
}
