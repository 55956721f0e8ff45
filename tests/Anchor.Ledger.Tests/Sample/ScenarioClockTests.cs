using Anchor.Ledger.Sample;
using Xunit;

namespace Anchor.Ledger.Tests.Sample;

/// <summary>The written-out daylight-saving rules, at the 2026 changes.</summary>
public class ScenarioClockTests
{
    private static DateTime Utc(string s) => DateTime.SpecifyKind(DateTime.Parse(s, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

    [Theory]
    // EU 2026: summer time 29 March 01:00 UTC to 25 October 01:00 UTC.
    [InlineData("EU+1", "2026-03-29T00:59:00", 1)]
    [InlineData("EU+1", "2026-03-29T01:00:00", 2)]
    [InlineData("EU+1", "2026-10-25T00:59:00", 2)]
    [InlineData("EU+1", "2026-10-25T01:00:00", 1)]
    // US Eastern 2026: 8 March 07:00 UTC to 1 November 06:00 UTC.
    [InlineData("US-5", "2026-03-08T06:59:00", -5)]
    [InlineData("US-5", "2026-03-08T07:00:00", -4)]
    [InlineData("US-5", "2026-11-01T05:59:00", -4)]
    [InlineData("US-5", "2026-11-01T06:00:00", -5)]
    // New Zealand 2026: daylight time ends 5 April, starts 27 September (14:00 UTC the day before).
    [InlineData("NZ", "2026-04-04T13:59:00", 13)]
    [InlineData("NZ", "2026-04-04T14:00:00", 12)]
    [InlineData("NZ", "2026-09-26T13:59:00", 12)]
    [InlineData("NZ", "2026-09-26T14:00:00", 13)]
    public void Offsets_change_at_the_2026_transitions(string zone, string utc, int hours)
    {
        var rule = zone switch
        {
            "EU+1" => UtcOffsetRule.EuropeanUnion(1),
            "US-5" => UtcOffsetRule.UnitedStates(-5),
            _ => UtcOffsetRule.NewZealand,
        };

        Assert.Equal(TimeSpan.FromHours(hours), rule.OffsetAt(Utc(utc)));
    }

    [Fact]
    public void Local_times_round_trip_and_offsets_are_written_as_epcis_wants()
    {
        var india = UtcOffsetRule.Fixed(5, 30);
        var utc = india.UtcOf(new DateOnly(2026, 6, 1), TimeSpan.FromHours(17));

        Assert.Equal(Utc("2026-06-01T11:30:00"), utc);
        Assert.Equal("2026-06-01T17:00:00.0000000+05:30", india.Local(utc).ToString("O"));
        Assert.Equal("+05:30", EpcisEventWriter.Offset(TimeSpan.FromMinutes(330)));
        Assert.Equal("-05:00", EpcisEventWriter.Offset(TimeSpan.FromHours(-5)));
        Assert.Equal("+00:00", EpcisEventWriter.Offset(TimeSpan.Zero));
    }

    [Fact]
    public void Event_ids_are_version_8_uuids_unique_per_event_and_fixed_by_the_seed()
    {
        var ids = new SampleEventIds(7);
        var all = new HashSet<string>();
        for (var brand = 0; brand < 15; brand++)
        for (var batch = 0L; batch < 200; batch++)
        for (var ordinal = 0; ordinal < 14; ordinal++)
        {
            Assert.True(all.Add(ids.For(brand, batch, ordinal)));
        }

        Assert.Equal(new SampleEventIds(7).For(3, 99, 2), ids.For(3, 99, 2));
        Assert.NotEqual(new SampleEventIds(8).For(3, 99, 2), ids.For(3, 99, 2));
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", ids.For(14, (1L << 42) - 1, 65535));
        Assert.Throws<ArgumentOutOfRangeException>(() => ids.For(16, 0, 0));
    }
}
