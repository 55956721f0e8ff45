using System.Diagnostics.CodeAnalysis;
using System.Text;
using Anchor.Ethereum.Crypto;

namespace Anchor.Ethereum;

/// <summary>
/// A 20-byte Ethereum account address. Prints with its EIP-55 checksum; parsing mixed-case text
/// checks that checksum, so a mistyped address is caught before funds or anchors go astray.
/// </summary>
/// <remarks><c>default(Address)</c> is the zero address.</remarks>
public readonly struct Address : IEquatable<Address>
{
    /// <summary>The length of an address in bytes.</summary>
    public const int Length = 20;

    private readonly byte[]? _bytes;

    private Address(byte[] bytes) => _bytes = bytes;

    /// <summary>The zero address, 0x0000…0000.</summary>
    public static Address Zero => default;

    /// <summary>The 20 bytes.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes ?? new byte[Length];

    /// <summary>True for the zero address.</summary>
    public bool IsZero => _bytes is null || Array.TrueForAll(_bytes, b => b == 0);

    /// <summary>Wraps 20 bytes.</summary>
    /// <exception cref="ArgumentException">Not 20 bytes.</exception>
    public static Address FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"an address is {Length} bytes, got {bytes.Length}", nameof(bytes));
        }
        return new Address(bytes.ToArray());
    }

    /// <summary>
    /// Parses <c>0x</c> and 40 hex digits. All-lower or all-upper case digits are accepted as they
    /// are; mixed case must be a valid EIP-55 checksum.
    /// </summary>
    /// <exception cref="AddressFormatException">Malformed, or a wrong checksum.</exception>
    public static Address Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Hex.HasPrefix(text) || text.Length != 2 + 2 * Length)
        {
            throw new AddressFormatException(text, "an address is 0x followed by 40 hex digits");
        }
        if (!Hex.TryDecode(text, out var bytes))
        {
            throw new AddressFormatException(text, "an address is 0x followed by 40 hex digits");
        }
        var address = new Address(bytes);
        var digits = text.AsSpan(2);
        var hasLower = digits.ContainsAny("abcdef");
        var hasUpper = digits.ContainsAny("ABCDEF");
        if (hasLower && hasUpper)
        {
            var expected = address.ToString();
            if (!digits.SequenceEqual(expected.AsSpan(2)))
            {
                throw new AddressFormatException(text, $"mixed-case address fails its EIP-55 checksum (the checksummed form is {expected})");
            }
        }
        return address;
    }

    /// <summary>Like <see cref="Parse"/> but returns false instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Address address)
    {
        address = default;
        if (text is null) return false;
        try
        {
            address = Parse(text);
            return true;
        }
        catch (AddressFormatException)
        {
            return false;
        }
    }

    /// <summary>Returns a copy of the 20 bytes.</summary>
    public byte[] ToArray() => Bytes.ToArray();

    /// <summary>The EIP-55 checksummed form, e.g. <c>0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266</c>.</summary>
    public override string ToString()
    {
        var lower = Convert.ToHexStringLower(Bytes);
        Span<byte> hash = stackalloc byte[Keccak256.HashLength];
        Keccak256.Hash(Encoding.ASCII.GetBytes(lower), hash);
        var result = new StringBuilder("0x", 2 + lower.Length);
        for (var i = 0; i < lower.Length; i++)
        {
            // EIP-55: upper-case a letter when the matching nibble of keccak(lower-case hex) is >= 8.
            var nibble = (i % 2 == 0 ? hash[i / 2] >> 4 : hash[i / 2]) & 0x0f;
            result.Append(nibble >= 8 ? char.ToUpperInvariant(lower[i]) : lower[i]);
        }
        return result.ToString();
    }

    /// <summary>The lower-case form, as JSON-RPC writes addresses.</summary>
    public string ToLowerHex() => Hex.Encode(Bytes);

    /// <inheritdoc />
    public bool Equals(Address other) => Bytes.SequenceEqual(other.Bytes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Address other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Bytes);
        return hash.ToHashCode();
    }

    /// <summary>Byte-wise equality.</summary>
    public static bool operator ==(Address left, Address right) => left.Equals(right);

    /// <summary>Byte-wise inequality.</summary>
    public static bool operator !=(Address left, Address right) => !left.Equals(right);
}

/// <summary>Text is not a valid address; the message says why and shows the text (addresses are public).</summary>
public sealed class AddressFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public AddressFormatException(string input, string reason)
        : base($"'{Truncate(input)}' is not a valid address: {reason}")
    {
        Input = input;
    }

    /// <summary>The text that failed to parse.</summary>
    public string Input { get; }

    private static string Truncate(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
