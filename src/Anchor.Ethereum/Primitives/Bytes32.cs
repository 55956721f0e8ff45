using System.Diagnostics.CodeAnalysis;

namespace Anchor.Ethereum;

/// <summary>
/// A 32-byte value: a hash, a Merkle root, a batch key, a log topic. Prints as 0x-prefixed
/// lower-case hex. <c>default(Bytes32)</c> is 32 zero bytes.
/// </summary>
public readonly struct Bytes32 : IEquatable<Bytes32>
{
    /// <summary>The length in bytes.</summary>
    public const int Length = 32;

    private readonly byte[]? _bytes;

    private Bytes32(byte[] bytes) => _bytes = bytes;

    /// <summary>32 zero bytes.</summary>
    public static Bytes32 Zero => default;

    /// <summary>The 32 bytes.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes ?? new byte[Length];

    /// <summary>True if every byte is zero.</summary>
    public bool IsZero => _bytes is null || Array.TrueForAll(_bytes, b => b == 0);

    /// <summary>Wraps exactly 32 bytes.</summary>
    /// <exception cref="ArgumentException">Not 32 bytes.</exception>
    public static Bytes32 FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"a 32-byte value needs {Length} bytes, got {bytes.Length}", nameof(bytes));
        }
        return new Bytes32(bytes.ToArray());
    }

    /// <summary>Parses 64 hex digits, with or without <c>0x</c>.</summary>
    /// <exception cref="HexFormatException">Malformed or not 32 bytes.</exception>
    public static Bytes32 Parse(string hex, string what = "32-byte value") =>
        new(Hex.DecodeExact(hex, Length, what));

    /// <summary>Like <see cref="Parse"/> but returns false instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? hex, out Bytes32 value)
    {
        value = default;
        if (!Hex.TryDecode(hex, out var bytes) || bytes.Length != Length) return false;
        value = new Bytes32(bytes);
        return true;
    }

    /// <summary>Returns a copy of the 32 bytes.</summary>
    public byte[] ToArray() => Bytes.ToArray();

    /// <summary>0x-prefixed lower-case hex.</summary>
    public override string ToString() => Hex.Encode(Bytes);

    /// <inheritdoc />
    public bool Equals(Bytes32 other) => Bytes.SequenceEqual(other.Bytes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Bytes32 other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Bytes);
        return hash.ToHashCode();
    }

    /// <summary>Byte-wise equality.</summary>
    public static bool operator ==(Bytes32 left, Bytes32 right) => left.Equals(right);

    /// <summary>Byte-wise inequality.</summary>
    public static bool operator !=(Bytes32 left, Bytes32 right) => !left.Equals(right);
}
