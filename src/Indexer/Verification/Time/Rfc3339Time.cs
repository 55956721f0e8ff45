using System.Globalization;
using System.Text.RegularExpressions;

namespace Anchor.Indexer.Verification;

/// <summary>An instant read from an RFC 3339 date-time: nanoseconds since 1970 UTC, and the offset it was written with.</summary>
/// <param name="Nanoseconds">Nanoseconds since 1970-01-01T00:00:00Z (128 bits: years 0000 to 9999 fit).</param>
/// <param name="OffsetMinutes">The written offset, for display.</param>
internal readonly record struct Rfc3339Instant(Int128 Nanoseconds, int OffsetMinutes)
{
    /// <summary>Whole seconds since 1970, truncated toward zero as JavaScript's BigInt division does.</summary>
    public long UnixSeconds => (long)(Nanoseconds / 1_000_000_000);
}

/// <summary>
/// RFC 3339 date-times with <c>Z</c> or a numeric offset, read exactly as the JavaScript verifier
/// reads them (src/verifier-js/lib/time.js): ASCII digits only, no leap second, nanoseconds kept,
/// digits beyond them dropped. A zone-less time is refused, so that nothing depends on the zone of
/// the machine verifying. DateTimeOffset is not used: it keeps 100 ns and accepts looser forms.
/// </summary>
internal static partial class Rfc3339Time
{
    private static readonly int[] DaysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]+))?(?:([Zz])|([+-])([0-9]{2}):([0-9]{2}))\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Reads <paramref name="text"/>; false for anything but a valid RFC 3339 date-time with a zone.</summary>
    public static bool TryParse(string? text, out Rfc3339Instant instant)
    {
        instant = default;
        if (text is null || text.Length > 64) return false;
        var m = Pattern().Match(text);
        if (!m.Success) return false;
        int N(int group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);
        var (year, month, day, hour, minute, second) = (N(1), N(2), N(3), N(4), N(5), N(6));
        if (month is < 1 or > 12 || day < 1 || day > DaysIn(year, month)) return false;
        if (hour > 23 || minute > 59 || second > 59) return false;
        var offsetMinutes = 0;
        if (!m.Groups[8].Success)
        {
            var (offsetHours, offsetMins) = (N(10), N(11));
            if (offsetHours > 23 || offsetMins > 59) return false;
            offsetMinutes = (m.Groups[9].Value == "-" ? -1 : 1) * (offsetHours * 60 + offsetMins);
        }
        var fractionDigits = (m.Groups[7].Value + "000000000")[..9];
        var fraction = long.Parse(fractionDigits, CultureInfo.InvariantCulture);
        var localSeconds = (Int128)DaysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second;
        instant = new Rfc3339Instant(localSeconds * 1_000_000_000 + fraction - (Int128)offsetMinutes * 60_000_000_000, offsetMinutes);
        return true;
    }

    /// <summary>Seconds since 1970 as an RFC 3339 UTC time, for messages: 2026-05-12T12:00:00Z.</summary>
    public static string FormatUnixSeconds(long seconds) =>
        seconds is >= -62_135_596_800 and <= 253_402_300_799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : $"{seconds} s after 1970";

    private static int DaysIn(int year, int month) =>
        month == 2 && (year % 4 == 0 && year % 100 != 0 || year % 400 == 0) ? 29 : DaysInMonth[month - 1];

    // Howard Hinnant's days_from_civil: proleptic Gregorian, day 0 = 1970-01-01 (as time.js).
    private static long DaysFromCivil(int y, int m, int d)
    {
        y -= m <= 2 ? 1 : 0;
        var era = (long)Math.Floor(y / 400.0);
        var yoe = y - era * 400;
        var doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        var doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }
}
