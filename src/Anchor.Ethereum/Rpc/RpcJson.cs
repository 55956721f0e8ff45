using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace Anchor.Ethereum.Rpc;

/// <summary>
/// Reads the fields of a JSON-RPC result. A missing or malformed field is a
/// <see cref="RpcErrorKind.InvalidResponse"/> error that names the method and the field, never a
/// NullReferenceException further down.
/// </summary>
internal readonly struct RpcJson(JsonElement element, string method, string what)
{
    public JsonElement Element => element;

    public static RpcException Invalid(string method, string problem) =>
        new(method, RpcErrorKind.InvalidResponse, null, $"invalid response: {problem}");

    public static RpcJson Object(JsonElement element, string method, string what) =>
        element.ValueKind == JsonValueKind.Object ? new RpcJson(element, method, what) : throw Invalid(method, $"{what} is not a JSON object");

    public ulong Quantity(string field) => ParseQuantity(Required(field), method, Name(field));

    public ulong? OptionalQuantity(string field) => Optional(field) is { } v ? ParseQuantity(v, method, Name(field)) : null;

    public BigInteger BigQuantity(string field) => ParseBigQuantity(Required(field), method, Name(field));

    public BigInteger? OptionalBigQuantity(string field) => Optional(field) is { } v ? ParseBigQuantity(v, method, Name(field)) : null;

    public Bytes32 Hash(string field) => ParseHash(Required(field), method, Name(field));

    public Bytes32? OptionalHash(string field) => Optional(field) is { } v ? ParseHash(v, method, Name(field)) : null;

    public Address Address(string field) => ParseAddress(Required(field), method, Name(field));

    public Address? OptionalAddress(string field) => Optional(field) is { } v ? ParseAddress(v, method, Name(field)) : null;

    public byte[] Data(string field) => ParseData(Required(field), method, Name(field));

    public bool OptionalBool(string field, bool fallback) => Optional(field) switch
    {
        null => fallback,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => throw Invalid(method, $"{Name(field)} is not a boolean"),
    };

    public JsonElement.ArrayEnumerator Array(string field)
    {
        var value = Required(field);
        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw Invalid(method, $"{Name(field)} is not an array");
    }

    public static ulong ParseQuantity(JsonElement value, string method, string what)
    {
        var big = ParseBigQuantity(value, method, what);
        return big <= ulong.MaxValue ? (ulong)big : throw Invalid(method, $"{what} does not fit in 64 bits");
    }

    public static BigInteger ParseBigQuantity(JsonElement value, string method, string what)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : null;
        if (text is null || !Hex.HasPrefix(text) || text.Length < 3 || text.Length > 2 + 64 ||
            !BigInteger.TryParse("0" + text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var result))
        {
            throw Invalid(method, $"{what} is not a hex quantity");
        }
        return result;
    }

    public static Bytes32 ParseHash(JsonElement value, string method, string what) =>
        value.ValueKind == JsonValueKind.String && Bytes32.TryParse(value.GetString(), out var hash) && Hex.HasPrefix(value.GetString())
            ? hash
            : throw Invalid(method, $"{what} is not a 32-byte hex value");

    public static Address ParseAddress(JsonElement value, string method, string what) =>
        value.ValueKind == JsonValueKind.String && Ethereum.Address.TryParse(value.GetString(), out var address)
            ? address
            : throw Invalid(method, $"{what} is not an address");

    public static byte[] ParseData(JsonElement value, string method, string what) =>
        value.ValueKind == JsonValueKind.String && Hex.HasPrefix(value.GetString()) && Hex.TryDecode(value.GetString(), out var bytes)
            ? bytes
            : throw Invalid(method, $"{what} is not 0x-prefixed hex data");

    private JsonElement Required(string field) =>
        Optional(field) ?? throw Invalid(method, $"{Name(field)} is missing");

    private JsonElement? Optional(string field) =>
        element.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private string Name(string field) => $"{what}.{field}";
}
