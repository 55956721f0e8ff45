using System.Text.Json;

namespace Anchor.Ledger.Epcis.Hashing;

/// <summary>
/// Writes user extension elements and ILMD elements (CBV 2.0 rules 19–21): each as its expanded
/// name <c>{namespace}localName</c>, followed by <c>=value</c> if it has a value, or by its own child
/// elements if it is an object. An array repeats the name once per item, as repeated XML elements
/// do. Siblings are sorted by their complete strings, so neither key order nor array order matters.
/// </summary>
/// <remarks>
/// Values get the normalisations every value gets (numbers, CBV URNs, GS1 identifiers), but a
/// CURIE in a value stays as written: to JSON-LD an extension's value is a literal, not an IRI.
/// A value is treated as a timestamp if its element's local name contains "time" (and not
/// "offset"), as the reference implementation does, since JSON carries no type for it.
/// Ignored: <c>rdfs:comment</c> and <c>comment</c> (a comment is not event data; agreed in the
/// reference implementation and OpenEPCIS), and the fields named in <see cref="EventHashOptions"/>.
/// </remarks>
internal sealed class ExtensionCanonicaliser(JsonLdContext context, EventHashOptions options)
{
    private const string RdfsComment = "http://www.w3.org/2000/01/rdf-schema#comment";

    /// <summary>Adds the pre-hash strings of one property (several, if its value is an array).</summary>
    public void Add(List<string> output, string key, JsonElement value, string path)
    {
        var name = context.ExpandKey(key);
        if (IsIgnored(name))
        {
            return;
        }
        var isTimestamp = name.LocalName.Contains("time", StringComparison.OrdinalIgnoreCase)
            && !name.LocalName.Contains("offset", StringComparison.OrdinalIgnoreCase);
        AddValue(output, name.PreHashName, isTimestamp, value, $"{path}.{key}");
    }

    /// <summary>The pre-hash strings of all properties of an object, sorted.</summary>
    public List<string> AddAll(JsonElement obj, string path)
    {
        var children = new List<string>();
        foreach (var property in obj.EnumerateObject())
        {
            Add(children, property.Name, property.Value, path);
        }
        children.Sort(CodePointComparer.Instance);
        return children;
    }

    private void AddValue(List<string> output, string name, bool isTimestamp, JsonElement value, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    AddValue(output, name, isTimestamp, item, $"{path}[{index++}]");
                }
                break;
            case JsonValueKind.Object:
                output.Add(string.Concat(name, string.Concat(AddAll(value, path))));
                break;
            default:
                var text = ValueCanonicaliser.Canonicalise(
                    value, isTimestamp ? ValueKind.Timestamp : ValueKind.Literal, string.Empty, context, path);
                // An empty element still exists, so its name stays in the string.
                output.Add(text is null ? name : string.Concat(name, "=", text));
                break;
        }
    }

    private bool IsIgnored(ExtensionName name) =>
        name.PreHashName == "comment"
        || name.Iri is RdfsComment
        || (name.Iri is not null && options.IgnoredFields.Contains(name.Iri));
}
