using System.Globalization;

namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// The JSON Schema <c>"format": "date-time"</c>: an RFC 3339 date-time, which must carry its time
/// zone (<c>Z</c> or <c>±hh:mm</c>): <c>2026-05-11T08:30:00.123+08:00</c>. Fractions of any length
/// are accepted and kept to .NET's 100 ns resolution. Leap seconds (<c>:60</c>) and offsets
/// beyond ±14:00 are rejected, because no <see cref="DateTimeOffset"/> can hold them.
/// </summary>
internal static class Rfc3339DateTime
{
    /// <summary>An example that error messages show.</summary>
    public const string Example = "2026-05-11T08:30:00.000+08:00";

    /// <summary>Parses <paramref name="text"/>; false if it is not an RFC 3339 date-time.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        // yyyy-MM-ddTHH:mm:ss then optional .fraction then Z or ±HH:MM
        if (text.Length < 20 || text[4] != '-' || text[7] != '-' || text[10] is not ('T' or 't') ||
            text[13] != ':' || text[16] != ':')
        {
            return false;
        }
        if (!TryDigits(text[..4], out var year) || !TryDigits(text[5..7], out var month) ||
            !TryDigits(text[8..10], out var day) || !TryDigits(text[11..13], out var hour) ||
            !TryDigits(text[14..16], out var minute) || !TryDigits(text[17..19], out var second))
        {
            return false;
        }
        var position = 19;
        long fractionTicks = 0;
        if (text[position] == '.')
        {
            var digits = text[(position + 1)..].IndexOfAnyExceptInRange('0', '9');
            if (digits <= 0)
            {
                return false;
            }
            fractionTicks = FractionToTicks(text.Slice(position + 1, digits));
            position += 1 + digits;
        }
        if (!TryOffset(text[position..], out var offset))
        {
            return false;
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) ||
            hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        try
        {
            value = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(fractionTicks);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // before year 1 or after 9999 once converted to UTC
        }
    }

    private static bool TryOffset(ReadOnlySpan<char> text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text is "Z" or "z")
        {
            return true;
        }
        if (text.Length != 6 || text[0] is not ('+' or '-') || text[3] != ':' ||
            !TryDigits(text[1..3], out var hours) || !TryDigits(text[4..6], out var minutes) ||
            minutes > 59 || hours * 60 + minutes > 14 * 60)
        {
            return false;
        }
        offset = new TimeSpan(hours, minutes, 0);
        if (text[0] == '-')
        {
            offset = -offset;
        }
        return true;
    }

    private static long FractionToTicks(ReadOnlySpan<char> digits)
    {
        // Seven digits are 100 ns ticks; further digits are below .NET's resolution.
        Span<char> padded = stackalloc char[7];
        padded.Fill('0');
        digits[..Math.Min(7, digits.Length)].CopyTo(padded);
        return long.Parse(padded, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
