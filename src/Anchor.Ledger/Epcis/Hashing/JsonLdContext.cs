using System.Text.Json;

namespace Anchor.Ledger.Epcis.Hashing;

/// <summary>
/// The namespace prefixes and terms of an EPCIS 2.0 JSON-LD <c>@context</c>, as far as the event
/// hash needs them: to expand a user extension key such as <c>example:myField</c> to
/// <c>{https://ns.example.com/epcis/}myField</c>, and a CURIE in an identifier field to its IRI.
/// </summary>
/// <remarks>
/// The prefixes of the EPCIS 2.0 context itself (<c>epcis</c>, <c>cbv</c>, <c>cbvmda</c>, <c>gs1</c>,
/// <c>rdfs</c>, <c>owl</c>, <c>xsd</c>, <c>dcterms</c>) are always defined and, as that context is
/// <c>@protected</c>, cannot be redefined. Inline context objects add prefixes and terms; remote
/// contexts other than the EPCIS one are not fetched (the hash must not depend on the network),
/// so their terms stay unexpanded. This is not a JSON-LD processor: <c>@vocab</c>, <c>@base</c> and
/// scoped contexts are not applied.
/// Instances are immutable and safe to share between threads; parse a document's context once and
/// reuse it for all its events.
/// </remarks>
public sealed class JsonLdContext
{
    private static readonly Dictionary<string, string> EpcisPrefixes = new(StringComparer.Ordinal)
    {
        ["epcis"] = "https://ref.gs1.org/epcis/",
        ["cbv"] = "https://ref.gs1.org/cbv/",
        ["cbvmda"] = "urn:epcglobal:cbv:mda:",
        ["gs1"] = CbvVocabulary.Gs1Vocabulary,
        ["rdfs"] = "http://www.w3.org/2000/01/rdf-schema#",
        ["owl"] = "http://www.w3.org/2002/07/owl#",
        ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
        ["dcterms"] = "http://purl.org/dc/terms/",
    };

    private readonly Dictionary<string, string> _terms;

    private JsonLdContext(Dictionary<string, string> terms)
    {
        _terms = terms;
    }

    /// <summary>The EPCIS 2.0 context alone, for events whose document adds no prefixes.</summary>
    public static JsonLdContext Epcis { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>
    /// The EPCIS 2.0 context extended by a document's <c>@context</c> value (a string, an object or
    /// an array of them); <see cref="Epcis"/> if <paramref name="context"/> is null or absent.
    /// </summary>
    /// <exception cref="EventHashException">An entry is neither a string, an object nor null.</exception>
    public static JsonLdContext Parse(JsonElement? context) => Epcis.Extend(context);

    /// <summary>
    /// This context extended by another <c>@context</c> value, such as one an event carries itself;
    /// later definitions win.
    /// </summary>
    /// <exception cref="EventHashException">An entry is neither a string, an object nor null.</exception>
    public JsonLdContext Extend(JsonElement? context)
    {
        if (context is not { } value || value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return this;
        }
        var terms = new Dictionary<string, string>(_terms, StringComparer.Ordinal);
        AddEntry(terms, value, "@context");
        return new JsonLdContext(terms);
    }

    /// <summary>
    /// Expands a CURIE (<c>prefix:suffix</c>) whose prefix this context defines; returns anything
    /// else (absolute IRIs, URNs, undefined prefixes) unchanged.
    /// </summary>
    internal string ExpandCurie(string value)
    {
        var colon = value.IndexOf(':');
        if (colon <= 0 || value.AsSpan(colon + 1).StartsWith("//", StringComparison.Ordinal)
            || !TryGetPrefix(value[..colon], out var iri))
        {
            return value;
        }
        return string.Concat(iri, value.AsSpan(colon + 1));
    }

    /// <summary>Expands the key of a user extension or ILMD element.</summary>
    internal ExtensionName ExpandKey(string key)
    {
        var colon = key.IndexOf(':');
        if (colon > 0)
        {
            var suffix = key[(colon + 1)..];
            if (suffix.StartsWith("//", StringComparison.Ordinal))
            {
                return ExtensionName.FromIri(key);
            }
            if (TryGetPrefix(key[..colon], out var ns))
            {
                return ExtensionName.Namespaced(ns, suffix);
            }
            // JSON-LD reads an undefined prefix as an IRI scheme; the reference implementation
            // hashes such a key as written, and so do we.
            return ExtensionName.Verbatim(key, iri: key, localName: suffix);
        }
        return _terms.TryGetValue(key, out var termIri)
            ? ExtensionName.FromIri(termIri)
            : ExtensionName.Verbatim(key, iri: null, localName: key);
    }

    private bool TryGetPrefix(string prefix, out string iri) =>
        EpcisPrefixes.TryGetValue(prefix, out iri!) || _terms.TryGetValue(prefix, out iri!);

    private static void AddEntry(Dictionary<string, string> terms, JsonElement entry, string path)
    {
        switch (entry.ValueKind)
        {
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in entry.EnumerateArray())
                {
                    AddEntry(terms, item, $"{path}[{index++}]");
                }
                break;
            case JsonValueKind.Object:
                foreach (var definition in entry.EnumerateObject())
                {
                    AddDefinition(terms, definition);
                }
                break;
            case JsonValueKind.String or JsonValueKind.Null:
                // A remote context: the EPCIS one is built in, others are not fetched.
                break;
            default:
                throw new EventHashException(path, $"a context entry must be a string or an object, not {entry.ValueKind}");
        }
    }

    private static void AddDefinition(Dictionary<string, string> terms, JsonProperty definition)
    {
        var name = definition.Name;
        if (name.StartsWith('@') || EpcisPrefixes.ContainsKey(name))
        {
            return; // keywords, and the protected EPCIS prefixes
        }
        var target = definition.Value.ValueKind switch
        {
            JsonValueKind.String => definition.Value.GetString(),
            JsonValueKind.Object when definition.Value.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String
                => id.GetString(),
            _ => null,
        };
        if (definition.Value.ValueKind == JsonValueKind.Null)
        {
            terms.Remove(name);
        }
        else if (!string.IsNullOrEmpty(target) && !target.StartsWith('@'))
        {
            terms[name] = ExpandWith(terms, target);
        }
    }

    // A definition may itself use a prefix defined earlier ("myTerm": "example:myTerm").
    private static string ExpandWith(Dictionary<string, string> terms, string value)
    {
        var colon = value.IndexOf(':');
        if (colon <= 0 || value.AsSpan(colon + 1).StartsWith("//", StringComparison.Ordinal))
        {
            return value;
        }
        var prefix = value[..colon];
        return EpcisPrefixes.TryGetValue(prefix, out var iri) || terms.TryGetValue(prefix, out iri)
            ? string.Concat(iri, value.AsSpan(colon + 1))
            : value;
    }
}
