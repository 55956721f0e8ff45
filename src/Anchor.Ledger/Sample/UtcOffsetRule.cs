namespace Anchor.Ledger.Sample;

/// <summary>
/// The UTC offset in force at a place at a given moment. The rules are written out rather than
/// read from the machine's time-zone database, so that the output does not change with the host.
/// </summary>
internal abstract class UtcOffsetRule
{
    /// <summary>The offset in force at <paramref name="utc"/>.</summary>
    public abstract TimeSpan OffsetAt(DateTime utc);

    /// <summary><paramref name="utc"/> as a local time with its offset.</summary>
    public DateTimeOffset Local(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(OffsetAt(utc));

    /// <summary>The UTC instant of local <paramref name="date"/> at <paramref name="timeOfDay"/>.</summary>
    public DateTime UtcOf(DateOnly date, TimeSpan timeOfDay)
    {
        var wall = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) + timeOfDay;
        return wall - OffsetAt(wall - OffsetAt(wall));
    }

    /// <summary>A place without daylight saving time.</summary>
    public static UtcOffsetRule Fixed(int hours, int minutes = 0) => new FixedOffset(new TimeSpan(hours, minutes, 0));

    /// <summary>EU rules: summer time from the last Sunday of March to the last Sunday of October, 01:00 UTC.</summary>
    public static UtcOffsetRule EuropeanUnion(int standardHours) => new EuropeanSummerTime(TimeSpan.FromHours(standardHours));

    /// <summary>US rules: daylight time from the second Sunday of March to the first Sunday of November, 02:00 local.</summary>
    public static UtcOffsetRule UnitedStates(int standardHours) => new UnitedStatesDaylightTime(TimeSpan.FromHours(standardHours));

    /// <summary>New Zealand: +13:00 from the last Sunday of September to the first Sunday of April, else +12:00.</summary>
    public static UtcOffsetRule NewZealand { get; } = new NewZealandDaylightTime();

    private static DateTime LastSunday(int year, int month)
    {
        var day = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Utc);
        return day.AddDays(-(int)day.DayOfWeek);
    }

    private static DateTime NthSunday(int year, int month, int n)
    {
        var first = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc);
        return first.AddDays((7 - (int)first.DayOfWeek) % 7 + 7 * (n - 1));
    }

    private sealed class FixedOffset(TimeSpan offset) : UtcOffsetRule
    {
        public override TimeSpan OffsetAt(DateTime utc) => offset;
    }

    private sealed class EuropeanSummerTime(TimeSpan standard) : UtcOffsetRule
    {
        public override TimeSpan OffsetAt(DateTime utc)
        {
            var start = LastSunday(utc.Year, 3).AddHours(1);
            var end = LastSunday(utc.Year, 10).AddHours(1);
            return utc >= start && utc < end ? standard + TimeSpan.FromHours(1) : standard;
        }
    }

    private sealed class UnitedStatesDaylightTime(TimeSpan standard) : UtcOffsetRule
    {
        public override TimeSpan OffsetAt(DateTime utc)
        {
            var start = NthSunday(utc.Year, 3, 2).AddHours(2) - standard;
            var end = NthSunday(utc.Year, 11, 1).AddHours(2) - (standard + TimeSpan.FromHours(1));
            return utc >= start && utc < end ? standard + TimeSpan.FromHours(1) : standard;
        }
    }

    private sealed class NewZealandDaylightTime : UtcOffsetRule
    {
        public override TimeSpan OffsetAt(DateTime utc)
        {
            // Both changes fall at 14:00 UTC on the Saturday before the local Sunday.
            var daylightEnds = NthSunday(utc.Year, 4, 1).AddHours(-10);
            var daylightStarts = LastSunday(utc.Year, 9).AddHours(-10);
            return utc < daylightEnds || utc >= daylightStarts ? TimeSpan.FromHours(13) : TimeSpan.FromHours(12);
        }
    }
}
