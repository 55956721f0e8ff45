using System.Collections;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Anchor.Ethereum.Abi;

/// <summary>
/// Solidity ABI encoding (the "Formal Specification of the Encoding"): a head of 32-byte words,
/// with offsets to a tail for dynamic types.
/// </summary>
/// <remarks>
/// Accepted .NET values: <c>address</c> ← <see cref="Address"/> or its text; <c>bool</c> ← bool;
/// integers ← <see cref="BigInteger"/> or any built-in integer; <c>bytesN</c> ← byte[] of exactly N
/// bytes, <see cref="ReadOnlyMemory{T}"/> or (N = 32) <see cref="Bytes32"/>; <c>bytes</c> ← byte[]
/// or <see cref="ReadOnlyMemory{T}"/>; <c>string</c> ← string; arrays ← any enumerable; tuples ←
/// <c>IReadOnlyList&lt;object?&gt;</c> (e.g. object?[] or <see cref="AbiValues"/>) or a value tuple.
/// </remarks>
public static class AbiEncoder
{
    private static readonly BigInteger TwoTo256 = BigInteger.One << 256;

    /// <summary>Encodes <paramref name="values"/> as the tuple of <paramref name="parameters"/>.</summary>
    /// <exception cref="AbiEncodingException">A value is missing, of the wrong kind, or out of range.</exception>
    public static byte[] Encode(IReadOnlyList<AbiParameter> parameters, IReadOnlyList<object?> values, string context = "")
    {
        if (parameters.Count != values.Count)
        {
            throw new AbiEncodingException(context, $"expects {parameters.Count} values, got {values.Count}");
        }
        return EncodeSequence(parameters.Select(p => p.Type).ToArray(), values, i => Path(context, parameters[i].Name, i));
    }

    private static byte[] EncodeSequence(IReadOnlyList<AbiType> types, IReadOnlyList<object?> values, Func<int, string> pathOf)
    {
        var heads = new byte[types.Count][];
        var tails = new List<byte[]>();
        var headSize = types.Sum(t => t.HeadSize);
        var tailOffset = headSize;
        for (var i = 0; i < types.Count; i++)
        {
            var encoded = EncodeValue(types[i], values[i], pathOf(i));
            if (types[i].IsDynamic)
            {
                heads[i] = Word(tailOffset);
                tails.Add(encoded);
                tailOffset += encoded.Length;
            }
            else
            {
                heads[i] = encoded;
            }
        }
        var result = new byte[tailOffset];
        var offset = 0;
        foreach (var part in heads.Concat(tails))
        {
            part.CopyTo(result, offset);
            offset += part.Length;
        }
        return result;
    }

    private static byte[] EncodeValue(AbiType type, object? value, string path)
    {
        if (value is null) throw new AbiEncodingException(path, $"{type} value is null");
        switch (type.Kind)
        {
            case AbiTypeKind.Address:
                var address = value switch
                {
                    Address a => a,
                    string s => ParseAddress(s, path),
                    _ => throw WrongKind(type, value, path),
                };
                var word = new byte[32];
                address.Bytes.CopyTo(word.AsSpan(12));
                return word;
            case AbiTypeKind.Bool:
                return value is bool b ? Word(b ? 1 : 0) : throw WrongKind(type, value, path);
            case AbiTypeKind.UInt:
            case AbiTypeKind.Int:
                return EncodeInteger(type, ToBigInteger(value) ?? throw WrongKind(type, value, path), path);
            case AbiTypeKind.FixedBytes:
                var fixedBytes = ToBytes(value) ?? throw WrongKind(type, value, path);
                if (fixedBytes.Length != type.Size)
                {
                    throw new AbiEncodingException(path, $"{type} needs exactly {type.Size} bytes, got {fixedBytes.Length}");
                }
                var padded = new byte[32];
                fixedBytes.CopyTo(padded, 0);
                return padded;
            case AbiTypeKind.Bytes:
                return EncodeDynamicBytes(ToBytes(value) ?? throw WrongKind(type, value, path));
            case AbiTypeKind.String:
                return EncodeDynamicBytes(Encoding.UTF8.GetBytes(value as string ?? throw WrongKind(type, value, path)));
            case AbiTypeKind.Array:
                var items = ToList(value) ?? throw WrongKind(type, value, path);
                var elements = EncodeSequence(Enumerable.Repeat(type.Element!, items.Count).ToArray(), items, i => $"{path}[{i}]");
                return [.. Word(items.Count), .. elements];
            case AbiTypeKind.FixedArray:
                var fixedItems = ToList(value) ?? throw WrongKind(type, value, path);
                if (fixedItems.Count != type.Size)
                {
                    throw new AbiEncodingException(path, $"{type} needs exactly {type.Size} elements, got {fixedItems.Count}");
                }
                return EncodeSequence(Enumerable.Repeat(type.Element!, type.Size).ToArray(), fixedItems, i => $"{path}[{i}]");
            default:
                var members = ToTuple(value) ?? throw WrongKind(type, value, path);
                if (members.Count != type.Components.Count)
                {
                    throw new AbiEncodingException(path, $"{type} needs {type.Components.Count} members, got {members.Count}");
                }
                return EncodeSequence(type.Components.Select(c => c.Type).ToArray(), members, i => Path(path, type.Components[i].Name, i));
        }
    }

    private static byte[] EncodeInteger(AbiType type, BigInteger value, string path)
    {
        var bits = type.Size;
        var (min, max) = type.Kind == AbiTypeKind.UInt
            ? (BigInteger.Zero, (BigInteger.One << bits) - 1)
            : (-(BigInteger.One << (bits - 1)), (BigInteger.One << (bits - 1)) - 1);
        if (value < min || value > max)
        {
            throw new AbiEncodingException(path, $"{value} is out of range for {type} [{min}, {max}]");
        }
        return Word(value.Sign < 0 ? value + TwoTo256 : value);
    }

    private static byte[] EncodeDynamicBytes(byte[] bytes)
    {
        var padded = (bytes.Length + 31) / 32 * 32;
        var result = new byte[32 + padded];
        Word(bytes.Length).CopyTo(result, 0);
        bytes.CopyTo(result, 32);
        return result;
    }

    /// <summary>A non-negative integer below 2^256 as one big-endian 32-byte word.</summary>
    internal static byte[] Word(BigInteger value)
    {
        var word = new byte[32];
        if (!value.IsZero) value.ToByteArray(isUnsigned: true, isBigEndian: true).CopyTo(word.AsSpan(32 - value.GetByteCount(isUnsigned: true)));
        return word;
    }

    private static Address ParseAddress(string text, string path)
    {
        try
        {
            return Address.Parse(text);
        }
        catch (AddressFormatException e)
        {
            throw new AbiEncodingException(path, e.Message);
        }
    }

    private static BigInteger? ToBigInteger(object value) => value switch
    {
        BigInteger v => v,
        byte v => v,
        sbyte v => v,
        short v => v,
        ushort v => v,
        int v => v,
        uint v => v,
        long v => v,
        ulong v => v,
        Int128 v => v,
        UInt128 v => v,
        _ => null,
    };

    private static byte[]? ToBytes(object value) => value switch
    {
        byte[] bytes => bytes,
        ReadOnlyMemory<byte> memory => memory.ToArray(),
        Memory<byte> memory => memory.ToArray(),
        Bytes32 word => word.ToArray(),
        _ => null,
    };

    private static IReadOnlyList<object?>? ToList(object value) => value switch
    {
        string or byte[] => null,
        IEnumerable enumerable => enumerable.Cast<object?>().ToArray(),
        _ => null,
    };

    private static IReadOnlyList<object?>? ToTuple(object value) => value switch
    {
        IReadOnlyList<object?> list => list,
        ITuple tuple => Enumerable.Range(0, tuple.Length).Select(i => tuple[i]).ToArray(),
        _ => null,
    };

    private static AbiEncodingException WrongKind(AbiType type, object value, string path) =>
        new(path, $"{type} cannot take a {value.GetType().Name}");

    private static string Path(string context, string name, int index)
    {
        var member = name.Length > 0 ? name : $"#{index}";
        return context.Length > 0 ? $"{context}.{member}" : member;
    }
}

/// <summary>A value cannot be ABI-encoded as its parameter's type; the message names the parameter.</summary>
public sealed class AbiEncodingException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public AbiEncodingException(string path, string problem)
        : base(path.Length > 0 ? $"{path}: {problem}" : problem)
    {
        ParameterPath = path;
    }

    /// <summary>Which parameter, e.g. <c>anchor.consistencyProof[2]</c>.</summary>
    public string ParameterPath { get; }
}
