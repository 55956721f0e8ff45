namespace Anchor.Ledger.Epcis.Hashing;

/// <summary>
/// The GS1 modulo-10 check digit (GS1 General Specifications section 7.9), which an EPC URI
/// omits and a GS1 Digital Link URI carries: GTIN, SSCC, GLN, GRAI, GDTI, GSRN, GSIN, GCN.
/// </summary>
internal static class Gs1CheckDigit
{
    /// <summary>
    /// The check digit for <paramref name="digits"/> (the key without its check digit).
    /// Requires every character to be an ASCII digit.
    /// </summary>
    public static char Compute(ReadOnlySpan<char> digits)
    {
        // Weights alternate 3, 1, 3, ... starting from the digit next to the check digit.
        var sum = 0;
        var weight = 3;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            sum += (digits[i] - '0') * weight;
            weight = 4 - weight;
        }
        return (char)('0' + (10 - sum % 10) % 10);
    }
}
