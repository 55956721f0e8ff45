using System.Globalization;

namespace Anchor.Ledger.Epcis.Hashing;

/// <summary>
/// Writes a timestamp the way CBV 2.0 wants it in the pre-hash string: in UTC, with the zero
/// offset written 'Z', and with exactly millisecond precision (<c>2023-02-02T11:04:03.142Z</c>).
/// </summary>
/// <remarks>
/// Missing milliseconds are zero-filled. Beyond three decimals, CBV 2.0 rounds the third decimal
/// up when the fourth is 5–9 and leaves it otherwise, whatever follows: <c>.1415</c> becomes
/// <c>.142</c>, <c>.14149</c> becomes <c>.141</c>. A round-up may carry into the seconds and
/// beyond (<c>23:59:59.9995Z</c> becomes the next day's <c>00:00:00.000Z</c>).
/// A value without an offset is left as given: its instant is unknown, and guessing the machine's
/// time zone (as the reference implementation does) would make the hash depend on the machine.
/// </remarks>
internal static class TimestampCanonicaliser
{
    private const string CanonicalFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'";

    /// <summary>
    /// Converts an xsd:dateTimeStamp (<c>YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)</c>) to the
    /// canonical form; returns false, leaving the caller to keep the text, for anything else.
    /// </summary>
    public static bool TryCanonicalise(string text, out string canonical)
    {
        canonical = text;
        var s = text.AsSpan();
        if (s.Length < 20
            || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't') || s[13] != ':' || s[16] != ':'
            || !TryDigits(s[..4], out var year) || !TryDigits(s.Slice(5, 2), out var month)
            || !TryDigits(s.Slice(8, 2), out var day) || !TryDigits(s.Slice(11, 2), out var hour)
            || !TryDigits(s.Slice(14, 2), out var minute) || !TryDigits(s.Slice(17, 2), out var second))
        {
            return false;
        }
        s = s[19..];
        var fraction = ReadOnlySpan<char>.Empty;
        if (s.Length > 0 && s[0] == '.')
        {
            var length = 1;
            while (length < s.Length && char.IsAsciiDigit(s[length]))
            {
                length++;
            }
            if (length == 1)
            {
                return false;
            }
            fraction = s[1..length];
            s = s[length..];
        }
        if (!TryParseOffset(s, out var offset))
        {
            return false;
        }
        if (!TryBuildLocalTime(year, month, day, hour, minute, second, fraction, out var local))
        {
            return false;
        }
        var utcTicks = local.Ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }
        canonical = new DateTime(utcTicks, DateTimeKind.Utc).ToString(CanonicalFormat, CultureInfo.InvariantCulture);
        return true;
    }

    private static bool TryBuildLocalTime(
        int year, int month, int day, int hour, int minute, int second, ReadOnlySpan<char> fraction, out DateTime local)
    {
        local = default;
        var milliseconds = 0;
        for (var i = 0; i < 3; i++)
        {
            milliseconds = milliseconds * 10 + (i < fraction.Length ? fraction[i] - '0' : 0);
        }
        var roundUp = fraction.Length > 3 && fraction[3] >= '5';
        // xsd:dateTime allows 24:00:00 for the end of a day, which is the next day's midnight.
        var endOfDay = hour == 24 && minute == 0 && second == 0 && !fraction.ContainsAnyExcept('0');
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || (hour > 23 && !endOfDay) || minute > 59 || second > 59)
        {
            return false;
        }
        try
        {
            local = new DateTime(year, month, day, endOfDay ? 0 : hour, minute, second, milliseconds, DateTimeKind.Unspecified)
                .AddDays(endOfDay ? 1 : 0)
                .AddMilliseconds(roundUp ? 1 : 0);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // 9999-12-31T24:00:00 and the like: beyond DateTime, kept verbatim.
        }
    }

    private static bool TryParseOffset(ReadOnlySpan<char> s, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (s is "Z" or "z")
        {
            return true;
        }
        if (s.Length != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':'
            || !TryDigits(s.Slice(1, 2), out var hours) || !TryDigits(s.Slice(4, 2), out var minutes)
            || hours > 14 || minutes > 59)
        {
            return false;
        }
        offset = new TimeSpan(hours, minutes, 0);
        if (s[0] == '-')
        {
            offset = -offset;
        }
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
