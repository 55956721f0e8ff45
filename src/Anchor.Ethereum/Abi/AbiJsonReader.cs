using System.Text.Json;

namespace Anchor.Ethereum.Abi;

/// <summary>Reads the JSON ABI format (solc's <c>abi</c> output).</summary>
internal static class AbiJsonReader
{
    public static AbiContract Read(JsonElement abi)
    {
        if (abi.ValueKind != JsonValueKind.Array) throw new AbiFormatException("a JSON ABI is an array");
        IReadOnlyList<AbiParameter> constructor = [];
        var functions = new List<AbiFunction>();
        var events = new List<AbiEvent>();
        var errors = new List<AbiError>();
        foreach (var entry in abi.EnumerateArray())
        {
            var type = entry.TryGetProperty("type", out var t) ? t.GetString() : "function";
            var name = entry.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
            switch (type)
            {
                case "function":
                    var mutability = entry.TryGetProperty("stateMutability", out var m) ? m.GetString() ?? "nonpayable" : "nonpayable";
                    functions.Add(new AbiFunction(name, Parameters(entry, "inputs"), Parameters(entry, "outputs"), mutability));
                    break;
                case "event":
                    if (entry.TryGetProperty("anonymous", out var anonymous) && anonymous.ValueKind == JsonValueKind.True)
                    {
                        throw new AbiFormatException($"anonymous event {name} is not supported");
                    }
                    events.Add(new AbiEvent(name, Parameters(entry, "inputs")));
                    break;
                case "error":
                    errors.Add(new AbiError(name, Parameters(entry, "inputs")));
                    break;
                case "constructor":
                    constructor = Parameters(entry, "inputs");
                    break;
                case "fallback" or "receive":
                    break;
                default:
                    throw new AbiFormatException($"unknown ABI entry type '{type}'");
            }
        }
        return new AbiContract(constructor, functions, events, errors);
    }

    private static IReadOnlyList<AbiParameter> Parameters(JsonElement entry, string property)
    {
        if (!entry.TryGetProperty(property, out var list)) return [];
        if (list.ValueKind != JsonValueKind.Array) throw new AbiFormatException($"'{property}' is not an array");
        return list.EnumerateArray().Select(Parameter).ToArray();
    }

    private static AbiParameter Parameter(JsonElement p)
    {
        var name = p.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
        var typeName = p.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (typeName is null) throw new AbiFormatException($"parameter '{name}' has no type");
        var indexed = p.TryGetProperty("indexed", out var i) && i.ValueKind == JsonValueKind.True;
        return new AbiParameter(name, ParseType(typeName, p), indexed);
    }

    /// <summary>"tuple", "tuple[]", "tuple[2][]" take their members from "components".</summary>
    private static AbiType ParseType(string typeName, JsonElement parameter)
    {
        if (!typeName.StartsWith("tuple", StringComparison.Ordinal)) return AbiType.Parse(typeName);
        var components = Parameters(parameter, "components");
        var inner = "(" + string.Join(",", components.Select(c => c.Type.CanonicalName)) + ")";
        var parsed = AbiType.Parse(inner + typeName["tuple".Length..]);
        // Re-attach the component names, which the canonical name drops.
        return WithNames(parsed, components);
    }

    private static AbiType WithNames(AbiType type, IReadOnlyList<AbiParameter> components) => type.Kind switch
    {
        AbiTypeKind.Tuple => AbiType.TupleOf(components),
        AbiTypeKind.Array => AbiType.ArrayOf(WithNames(type.Element!, components)),
        AbiTypeKind.FixedArray => AbiType.FixedArrayOf(WithNames(type.Element!, components), type.Size),
        _ => type,
    };
}
