using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;

namespace Anchor.Indexer.Verification;

/// <summary>
/// The strict RFC 8259 reader for bundles and the events inside them. System.Text.Json alone is
/// not enough: it keeps both of two members with the same name (two readers of one bundle could
/// then see different values) and parses an unpaired surrogate escape such as <c>"\ud800"</c>,
/// which has no UTF-8 form, so no leaf could commit to it. Both are refused here, as the
/// JavaScript verifier refuses them; so is invalid UTF-8 and nesting deeper than 64.
/// </summary>
internal static class StrictJson
{
    /// <summary>The deepest nesting of arrays and objects accepted.</summary>
    public const int MaxDepth = 64;

    // .NET 10 refuses repeated members while it parses; the permissive reader is used only to find
    // where a refused document's problem is, for the message.
    private static readonly JsonDocumentOptions Strict = new() { MaxDepth = MaxDepth, AllowDuplicateProperties = false };
    private static readonly JsonDocumentOptions Permissive = new() { MaxDepth = MaxDepth };

    /// <summary>
    /// Parses <paramref name="utf8"/> as exactly one JSON value. On success the caller owns
    /// <paramref name="document"/>; otherwise <paramref name="problem"/> says what is wrong and where.
    /// </summary>
    public static bool TryParse(ReadOnlyMemory<byte> utf8, out JsonDocument? document, out string? problem)
    {
        document = null;
        if (!Utf8.IsValid(utf8.Span))
        {
            problem = "it is not valid UTF-8";
            return false;
        }
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(utf8, Strict);
        }
        catch (JsonException e)
        {
            problem = Locate(utf8) ?? Describe(e);
            return false;
        }
        catch (InvalidOperationException e)
        {
            // A member name with an unpaired surrogate escape, met while comparing names.
            problem = Locate(utf8) ?? e.Message;
            return false;
        }
        if (HasUnpairedSurrogate(parsed.RootElement))
        {
            problem = FindProblem(parsed.RootElement, "$") ?? "a string has an unpaired surrogate escape";
            parsed.Dispose();
            return false;
        }
        document = parsed;
        problem = null;
        return true;
    }

    /// <summary>The problem of a document the strict reader refused, with its JSON path, if the permissive reader can find it.</summary>
    private static string? Locate(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            using var permissive = JsonDocument.Parse(utf8, Permissive);
            return FindProblem(permissive.RootElement, "$");
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// True when a string value holds an escaped unpaired surrogate. Only strings whose raw text has
    /// a \u escape are decoded, so a well-formed bundle costs one walk and no copies.
    /// </summary>
    private static bool HasUnpairedSurrogate(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in value.EnumerateObject())
                {
                    if (HasUnpairedSurrogate(member.Value)) return true;
                }
                return false;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    if (HasUnpairedSurrogate(item)) return true;
                }
                return false;
            case JsonValueKind.String when JsonMarshal.GetRawUtf8Value(value).IndexOf("\\u"u8) >= 0:
                try
                {
                    _ = value.GetString();
                    return false;
                }
                catch (InvalidOperationException)
                {
                    return true;
                }
            default:
                return false;
        }
    }

    // Nesting is at most 64, so the recursion is shallow. The path of a problem is built on the
    // way back up, so that a well-formed document costs no path strings.
    private static string? FindProblem(JsonElement value, string path) =>
        Find(value) is { } found ? $"{found.Reason} at {path}{found.Where}" : null;

    private static (string Reason, string Where)? Find(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var member in value.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = member.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        return ("a member name has an unpaired surrogate escape", "");
                    }
                    if (!names.Add(name)) return ($"member {Gs1Names.Quote(name)} appears twice", "");
                    if (Find(member.Value) is { } inner) return (inner.Reason, "." + name + inner.Where);
                }
                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    if (Find(item) is { } inner) return (inner.Reason, $"[{index}]{inner.Where}");
                    index++;
                }
                return null;
            case JsonValueKind.String:
                try
                {
                    _ = value.GetString();
                    return null;
                }
                catch (InvalidOperationException)
                {
                    return ("a string has an unpaired surrogate escape", "");
                }
            default:
                return null;
        }
    }

    // System.Text.Json ends its messages with "LineNumber: 0 | BytePositionInLine: 5." (both from 0).
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0) message = message[..cut];
        return e.LineNumber is { } line && e.BytePositionInLine is { } position
            ? $"{message.TrimEnd('.')} at line {line + 1}, byte {position + 1}"
            : message;
    }
}
