using System.Collections.Frozen;
using System.Text.Json;

namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// A vocabulary value as EPCIS 2.0 JSON writes it: a standard bare name (<c>"shipping"</c>) or a URI
/// of one's own vocabulary. URIs in the standard vocabulary's own namespace are refused, as the
/// schema refuses them, because the standard term must be written bare: <c>"shipping"</c>, never
/// <c>"urn:epcglobal:cbv:bizstep:shipping"</c>.
/// </summary>
internal sealed class VocabularyRule(string description, FrozenSet<string> bareNames, params string[] reservedUriPrefixes)
{
    /// <summary>The CBV namespaces that the schema's <c>vocab-other-uri</c> excludes.</summary>
    public static readonly string[] CbvNamespaces = ["urn:epcglobal:cbv", "http://ns.gs1.org/cbv/", "https://ns.gs1.org/cbv/"];

    /// <summary>The GS1 Web Vocabulary namespaces that <c>vocab-nonGS1WebVoc-uri</c> excludes.</summary>
    public static readonly string[] Gs1WebVocabularyNamespaces =
        ["http://gs1.org/voc/", "https://gs1.org/voc/", "http://www.gs1.org/voc/", "https://www.gs1.org/voc/"];

    /// <summary>This vocabulary as a member rule.</summary>
    public MemberRule Rule => Validate;

    private void Validate(JsonElement value, JsonPath path)
    {
        var text = JsonRules.RequireString(value, path, $"a string ({description})");
        if (bareNames.Contains(text))
        {
            return;
        }
        if (!UriSyntax.IsUri(text))
        {
            throw new JsonRuleViolation(path, $"{ValueText.Quote(text)} is not {description}, nor a URI of your own vocabulary{Suggestion(text)}");
        }
        var reserved = Array.Find(reservedUriPrefixes, prefix => text.StartsWith(prefix, StringComparison.Ordinal));
        if (reserved is not null)
        {
            throw new JsonRuleViolation(path,
                $"{ValueText.Quote(text)} is a URI in the standard namespace {reserved}; EPCIS 2.0 JSON writes the standard term bare{Suggestion(LastWord(text))}");
        }
    }

    private string Suggestion(string attempt)
    {
        var match = bareNames.FirstOrDefault(name => string.Equals(name, attempt, StringComparison.OrdinalIgnoreCase));
        return match is null ? "" : $" (did you mean \"{match}\"?)";
    }

    private static string LastWord(string uri) => uri[(uri.LastIndexOfAny([':', '/', '#', '-']) + 1)..];
}
