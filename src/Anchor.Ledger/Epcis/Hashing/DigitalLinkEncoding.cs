using System.Text;

namespace Anchor.Ledger.Epcis.Hashing;

/// <summary>
/// The percent-encoding of a value (serial, lot, extension) in a canonical GS1 Digital Link URI.
/// </summary>
/// <remarks>
/// A value may arrive percent-encoded differently (an EPC URI writes '!' raw, a Digital Link URI
/// may write it as %21), so values are decoded first and then encoded one way: letters, digits and
/// <c>- . _ ' ; =</c> stay as they are; every other character of the GS1 AI character set
/// (<c>! " % &amp; ( ) * + , / : &lt; &gt; ?</c>, and '#' of CPIs) becomes %XX with upper-case hex.
/// This is the form the reference implementation produces from EPC URIs.
/// </remarks>
internal static class DigitalLinkEncoding
{
    private const string EscapedCharacters = "!\"%&()*+,/:<>?#";
    private const string RawPunctuation = "-._';=";

    /// <summary>Decodes %XX escapes; false if an escape is malformed or yields a non-ASCII character.</summary>
    public static bool TryDecode(ReadOnlySpan<char> encoded, out string decoded)
    {
        decoded = string.Empty;
        if (!encoded.Contains('%'))
        {
            decoded = encoded.ToString();
            return true;
        }
        var builder = new StringBuilder(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] != '%')
            {
                builder.Append(encoded[i]);
                continue;
            }
            if (i + 2 >= encoded.Length || !char.IsAsciiHexDigit(encoded[i + 1]) || !char.IsAsciiHexDigit(encoded[i + 2]))
            {
                return false;
            }
            var value = Convert.ToInt32(encoded.Slice(i + 1, 2).ToString(), 16);
            if (value > 0x7F)
            {
                return false;
            }
            builder.Append((char)value);
            i += 2;
        }
        decoded = builder.ToString();
        return true;
    }

    /// <summary>
    /// Encodes a decoded value; false if it holds a character outside the GS1 AI character set
    /// (and '#'), which no GS1 key or qualifier may contain.
    /// </summary>
    public static bool TryEncode(string value, out string encoded)
    {
        encoded = value;
        var needsEscaping = false;
        foreach (var c in value)
        {
            if (char.IsAsciiLetterOrDigit(c) || RawPunctuation.Contains(c))
            {
                continue;
            }
            if (!EscapedCharacters.Contains(c))
            {
                return false;
            }
            needsEscaping = true;
        }
        if (!needsEscaping)
        {
            return true;
        }
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (EscapedCharacters.Contains(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        encoded = builder.ToString();
        return true;
    }

    /// <summary>Decodes then encodes canonically; false if the value is not a valid GS1 value.</summary>
    public static bool TryNormalise(ReadOnlySpan<char> value, out string normalised)
    {
        normalised = string.Empty;
        return TryDecode(value, out var decoded) && TryEncode(decoded, out normalised);
    }
}
