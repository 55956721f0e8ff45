using System.Globalization;

namespace Anchor.Ledger.ColdChain;

/// <summary>Reads EPCIS time stamps, which must carry a zone (xsd:dateTimeStamp).</summary>
internal static class EpcisTime
{
    /// <summary>
    /// Parses an ISO 8601 date-time with "Z" or an offset. A time without a zone is refused rather
    /// than read in the machine's zone, which would make the result depend on where it runs.
    /// </summary>
    public static bool TryParse(string? text, out DateTimeOffset time)
    {
        time = default;
        if (string.IsNullOrEmpty(text) || !text.Contains('T', StringComparison.Ordinal)) return false;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) ||
            parsed.Kind == DateTimeKind.Unspecified)
        {
            return false;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }
}
