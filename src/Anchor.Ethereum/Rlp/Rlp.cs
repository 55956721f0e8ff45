using System.Numerics;

namespace Anchor.Ethereum.Rlp;

/// <summary>
/// Recursive Length Prefix encoding (Ethereum Yellow Paper, appendix B). Items are byte strings
/// or lists of items; integers are big-endian byte strings without leading zeros.
/// </summary>
public static class Rlp
{
    /// <summary>Encodes a byte string.</summary>
    public static byte[] EncodeBytes(ReadOnlySpan<byte> bytes)
    {
        // A single byte below 0x80 is its own encoding.
        if (bytes.Length == 1 && bytes[0] < 0x80) return [bytes[0]];
        var prefix = Prefix(0x80, bytes.Length);
        var result = new byte[prefix.Length + bytes.Length];
        prefix.CopyTo(result, 0);
        bytes.CopyTo(result.AsSpan(prefix.Length));
        return result;
    }

    /// <summary>Encodes a non-negative integer: big-endian, no leading zeros, zero as the empty string.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public static byte[] EncodeInteger(BigInteger value)
    {
        if (value.Sign < 0) throw new ArgumentOutOfRangeException(nameof(value), value, "RLP integers are non-negative");
        return EncodeBytes(value.IsZero ? [] : value.ToByteArray(isUnsigned: true, isBigEndian: true));
    }

    /// <summary>Encodes a non-negative integer.</summary>
    public static byte[] EncodeInteger(ulong value) => EncodeInteger(new BigInteger(value));

    /// <summary>Encodes a list whose items are already RLP-encoded.</summary>
    public static byte[] EncodeList(params IReadOnlyList<byte[]> encodedItems)
    {
        var payloadLength = 0;
        foreach (var item in encodedItems) payloadLength += item.Length;
        var prefix = Prefix(0xc0, payloadLength);
        var result = new byte[prefix.Length + payloadLength];
        prefix.CopyTo(result, 0);
        var offset = prefix.Length;
        foreach (var item in encodedItems)
        {
            item.CopyTo(result, offset);
            offset += item.Length;
        }
        return result;
    }

    /// <summary>Encodes a decoded item tree back to bytes.</summary>
    public static byte[] Encode(RlpItem item) => item switch
    {
        RlpString s => EncodeBytes(s.Bytes.Span),
        RlpList l => EncodeList(l.Items.Select(Encode).ToArray()),
        _ => throw new ArgumentException($"unknown RLP item {item.GetType().Name}", nameof(item)),
    };

    /// <summary>
    /// Decodes exactly one item that spans all of <paramref name="encoded"/>. Non-canonical
    /// encodings (a long form where a short one fits, leading zeros in a length) are rejected,
    /// because two encodings of one value would give two transaction hashes.
    /// </summary>
    /// <exception cref="RlpException">Malformed, truncated, non-canonical, or followed by extra bytes.</exception>
    public static RlpItem Decode(ReadOnlySpan<byte> encoded) => RlpDecoder.DecodeSingle(encoded);

    private static byte[] Prefix(byte offset, int length)
    {
        if (length < 56) return [(byte)(offset + length)];
        var lengthBytes = new BigInteger(length).ToByteArray(isUnsigned: true, isBigEndian: true);
        return [(byte)(offset + 55 + lengthBytes.Length), .. lengthBytes];
    }
}
