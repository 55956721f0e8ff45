namespace Anchor.Ledger.Epcis.Identifiers;

/// <summary>
/// GTIN arithmetic from the GS1 General Specifications: the mod-10 check digit and the 14-digit
/// form that every GTIN (8, 12, 13 or 14 digits) is written in once padded with leading zeros.
/// </summary>
public static class Gtin
{
    /// <summary>The number of digits of a GTIN-14, check digit included.</summary>
    public const int Length = 14;

    /// <summary>True if <paramref name="value"/> is 14 ASCII digits whose last is the check digit.</summary>
    public static bool IsValidGtin14(ReadOnlySpan<char> value) =>
        value.Length == Length && IsAllDigits(value) && Gs1CheckDigit.Compute(value[..^1]) == value[^1];

    /// <summary>True if <paramref name="value"/> is non-empty and made of ASCII digits only.</summary>
    public static bool IsAllDigits(ReadOnlySpan<char> value) =>
        !value.IsEmpty && !value.ContainsAnyExceptInRange('0', '9');

    /// <summary>
    /// Why <paramref name="gtin14"/> is not a valid GTIN-14, or null if it is. The reason quotes
    /// the expected check digit, which is what a person fixing the data needs.
    /// </summary>
    public static string? DescribeProblem(string gtin14)
    {
        if (gtin14.Length != Length || !IsAllDigits(gtin14))
        {
            return $"GTIN \"{gtin14}\" is not 14 digits";
        }
        var expected = Gs1CheckDigit.Compute(gtin14.AsSpan(0, Length - 1));
        return expected == gtin14[^1]
            ? null
            : $"GTIN {gtin14} has check digit {gtin14[^1]}, expected {expected}";
    }
}
