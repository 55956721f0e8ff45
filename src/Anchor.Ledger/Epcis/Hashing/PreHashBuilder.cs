using System.Text;
using System.Text.Json;

namespace Anchor.Ledger.Epcis.Hashing;

/// <summary>
/// Builds the canonical pre-hash string of one event by walking <see cref="CanonicalPropertyOrder"/>:
/// each object's listed fields in order, then its user extensions sorted; lists sorted by the
/// pre-hash strings of their items (CBV 2.0 rules 1–4, 10–13).
/// </summary>
internal sealed class PreHashBuilder
{
    private readonly JsonLdContext _context;
    private readonly ExtensionCanonicaliser _extensions;

    public PreHashBuilder(JsonLdContext context, EventHashOptions options)
    {
        _context = context;
        _extensions = new ExtensionCanonicaliser(context, options);
    }

    public string Build(JsonElement epcisEvent)
    {
        const string root = "$";
        if (epcisEvent.ValueKind != JsonValueKind.Object)
        {
            throw new EventHashException(root, $"an event must be a JSON object, not {epcisEvent.ValueKind}");
        }
        if (!epcisEvent.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(type.GetString()))
        {
            throw new EventHashException($"{root}.type", "an event needs its type (ObjectEvent, AggregationEvent, …) as a string");
        }
        var preHash = new StringBuilder(512);
        preHash.Append("eventType=").Append(_context.ExpandCurie(type.GetString()!.Trim()));
        AppendBody(preHash, epcisEvent, CanonicalPropertyOrder.Event, root);
        return preHash.ToString();
    }

    // The listed fields in order, then the extensions sorted.
    private void AppendBody(StringBuilder output, JsonElement obj, ObjectSpec spec, string path)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            throw new EventHashException(path, $"expected an object, found {obj.ValueKind}");
        }
        var fields = new JsonElement[spec.Fields.Length];
        var present = new bool[spec.Fields.Length];
        List<string>? extensions = null;
        foreach (var property in obj.EnumerateObject())
        {
            if (spec.IsIgnored(property.Name))
            {
                continue;
            }
            if (spec.TryGetIndex(property.Name, out var index))
            {
                if (present[index])
                {
                    throw new EventHashException($"{path}.{property.Name}", "the field is given twice");
                }
                present[index] = true;
                fields[index] = property.Value;
                continue;
            }
            extensions ??= [];
            _extensions.Add(extensions, property.Name, property.Value, path);
        }
        for (var i = 0; i < fields.Length; i++)
        {
            if (present[i])
            {
                AppendField(output, spec.Fields[i], fields[i], $"{path}.{spec.Fields[i].Name}");
            }
        }
        if (extensions is not null)
        {
            extensions.Sort(CodePointComparer.Instance);
            foreach (var extension in extensions)
            {
                output.Append(extension);
            }
        }
    }

    private void AppendField(StringBuilder output, FieldRule rule, JsonElement value, string path)
    {
        switch (rule.Shape)
        {
            case FieldShape.Value:
                AppendSorted(output, header: null, Items(value, path, (item, itemPath) =>
                {
                    var text = ValueCanonicaliser.Canonicalise(item, rule.Kind, rule.VocabularyPrefix, _context, itemPath);
                    return text is null ? null : string.Concat(rule.Name, "=", text);
                }));
                break;
            case FieldShape.ValueList:
                AppendSorted(output, rule.Name, Items(value, path, (item, itemPath) =>
                {
                    var text = ValueCanonicaliser.Canonicalise(item, rule.Kind, rule.VocabularyPrefix, _context, itemPath);
                    return text is null ? null : string.Concat(rule.ElementName, "=", text);
                }));
                break;
            case FieldShape.Object:
                AppendSorted(output, header: null, Items(value, path, (item, itemPath) => Block(rule.Name, item, rule.Element!, itemPath)));
                break;
            case FieldShape.ObjectList:
                AppendSorted(output, rule.Name, Items(value, path, (item, itemPath) => Block(rule.ElementName, item, rule.Element!, itemPath)));
                break;
            case FieldShape.Extensions:
                if (value.ValueKind != JsonValueKind.Object)
                {
                    throw new EventHashException(path, $"expected an object, found {value.ValueKind}");
                }
                AppendSorted(output, rule.Name, _extensions.AddAll(value, path));
                break;
        }
    }

    // An object's block: its name, then its fields; null if it has no fields (nothing to add).
    private string? Block(string name, JsonElement obj, ObjectSpec spec, string path)
    {
        var body = new StringBuilder();
        AppendBody(body, obj, spec, path);
        return body.Length == 0 ? null : body.Insert(0, name).ToString();
    }

    // A JSON array gives its items, anything else is a list of one (JSON-LD reads both as a set).
    private static List<string> Items(JsonElement value, string path, Func<JsonElement, string, string?> render)
    {
        var items = new List<string>();
        if (value.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (render(item, $"{path}[{index++}]") is { } text)
                {
                    items.Add(text);
                }
            }
        }
        else if (render(value, path) is { } text)
        {
            items.Add(text);
        }
        return items;
    }

    // A list's name appears once, and only if the list has something to add (CBV 2.0 rules 4, 11).
    private static void AppendSorted(StringBuilder output, string? header, List<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }
        if (header is not null)
        {
            output.Append(header);
        }
        items.Sort(CodePointComparer.Instance);
        foreach (var item in items)
        {
            output.Append(item);
        }
    }
}
