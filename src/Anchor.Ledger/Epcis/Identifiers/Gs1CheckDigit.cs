namespace Anchor.Ledger.Epcis.Identifiers;

/// <summary>
/// The GS1 mod-10 check digit shared by GTIN, GLN and SSCC: from the right, digits are weighted
/// 3, 1, 3, 1, …, and the check digit brings the weighted sum up to a multiple of ten.
/// </summary>
public static class Gs1CheckDigit
{
    /// <summary>The check digit for <paramref name="digits"/> (a GS1 key without its check digit).</summary>
    /// <exception cref="FormatException">Empty, or not all ASCII digits.</exception>
    public static char Compute(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty) throw new FormatException("a GS1 key needs at least one digit before its check digit");
        var sum = 0;
        var weight = 3;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (d is < 0 or > 9) throw new FormatException($"'{digits}' is not all digits");
            sum += d * weight;
            weight = 4 - weight;
        }
        return (char)('0' + (10 - sum % 10) % 10);
    }

    /// <summary><paramref name="digits"/> followed by its check digit.</summary>
    public static string Append(string digits) => digits + Compute(digits);

    /// <summary>True when <paramref name="key"/> is all digits and its last digit is the right check digit.</summary>
    public static bool IsValid(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 2 || !key.All(char.IsAsciiDigit)) return false;
        return Compute(key.AsSpan(0, key.Length - 1)) == key[^1];
    }
}
