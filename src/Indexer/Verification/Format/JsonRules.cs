using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Anchor.Ethereum;
using Anchor.Merkle;

namespace Anchor.Indexer.Verification;

/// <summary>A member of the bundle breaks section 5; the message names the member's JSON path and the reason.</summary>
internal sealed class BundleFormatException(string path, string reason) : Exception($"{path}: {reason}");

/// <summary>
/// The member shapes of SPEC section 5, each read from a JSON value at a path or refused with a
/// <see cref="BundleFormatException"/>. Numbers are read as JSON doubles and must be integers
/// below 2^53 where the spec says so, as in the JavaScript verifier (so 1.0 is the integer 1).
/// </summary>
internal static partial class JsonRules
{
    /// <summary>2^53 − 1: sizes, indices and block numbers are below 2^53 (SPEC section 5).</summary>
    public const long MaxSafeInteger = 9_007_199_254_740_991;

    [GeneratedRegex("^0x[0-9a-f]{64}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Hash32Pattern();

    [GeneratedRegex("^0x[0-9a-fA-F]{40}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex AddressPattern();

    public static JsonElement Member(JsonElement obj, string key, string path) =>
        obj.TryGetProperty(key, out var value) ? value : throw new BundleFormatException(path, $"missing member \"{key}\"");

    public static bool Has(JsonElement obj, string key, out JsonElement value) => obj.TryGetProperty(key, out value);

    public static JsonElement ReadObject(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Object ? value : throw Expected(path, "an object", value);

    public static JsonElement ReadArray(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Array ? value : throw Expected(path, "an array", value);

    public static string ReadString(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Expected(path, "a string", value);

    public static long ReadInteger(JsonElement value, string path, long min = 0)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) ||
            !double.IsFinite(number) || Math.Floor(number) != number)
        {
            throw Expected(path, "an integer", value);
        }
        if (number < min || number > MaxSafeInteger) throw new BundleFormatException(path, $"{Describe(value)} is outside {min}..2^53-1");
        return (long)number;
    }

    public static double ReadNumber(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number)
            ? number
            : throw Expected(path, "a number", value);

    public static Hash32 ReadHash(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String && value.GetString() is { } text && Hash32Pattern().IsMatch(text)
            ? Hash32.Parse(text)
            : throw Expected(path, "0x and 64 lower-case hex digits", value);

    /// <summary>An address: 0x and 40 hex digits; a mixed-case one must be its EIP-55 checksum form.</summary>
    public static (string Text, Address Address) ReadAddress(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String || value.GetString() is not { } text || !AddressPattern().IsMatch(text))
        {
            throw Expected(path, "an address (0x and 40 hex digits)", value);
        }
        // All lower or all upper case carries no checksum; Address.Parse checks mixed case.
        if (!Anchor.Ethereum.Address.TryParse(text, out var address)) throw new BundleFormatException(path, $"{text} has a wrong EIP-55 checksum");
        return (text, address);
    }

    public static string ReadDateTime(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String && value.GetString() is { } text && Rfc3339Time.TryParse(text, out _)
            ? text
            : throw Expected(path, "an RFC 3339 date-time with a time zone", value);

    /// <summary>null for JSON null, else <paramref name="read"/> of the value.</summary>
    public static T? ReadNullable<T>(JsonElement value, string path, Func<JsonElement, string, T> read) where T : class =>
        value.ValueKind == JsonValueKind.Null ? null : read(value, path);

    /// <summary>A JSON value as a message shows it: a quoted string (shortened), a number, "an object", …</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined => "nothing",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => Shorten(value.GetString()!),
        JsonValueKind.Number => value.GetRawText().Length > 40 ? value.GetRawText()[..37] + "…" : value.GetRawText(),
        JsonValueKind.True => "true",
        _ => "false",
    };

    private static string Shorten(string text)
    {
        if (text.Length <= 80) return Gs1Names.Quote(text);
        var cut = char.IsHighSurrogate(text[76]) ? 76 : 77;
        return Gs1Names.Quote(text[..cut]) + "…";
    }

    private static BundleFormatException Expected(string path, string what, JsonElement found) =>
        new(path, string.Create(CultureInfo.InvariantCulture, $"expected {what}, found {Describe(found)}"));
}
