using System.Globalization;
using Anchor.Ledger.Epcis.Identifiers;

namespace Anchor.Ledger.Sample;

/// <summary>
/// A GS1 key (GTIN-14, GLN, SSCC) together with the length of the GS1 company prefix inside it,
/// which the EPC URN forms need in order to put the dot in the right place.
/// </summary>
internal readonly record struct Gs1Key(string Digits, int CompanyPrefixLength)
{
    /// <summary>GTIN-14: indicator, company prefix, item reference, check digit.</summary>
    public static Gs1Key Gtin(string companyPrefix, int itemReference, char indicator = '0') =>
        new(Gs1CheckDigit.Append(indicator + companyPrefix + Padded(itemReference, 12 - companyPrefix.Length)), companyPrefix.Length);

    /// <summary>GLN: company prefix, location reference, check digit.</summary>
    public static Gs1Key Gln(string companyPrefix, int locationReference) =>
        new(Gs1CheckDigit.Append(companyPrefix + Padded(locationReference, 12 - companyPrefix.Length)), companyPrefix.Length);

    /// <summary>SSCC: extension digit, company prefix, serial reference, check digit.</summary>
    public static Gs1Key Sscc(string companyPrefix, long serialReference, char extension = '0') =>
        new(Gs1CheckDigit.Append(extension + companyPrefix + Padded(serialReference, 16 - companyPrefix.Length)), companyPrefix.Length);

    /// <summary>The company prefix.</summary>
    public string CompanyPrefix(int offset = 0) => Digits.Substring(offset, CompanyPrefixLength);

    private static string Padded(long value, int width)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (text.Length > width) throw new ArgumentOutOfRangeException(nameof(value), value, $"does not fit in {width} digits");
        return text.PadLeft(width, '0');
    }
}
