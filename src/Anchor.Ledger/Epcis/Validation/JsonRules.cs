using System.Text.Json;

namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// The JSON Schema building blocks the EPCIS 2.0 schema uses, as <see cref="MemberRule"/>s: types
/// (string, number, boolean, object, array with minItems/uniqueItems) and formats (uri, date-time).
/// </summary>
internal static class JsonRules
{
    /// <summary>Any JSON value (user extensions, ILMD values).</summary>
    public static readonly MemberRule Anything = static (_, _) => { };

    /// <summary>A string.</summary>
    public static readonly MemberRule String = static (value, path) => RequireString(value, path, "a string");

    /// <summary>A JSON number (the schema's "decimal").</summary>
    public static readonly MemberRule Number = static (value, path) => RequireKind(value, path, JsonValueKind.Number, "a number");

    /// <summary>true or false.</summary>
    public static readonly MemberRule Boolean = static (value, path) =>
    {
        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw Mismatch(value, path, "true or false");
        }
    };

    /// <summary>An object with no constraint on its members.</summary>
    public static readonly MemberRule AnyObject = static (value, path) => RequireKind(value, path, JsonValueKind.Object, "an object");

    /// <summary>A string in the JSON Schema "uri" format: an absolute URI.</summary>
    public static readonly MemberRule Uri = static (value, path) => RequireUri(value, path);

    /// <summary>A string in the JSON Schema "date-time" format: RFC 3339 with a time zone.</summary>
    public static readonly MemberRule DateTime = static (value, path) => RequireDateTime(value, path);

    /// <summary>The string value; throws unless <paramref name="value"/> is a string.</summary>
    public static string RequireString(JsonElement value, JsonPath path, string expected)
    {
        RequireKind(value, path, JsonValueKind.String, expected);
        return value.GetString()!;
    }

    /// <summary>The URI; throws unless <paramref name="value"/> is a string holding an absolute URI.</summary>
    public static string RequireUri(JsonElement value, JsonPath path)
    {
        var text = RequireString(value, path, "a string (a URI)");
        var problem = UriSyntax.DescribeProblem(text);
        return problem is null ? text : throw new JsonRuleViolation(path, $"{ValueText.Quote(text)} is not a URI: it {problem}");
    }

    /// <summary>The instant; throws unless <paramref name="value"/> is an RFC 3339 date-time string.</summary>
    public static DateTimeOffset RequireDateTime(JsonElement value, JsonPath path)
    {
        var text = RequireString(value, path, "a string (an RFC 3339 date-time)");
        return Rfc3339DateTime.TryParse(text, out var instant)
            ? instant
            : throw new JsonRuleViolation(path,
                $"{ValueText.Quote(text)} is not an RFC 3339 date-time with a time zone, such as \"{Rfc3339DateTime.Example}\"");
    }

    /// <summary>A string matching a regular expression, described in words for the error.</summary>
    public static MemberRule Pattern(System.Text.RegularExpressions.Regex pattern, string description) => (value, path) =>
    {
        var text = RequireString(value, path, $"a string ({description})");
        if (!pattern.IsMatch(text))
        {
            throw new JsonRuleViolation(path, $"{ValueText.Quote(text)} is not {description}");
        }
    };

    /// <summary>A string equal to one of <paramref name="allowed"/>.</summary>
    public static MemberRule OneOf(params string[] allowed) => (value, path) =>
    {
        var text = RequireString(value, path, $"one of {string.Join(", ", allowed)}");
        if (Array.IndexOf(allowed, text) < 0)
        {
            throw new JsonRuleViolation(path, $"{ValueText.Quote(text)} is not one of {string.Join(", ", allowed)}");
        }
    };

    /// <summary>
    /// An array whose every element passes <paramref name="item"/>, with at least
    /// <paramref name="minItems"/> elements and, if <paramref name="unique"/>, no two equal.
    /// </summary>
    public static MemberRule ArrayOf(MemberRule item, int minItems = 0, bool unique = false) => (value, path) =>
    {
        RequireKind(value, path, JsonValueKind.Array, "an array");
        var count = value.GetArrayLength();
        if (count < minItems)
        {
            throw new JsonRuleViolation(path, minItems == 1 ? "must not be empty" : $"must have at least {minItems} elements");
        }
        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            item(element, path.Item(index++));
        }
        if (unique)
        {
            RequireUniqueItems(value, path);
        }
    };

    /// <summary>Throws unless <paramref name="value"/> is of the JSON kind <paramref name="kind"/>.</summary>
    public static void RequireKind(JsonElement value, JsonPath path, JsonValueKind kind, string expected)
    {
        if (value.ValueKind != kind)
        {
            throw Mismatch(value, path, expected);
        }
    }

    /// <summary>The error for a value of the wrong JSON type.</summary>
    public static JsonRuleViolation Mismatch(JsonElement value, JsonPath path, string expected) =>
        new(path, $"must be {expected}, not {ValueText.KindOf(value)}");

    private static void RequireUniqueItems(JsonElement array, JsonPath path)
    {
        // EPC lists can hold thousands of strings: hash them. Other arrays (@context) are short.
        var strings = new HashSet<string>(StringComparer.Ordinal);
        var others = new List<JsonElement>();
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var repeated = element.ValueKind == JsonValueKind.String
                ? !strings.Add(element.GetString()!)
                : others.Exists(earlier => JsonElement.DeepEquals(earlier, element));
            if (repeated)
            {
                throw new JsonRuleViolation(path.Item(index), $"{ValueText.Of(element)} appears twice; the list must not repeat a value");
            }
            if (element.ValueKind != JsonValueKind.String)
            {
                others.Add(element);
            }
            index++;
        }
    }
}
