namespace Anchor.Ethereum.Abi;

/// <summary>The kinds of Solidity ABI types.</summary>
public enum AbiTypeKind
{
    /// <summary><c>address</c></summary>
    Address,
    /// <summary><c>bool</c></summary>
    Bool,
    /// <summary><c>uint8</c> … <c>uint256</c></summary>
    UInt,
    /// <summary><c>int8</c> … <c>int256</c></summary>
    Int,
    /// <summary><c>bytes1</c> … <c>bytes32</c></summary>
    FixedBytes,
    /// <summary><c>bytes</c></summary>
    Bytes,
    /// <summary><c>string</c></summary>
    String,
    /// <summary><c>T[]</c></summary>
    Array,
    /// <summary><c>T[k]</c></summary>
    FixedArray,
    /// <summary><c>(T1,T2,…)</c></summary>
    Tuple,
}

/// <summary>
/// A Solidity ABI type, parsed from its name (<c>uint64</c>, <c>bytes32[]</c>,
/// <c>(uint64 size,bytes32 root)</c>) or from a JSON ABI entry.
/// </summary>
public sealed class AbiType
{
    private AbiType(AbiTypeKind kind, int size, AbiType? element, IReadOnlyList<AbiParameter> components)
    {
        Kind = kind;
        Size = size;
        Element = element;
        Components = components;
        IsDynamic = kind switch
        {
            AbiTypeKind.Bytes or AbiTypeKind.String or AbiTypeKind.Array => true,
            AbiTypeKind.FixedArray => element!.IsDynamic,
            AbiTypeKind.Tuple => components.Any(c => c.Type.IsDynamic),
            _ => false,
        };
        CanonicalName = kind switch
        {
            AbiTypeKind.Address => "address",
            AbiTypeKind.Bool => "bool",
            AbiTypeKind.UInt => $"uint{size}",
            AbiTypeKind.Int => $"int{size}",
            AbiTypeKind.FixedBytes => $"bytes{size}",
            AbiTypeKind.Bytes => "bytes",
            AbiTypeKind.String => "string",
            AbiTypeKind.Array => element!.CanonicalName + "[]",
            AbiTypeKind.FixedArray => $"{element!.CanonicalName}[{size}]",
            _ => "(" + string.Join(",", components.Select(c => c.Type.CanonicalName)) + ")",
        };
        HeadSize = IsDynamic ? 32 : kind switch
        {
            AbiTypeKind.FixedArray => size * element!.HeadSize,
            AbiTypeKind.Tuple => components.Sum(c => c.Type.HeadSize),
            _ => 32,
        };
    }

    /// <summary>The kind.</summary>
    public AbiTypeKind Kind { get; }

    /// <summary>Bits for <c>uintN</c>/<c>intN</c>, bytes for <c>bytesN</c>, the length of <c>T[k]</c>; else 0.</summary>
    public int Size { get; }

    /// <summary>The element type of an array; null otherwise.</summary>
    public AbiType? Element { get; }

    /// <summary>The members of a tuple; empty otherwise.</summary>
    public IReadOnlyList<AbiParameter> Components { get; }

    /// <summary>True if the encoding has a length that depends on the value (then the head holds an offset).</summary>
    public bool IsDynamic { get; }

    /// <summary>The name used in signatures: <c>uint256</c>, <c>(uint64,bytes32)</c>, <c>bytes32[]</c>.</summary>
    public string CanonicalName { get; }

    /// <summary>Bytes the type takes in the head of an encoding: 32 for a dynamic type.</summary>
    public int HeadSize { get; }

    /// <summary>Parses a type name such as <c>uint256</c>, <c>bytes32[]</c> or <c>(uint64 a, bytes32 b)[2]</c>.</summary>
    /// <exception cref="AbiFormatException">Not a valid type name.</exception>
    public static AbiType Parse(string name) => AbiSignatureParser.ParseType(name);

    internal static AbiType Elementary(AbiTypeKind kind, int size = 0) => new(kind, size, null, []);

    internal static AbiType ArrayOf(AbiType element) => new(AbiTypeKind.Array, 0, element, []);

    internal static AbiType FixedArrayOf(AbiType element, int length) => new(AbiTypeKind.FixedArray, length, element, []);

    internal static AbiType TupleOf(IReadOnlyList<AbiParameter> components) => new(AbiTypeKind.Tuple, 0, null, components);

    /// <inheritdoc />
    public override string ToString() => CanonicalName;
}

/// <summary>A named, typed parameter of a function, event, error or tuple.</summary>
/// <param name="Name">The name, possibly empty.</param>
/// <param name="Type">The type.</param>
/// <param name="Indexed">For event parameters: true if it is a topic.</param>
public sealed record AbiParameter(string Name, AbiType Type, bool Indexed = false)
{
    /// <inheritdoc />
    public override string ToString() => $"{Type}{(Indexed ? " indexed" : "")}{(Name.Length > 0 ? " " + Name : "")}";
}

/// <summary>An ABI signature or type name cannot be parsed; the message names the position.</summary>
public sealed class AbiFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public AbiFormatException(string message) : base(message) { }
}
