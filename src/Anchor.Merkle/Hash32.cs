using System.Buffers.Binary;
using System.Globalization;

namespace Anchor.Merkle;

/// <summary>
/// A 32-byte hash held by value, so that trees of millions of nodes are arrays of structs rather
/// than millions of byte arrays. Equality is by content; <see cref="ToString"/> is 0x-prefixed hex.
/// </summary>
public readonly struct Hash32 : IEquatable<Hash32>
{
    /// <summary>The length of a hash in bytes.</summary>
    public const int Length = 32;

    // Big-endian words: word 0 holds bytes 0..7, so the hex form reads in byte order.
    private readonly ulong _w0, _w1, _w2, _w3;

    /// <summary>Copies a hash from exactly 32 bytes.</summary>
    /// <exception cref="ArgumentException"><paramref name="bytes"/> is not 32 bytes long.</exception>
    public Hash32(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"a hash is {Length} bytes, got {bytes.Length}", nameof(bytes));
        }
        _w0 = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        _w1 = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        _w2 = BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]);
        _w3 = BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]);
    }

    /// <summary>The all-zero hash.</summary>
    public static Hash32 Zero => default;

    /// <summary>True for the all-zero value.</summary>
    public bool IsZero => (_w0 | _w1 | _w2 | _w3) == 0;

    /// <summary>Writes the 32 bytes into <paramref name="destination"/>.</summary>
    public void CopyTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, _w0);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _w1);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], _w2);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], _w3);
    }

    /// <summary>The 32 bytes as a new array.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        CopyTo(bytes);
        return bytes;
    }

    /// <summary>Parses 64 hex digits, with or without a 0x prefix.</summary>
    /// <exception cref="FormatException">Not 64 hex digits.</exception>
    public static Hash32 Parse(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var digits = hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? hex.AsSpan(2) : hex.AsSpan();
        if (digits.Length != Length * 2)
        {
            throw new FormatException($"a hash is {Length * 2} hex digits, got {digits.Length}");
        }
        Span<byte> bytes = stackalloc byte[Length];
        for (var i = 0; i < Length; i++)
        {
            if (!byte.TryParse(digits.Slice(i * 2, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out bytes[i]))
            {
                throw new FormatException($"'{digits.Slice(i * 2, 2)}' at position {i * 2} is not a hex byte");
            }
        }
        return new Hash32(bytes);
    }

    public bool Equals(Hash32 other) =>
        _w0 == other._w0 && _w1 == other._w1 && _w2 == other._w2 && _w3 == other._w3;

    public override bool Equals(object? obj) => obj is Hash32 other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_w0, _w1, _w2, _w3);

    public static bool operator ==(Hash32 left, Hash32 right) => left.Equals(right);

    public static bool operator !=(Hash32 left, Hash32 right) => !left.Equals(right);

    /// <summary>0x-prefixed lower-case hex.</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[Length];
        CopyTo(bytes);
        return "0x" + Convert.ToHexStringLower(bytes);
    }
}
