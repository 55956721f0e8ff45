namespace Anchor.Ethereum;

/// <summary>
/// Hex as Ethereum writes it: <c>0x</c>-prefixed, lower case on output, either case on input.
/// </summary>
/// <remarks>
/// Errors name the position and the kind of fault but never echo the input, because the same
/// parser reads private keys.
/// </remarks>
public static class Hex
{
    /// <summary>Returns <c>0x</c> followed by the lower-case hex of <paramref name="bytes"/>.</summary>
    public static string Encode(ReadOnlySpan<byte> bytes) => "0x" + Convert.ToHexStringLower(bytes);

    /// <summary>
    /// Decodes hex with or without a <c>0x</c> prefix. Surrounding whitespace is not accepted.
    /// </summary>
    /// <param name="hex">The text to decode.</param>
    /// <param name="what">What the text is, for the error message (e.g. "private key").</param>
    /// <exception cref="HexFormatException">Odd length or a character that is not a hex digit.</exception>
    public static byte[] Decode(string hex, string what = "hex string")
    {
        ArgumentNullException.ThrowIfNull(hex);
        var digits = StripPrefix(hex);
        if (digits.Length % 2 != 0)
        {
            throw new HexFormatException(what, $"has an odd number of hex digits ({digits.Length})", -1);
        }
        var bytes = new byte[digits.Length / 2];
        var offset = hex.Length - digits.Length;
        for (var i = 0; i < bytes.Length; i++)
        {
            var high = Nibble(digits[2 * i]);
            var low = Nibble(digits[2 * i + 1]);
            if (high < 0 || low < 0)
            {
                var position = offset + 2 * i + (high < 0 ? 0 : 1);
                throw new HexFormatException(what, $"has a character that is not a hex digit at position {position}", position);
            }
            bytes[i] = (byte)((high << 4) | low);
        }
        return bytes;
    }

    /// <summary>Decodes hex that must be exactly <paramref name="length"/> bytes long.</summary>
    /// <exception cref="HexFormatException">Malformed, or of another length.</exception>
    public static byte[] DecodeExact(string hex, int length, string what = "hex string")
    {
        var bytes = Decode(hex, what);
        if (bytes.Length != length)
        {
            throw new HexFormatException(what, $"must be {length} bytes, is {bytes.Length}", -1);
        }
        return bytes;
    }

    /// <summary>Like <see cref="Decode"/> but returns false instead of throwing.</summary>
    public static bool TryDecode(string? hex, out byte[] bytes)
    {
        bytes = [];
        if (hex is null) return false;
        var digits = StripPrefix(hex);
        if (digits.Length % 2 != 0) return false;
        var result = new byte[digits.Length / 2];
        for (var i = 0; i < result.Length; i++)
        {
            var high = Nibble(digits[2 * i]);
            var low = Nibble(digits[2 * i + 1]);
            if (high < 0 || low < 0) return false;
            result[i] = (byte)((high << 4) | low);
        }
        bytes = result;
        return true;
    }

    /// <summary>True if <paramref name="text"/> starts with <c>0x</c> or <c>0X</c>.</summary>
    public static bool HasPrefix(ReadOnlySpan<char> text) =>
        text.Length >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');

    private static ReadOnlySpan<char> StripPrefix(string hex) => HasPrefix(hex) ? hex.AsSpan(2) : hex.AsSpan();

    private static int Nibble(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}

/// <summary>Text that should be hex is not. The message names what and where, never the text itself.</summary>
public sealed class HexFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public HexFormatException(string what, string problem, int position)
        : base($"{what} {problem}")
    {
        What = what;
        Position = position;
    }

    /// <summary>What was being parsed, e.g. "private key".</summary>
    public string What { get; }

    /// <summary>The offending character's index in the input, or -1 for a length fault.</summary>
    public int Position { get; }
}
