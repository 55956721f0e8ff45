namespace Anchor.Ledger.Epcis.Identifiers;

/// <summary>
/// Percent-decoding (RFC 3986 §2.1) of identifier components whose decoded form must be ASCII:
/// lots and serials in EPC URNs and GS1 Digital Link URIs. A decoded byte of 0x80 or above can
/// never be a GS1 character, so it is rejected here rather than decoded as UTF-8.
/// </summary>
internal static class PercentDecoding
{
    /// <summary>
    /// Decodes <paramref name="encoded"/>; returns null and sets <paramref name="problem"/> when a
    /// '%' is not followed by two hex digits or encodes a non-ASCII byte.
    /// </summary>
    public static string? Decode(ReadOnlySpan<char> encoded, out string? problem)
    {
        problem = null;
        if (!encoded.Contains('%'))
        {
            return encoded.ToString();
        }
        var decoded = new char[encoded.Length];
        var length = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] != '%')
            {
                decoded[length++] = encoded[i];
                continue;
            }
            if (i + 2 >= encoded.Length || !IsHex(encoded[i + 1]) || !IsHex(encoded[i + 2]))
            {
                problem = $"'%' at position {i} is not followed by two hex digits";
                return null;
            }
            var value = Convert.ToInt32(encoded.Slice(i + 1, 2).ToString(), 16);
            if (value >= 0x80)
            {
                problem = $"%{encoded.Slice(i + 1, 2)} encodes a non-ASCII byte";
                return null;
            }
            decoded[length++] = (char)value;
            i += 2;
        }
        return new string(decoded, 0, length);
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
