using System.Text;

namespace Anchor.Ledger.Epcis.Hashing;

/// <summary>
/// Writes numbers the way CBV 2.0 wants them in the pre-hash string: plain decimal notation, no
/// trailing zeros after the decimal point, no leading zeros, no '+' sign ("1.0" becomes "1",
/// "0.3400" becomes "0.34", 1E3 becomes "1000").
/// </summary>
/// <remarks>
/// The digits are moved as text, never through a binary double, so every value keeps its exact
/// decimal value. The reference implementation goes through a double and therefore differs for
/// values with more than 15–17 significant digits and for exponent notation below 1E-4; such
/// values do not occur in sensor data or quantities.
/// </remarks>
internal static class NumberCanonicaliser
{
    // Beyond this, plain notation would be absurdly long; such a "number" is kept as written.
    private const int MaxExponentMagnitude = 1000;

    /// <summary>
    /// Canonicalises a JSON number token (<c>-?int(.frac)?([eE][+-]?exp)?</c>). Returns the text
    /// unchanged if it is not one or its exponent is absurd.
    /// </summary>
    public static string CanonicaliseJsonNumber(string text) =>
        TryParse(text, allowExponent: true, out var canonical) ? canonical : text;

    /// <summary>
    /// Canonicalises a string value that is a plain decimal numeral (<c>-?digits(.digits)?</c>), as
    /// both the reference implementation and OpenEPCIS do for text values, so that the XML and the
    /// JSON form of the same event agree. Other strings come back unchanged.
    /// </summary>
    public static bool TryCanonicaliseDecimalString(string text, out string canonical) =>
        TryParse(text, allowExponent: false, out canonical);

    private static bool TryParse(string text, bool allowExponent, out string canonical)
    {
        canonical = text;
        var s = text.AsSpan();
        var negative = false;
        if (s.Length > 0 && s[0] == '-')
        {
            negative = true;
            s = s[1..];
        }
        var integerLength = CountDigits(s);
        if (integerLength == 0)
        {
            return false;
        }
        var integerPart = s[..integerLength];
        s = s[integerLength..];
        var fractionPart = ReadOnlySpan<char>.Empty;
        if (s.Length > 0 && s[0] == '.')
        {
            var fractionLength = CountDigits(s[1..]);
            if (fractionLength == 0)
            {
                return false;
            }
            fractionPart = s.Slice(1, fractionLength);
            s = s[(1 + fractionLength)..];
        }
        var exponent = 0;
        if (s.Length > 0 && allowExponent && (s[0] == 'e' || s[0] == 'E'))
        {
            if (!TryParseExponent(s[1..], out exponent))
            {
                return false;
            }
            s = ReadOnlySpan<char>.Empty;
        }
        if (s.Length != 0)
        {
            return false;
        }
        canonical = IsAlreadyCanonical(negative, integerPart, fractionPart, exponent)
            ? text
            : Compose(negative, integerPart, fractionPart, exponent);
        return true;
    }

    private static bool TryParseExponent(ReadOnlySpan<char> s, out int exponent)
    {
        exponent = 0;
        var sign = 1;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            sign = s[0] == '-' ? -1 : 1;
            s = s[1..];
        }
        if (s.Length == 0 || CountDigits(s) != s.Length)
        {
            return false;
        }
        var value = 0;
        foreach (var c in s)
        {
            value = value * 10 + (c - '0');
            if (value > MaxExponentMagnitude)
            {
                return false;
            }
        }
        exponent = sign * value;
        return true;
    }

    // The common case ("26", "12.1", "-0.5"): nothing to strip, so no allocation.
    private static bool IsAlreadyCanonical(bool negative, ReadOnlySpan<char> integerPart, ReadOnlySpan<char> fractionPart, int exponent)
    {
        var noLeadingZero = integerPart.Length == 1 || integerPart[0] != '0';
        var noTrailingZero = fractionPart.IsEmpty || fractionPart[^1] != '0';
        var negativeZero = negative && integerPart is "0" && fractionPart.IsEmpty;
        return exponent == 0 && noLeadingZero && noTrailingZero && !negativeZero;
    }

    // Shifts the decimal point by the exponent, then strips leading and trailing zeros.
    private static string Compose(bool negative, ReadOnlySpan<char> integerPart, ReadOnlySpan<char> fractionPart, int exponent)
    {
        var digits = new StringBuilder(integerPart.Length + fractionPart.Length + Math.Abs(exponent) + 2);
        digits.Append(integerPart).Append(fractionPart);
        var pointPosition = integerPart.Length + exponent;
        if (pointPosition < 0)
        {
            digits.Insert(0, "0", -pointPosition);
            pointPosition = 0;
        }
        if (pointPosition > digits.Length)
        {
            digits.Append('0', pointPosition - digits.Length);
        }
        var all = digits.ToString();
        var integerDigits = all.AsSpan(0, pointPosition).TrimStart('0');
        var fractionDigits = all.AsSpan(pointPosition).TrimEnd('0');
        if (integerDigits.IsEmpty && fractionDigits.IsEmpty)
        {
            return "0";
        }
        var result = new StringBuilder(integerDigits.Length + fractionDigits.Length + 3);
        if (negative)
        {
            result.Append('-');
        }
        if (integerDigits.IsEmpty)
        {
            result.Append('0');
        }
        else
        {
            result.Append(integerDigits);
        }
        if (!fractionDigits.IsEmpty)
        {
            result.Append('.').Append(fractionDigits);
        }
        return result.ToString();
    }

    private static int CountDigits(ReadOnlySpan<char> s)
    {
        var i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }
        return i;
    }
}
