using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Anchor.Ethereum.Abi;

namespace Anchor.Ethereum.Tests.Support;

/// <summary>Turns the JSON values of abi.json into the .NET values the encoder takes, guided by the ABI type.</summary>
internal static class AbiJsonValues
{
    public static object?[] ToValues(IReadOnlyList<AbiParameter> parameters, JsonElement values) =>
        parameters.Select((p, i) => ToValue(p.Type, values[i])).ToArray();

    public static object? ToValue(AbiType type, JsonElement value) => type.Kind switch
    {
        AbiTypeKind.Address => Address.Parse(value.GetString()!),
        AbiTypeKind.Bool => value.GetBoolean(),
        AbiTypeKind.UInt or AbiTypeKind.Int => Integer(value.GetString()!),
        AbiTypeKind.FixedBytes or AbiTypeKind.Bytes => Hex.Decode(value.GetString()!),
        AbiTypeKind.String => value.GetString(),
        AbiTypeKind.Array or AbiTypeKind.FixedArray => value.EnumerateArray().Select(v => ToValue(type.Element!, v)).ToArray(),
        _ => ToValues(type.Components, value),
    };

    private static BigInteger Integer(string text) =>
        Hex.HasPrefix(text)
            ? BigInteger.Parse("0" + text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)
            : BigInteger.Parse(text, CultureInfo.InvariantCulture);
}
