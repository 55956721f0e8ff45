using Anchor.Ledger.Epcis.Validation;
using Xunit;

namespace Anchor.Ledger.Tests.Epcis.Validation;

public sealed class Rfc3339DateTimeTests
{
    [Theory]
    [InlineData("2026-05-11T08:30:00+08:00", "2026-05-11T00:30:00.0000000+00:00")]
    [InlineData("2026-05-11t08:30:00z", "2026-05-11T08:30:00.0000000+00:00")]
    [InlineData("2005-04-03T20:33:31.116000-06:00", "2005-04-04T02:33:31.1160000+00:00")]
    [InlineData("2023-02-02T11:04:03.14159265358Z", "2023-02-02T11:04:03.1415926+00:00")]
    [InlineData("2024-02-29T23:59:59-14:00", "2024-03-01T13:59:59.0000000+00:00")]
    [InlineData("0001-01-01T00:00:00Z", "0001-01-01T00:00:00.0000000+00:00")]
    public void RFC_3339_date_times_parse(string text, string utc)
    {
        Assert.True(Rfc3339DateTime.TryParse(text, out var value));
        Assert.Equal(utc, value.ToUniversalTime().ToString("o"));
    }

    [Fact]
    public void The_offset_is_kept()
    {
        Assert.True(Rfc3339DateTime.TryParse("2026-05-11T08:30:00.5+05:45", out var value));
        Assert.Equal(new TimeSpan(5, 45, 0), value.Offset);
    }

    [Theory]
    [InlineData("2026-05-11T08:30:00")]          // no time zone
    [InlineData("2026-05-11 08:30:00Z")]         // space for T
    [InlineData("2026-05-11T08:30Z")]            // no seconds
    [InlineData("2026-05-11T08:30:00.Z")]        // empty fraction
    [InlineData("2026-02-30T08:30:00Z")]         // no such day
    [InlineData("2025-02-29T08:30:00Z")]         // not a leap year
    [InlineData("2026-13-01T08:30:00Z")]
    [InlineData("2026-05-11T24:00:00Z")]
    [InlineData("2016-12-31T23:59:60Z")]         // a leap second cannot be held
    [InlineData("2026-05-11T08:30:00+15:00")]    // beyond ±14:00
    [InlineData("2026-05-11T08:30:00+0800")]
    [InlineData("2026-05-11T08:30:00+8:00")]
    [InlineData("0001-01-01T00:00:00+01:00")]    // before year 1 in UTC
    [InlineData("+2026-05-11T08:30:00Z")]
    [InlineData("２０２６-05-11T08:30:00Z")]     // full-width digits
    public void Other_strings_do_not(string text) => Assert.False(Rfc3339DateTime.TryParse(text, out _));
}
