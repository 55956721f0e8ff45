using System.Numerics;
using System.Text;

namespace Anchor.Ethereum.Abi;

/// <summary>
/// Strict Solidity ABI decoding: every offset and length is bounds-checked, and values with dirty
/// high bits (an address, bool or uintN that does not fit its type) are rejected the way
/// Solidity's own decoder rejects them, instead of being silently truncated.
/// </summary>
/// <remarks>
/// .NET values produced: <see cref="Address"/>, bool, <see cref="BigInteger"/> for every integer
/// type, byte[] for <c>bytesN</c> and <c>bytes</c>, string, object?[] for arrays and
/// <see cref="AbiValues"/> for tuples.
/// </remarks>
public static class AbiDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly BigInteger TwoTo256 = BigInteger.One << 256;

    /// <summary>Decodes <paramref name="data"/> as the tuple of <paramref name="parameters"/>.</summary>
    /// <exception cref="AbiDecodingException">Truncated, out of bounds, or a value that does not fit its type.</exception>
    public static AbiValues Decode(IReadOnlyList<AbiParameter> parameters, ReadOnlySpan<byte> data, string context = "")
    {
        var copy = data.ToArray();
        var values = DecodeSequence(parameters.Select(p => p.Type).ToArray(), copy, 0, i => Path(context, parameters[i].Name, i));
        return new AbiValues(parameters, values);
    }

    private static object?[] DecodeSequence(IReadOnlyList<AbiType> types, byte[] data, int start, Func<int, string> pathOf)
    {
        var values = new object?[types.Count];
        var head = start;
        for (var i = 0; i < types.Count; i++)
        {
            var path = pathOf(i);
            if (types[i].IsDynamic)
            {
                var offset = ReadLength(data, head, path, "offset");
                values[i] = DecodeValue(types[i], data, Checked(start, offset, data, path), path);
            }
            else
            {
                values[i] = DecodeValue(types[i], data, head, path);
            }
            head += types[i].HeadSize;
        }
        return values;
    }

    private static object? DecodeValue(AbiType type, byte[] data, int at, string path)
    {
        switch (type.Kind)
        {
            case AbiTypeKind.Address:
                var word = ReadWord(data, at, path);
                if (word[..12].IndexOfAnyExcept((byte)0) >= 0) throw new AbiDecodingException(path, "address has non-zero high bytes");
                return Address.FromBytes(word[12..]);
            case AbiTypeKind.Bool:
                var flag = new BigInteger(ReadWord(data, at, path), isUnsigned: true, isBigEndian: true);
                if (flag > 1) throw new AbiDecodingException(path, $"bool is {flag}, not 0 or 1");
                return flag == 1;
            case AbiTypeKind.UInt:
                var unsigned = new BigInteger(ReadWord(data, at, path), isUnsigned: true, isBigEndian: true);
                if (unsigned >> type.Size != 0) throw new AbiDecodingException(path, $"{unsigned} does not fit in {type}");
                return unsigned;
            case AbiTypeKind.Int:
                var raw = new BigInteger(ReadWord(data, at, path), isUnsigned: true, isBigEndian: true);
                var signed = raw >= TwoTo256 / 2 ? raw - TwoTo256 : raw;
                var limit = BigInteger.One << (type.Size - 1);
                if (signed < -limit || signed >= limit) throw new AbiDecodingException(path, $"{signed} does not fit in {type}");
                return signed;
            case AbiTypeKind.FixedBytes:
                var bytesWord = ReadWord(data, at, path);
                if (bytesWord[type.Size..].IndexOfAnyExcept((byte)0) >= 0) throw new AbiDecodingException(path, $"{type} has non-zero padding");
                return bytesWord[..type.Size].ToArray();
            case AbiTypeKind.Bytes:
                return ReadDynamicBytes(data, at, path);
            case AbiTypeKind.String:
                try
                {
                    return StrictUtf8.GetString(ReadDynamicBytes(data, at, path));
                }
                catch (DecoderFallbackException)
                {
                    throw new AbiDecodingException(path, "string is not valid UTF-8");
                }
            case AbiTypeKind.Array:
                var count = ReadLength(data, at, path, "array length");
                // Each element takes at least one 32-byte word of head: a larger count is hostile.
                if ((long)count * 32 > data.Length - at - 32) throw new AbiDecodingException(path, $"array length {count} exceeds the data");
                return DecodeSequence(Enumerable.Repeat(type.Element!, count).ToArray(), data, at + 32, i => $"{path}[{i}]");
            case AbiTypeKind.FixedArray:
                return DecodeSequence(Enumerable.Repeat(type.Element!, type.Size).ToArray(), data, at, i => $"{path}[{i}]");
            default:
                var members = DecodeSequence(type.Components.Select(c => c.Type).ToArray(), data, at, i => Path(path, type.Components[i].Name, i));
                return new AbiValues(type.Components, members);
        }
    }

    private static byte[] ReadDynamicBytes(byte[] data, int at, string path)
    {
        var length = ReadLength(data, at, path, "length");
        var start = at + 32;
        if ((long)start + length > data.Length) throw new AbiDecodingException(path, $"length {length} runs past the end of the data");
        return data.AsSpan(start, length).ToArray();
    }

    private static ReadOnlySpan<byte> ReadWord(byte[] data, int at, string path)
    {
        if (at < 0 || (long)at + 32 > data.Length)
        {
            throw new AbiDecodingException(path, $"needs 32 bytes at offset {at}, the data has {data.Length}");
        }
        return data.AsSpan(at, 32);
    }

    private static int ReadLength(byte[] data, int at, string path, string what)
    {
        var value = new BigInteger(ReadWord(data, at, path), isUnsigned: true, isBigEndian: true);
        if (value > data.Length) throw new AbiDecodingException(path, $"{what} {value} is larger than the data ({data.Length} bytes)");
        return (int)value;
    }

    private static int Checked(int start, int offset, byte[] data, string path)
    {
        var at = (long)start + offset;
        if (at >= data.Length) throw new AbiDecodingException(path, $"offset {offset} points past the end of the data");
        return (int)at;
    }

    private static string Path(string context, string name, int index)
    {
        var member = name.Length > 0 ? name : $"#{index}";
        return context.Length > 0 ? $"{context}.{member}" : member;
    }
}

/// <summary>Bytes are not a valid ABI encoding of the expected types; the message names the parameter.</summary>
public sealed class AbiDecodingException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public AbiDecodingException(string path, string problem)
        : base(path.Length > 0 ? $"{path}: {problem}" : problem)
    {
        ParameterPath = path;
    }

    /// <summary>Which parameter, e.g. <c>head.root</c>.</summary>
    public string ParameterPath { get; }
}
