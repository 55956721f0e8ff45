using Anchor.Ledger.ColdChain;
using Xunit;
using static Anchor.Ledger.Tests.ColdChain.EventBuilder;

namespace Anchor.Ledger.Tests.ColdChain;

/// <summary>Readings, extremes, excursions and time outside, each computed by hand from the readings.</summary>
public class ColdChainAnalyzerTests
{
    private static DateTimeOffset At(string time) => DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void No_events_and_events_without_sensors_are_no_data()
    {
        var noSensors = Parse("""
            {"type":"ObjectEvent","eventTime":"2026-05-10T12:00:00+08:00","eventTimeZoneOffset":"+08:00","action":"OBSERVE",
             "quantityList":[{"epcClass":"urn:epc:class:lgtin:9521001.012345.L1"}]}
            """);

        foreach (var events in new[] { Array.Empty<System.Text.Json.JsonElement>(), [noSensors] })
        {
            var summary = ColdChainAnalyzer.Summarize(events, TemperatureBand.Default);

            Assert.Equal(ColdChainVerdict.NoData, summary.Verdict);
            Assert.Equal(0, summary.Readings);
            Assert.Null(summary.MinCelsius);
            Assert.Null(summary.MaxCelsius);
            Assert.Null(summary.FirstObservation);
            Assert.Equal(TimeSpan.Zero, summary.TimeOutside);
            Assert.Empty(summary.Excursions);
        }
    }

    [Fact]
    public void Readings_inside_the_band_ends_included_are_within_range()
    {
        var evt = Shipping("urn:uuid:1",
            Reading("2026-05-10T10:00:00+08:00", 2.0m),
            Reading("2026-05-10T10:15:00+08:00", 5.5m),
            Reading("2026-05-10T10:30:00+08:00", 8.0m));

        var summary = ColdChainAnalyzer.Summarize([evt], TemperatureBand.Default);

        Assert.Equal(ColdChainVerdict.WithinRange, summary.Verdict);
        Assert.Equal(3, summary.Readings);
        Assert.Equal(2.0m, summary.MinCelsius);
        Assert.Equal(8.0m, summary.MaxCelsius);
        Assert.Equal(At("2026-05-10T10:00:00+08:00"), summary.FirstObservation);
        Assert.Equal(At("2026-05-10T10:30:00+08:00"), summary.LastObservation);
        Assert.Equal(TimeSpan.Zero, summary.TimeOutside);
    }

    [Fact]
    public void An_excursion_runs_from_the_first_reading_outside_to_the_next_reading_back_inside()
    {
        // 10:15 and 10:30 are above 8 °C, 10:45 is back inside: above for [10:15, 10:45] = 30 min.
        // 11:00 is below 2 °C and 11:15 inside: below for [11:00, 11:15] = 15 min.
        var evt = Shipping("urn:uuid:1",
            Reading("2026-05-10T10:00:00+08:00", 5.0m),
            Reading("2026-05-10T10:15:00+08:00", 8.5m),
            Reading("2026-05-10T10:30:00+08:00", 9.2m),
            Reading("2026-05-10T10:45:00+08:00", 7.0m),
            Reading("2026-05-10T11:00:00+08:00", 1.5m),
            Reading("2026-05-10T11:15:00+08:00", 3.0m));

        var summary = ColdChainAnalyzer.Summarize([evt], TemperatureBand.Default);

        Assert.Equal(ColdChainVerdict.Excursion, summary.Verdict);
        Assert.Equal(6, summary.Readings);
        Assert.Equal(1.5m, summary.MinCelsius);
        Assert.Equal(9.2m, summary.MaxCelsius);
        Assert.Equal(TimeSpan.FromMinutes(45), summary.TimeOutside);
        Assert.Collection(summary.Excursions,
            above =>
            {
                Assert.Equal(ExcursionDirection.Above, above.Direction);
                Assert.Equal(At("2026-05-10T10:15:00+08:00"), above.Start);
                Assert.Equal(At("2026-05-10T10:45:00+08:00"), above.End);
                Assert.Equal(TimeSpan.FromMinutes(30), above.Duration);
                Assert.Equal(9.2m, above.PeakCelsius);
                Assert.Equal(2, above.Readings);
                Assert.Equal(ExcursionEvidence.Readings, above.Evidence);
            },
            below =>
            {
                Assert.Equal(ExcursionDirection.Below, below.Direction);
                Assert.Equal(At("2026-05-10T11:00:00+08:00"), below.Start);
                Assert.Equal(At("2026-05-10T11:15:00+08:00"), below.End);
                Assert.Equal(1.5m, below.PeakCelsius);
                Assert.Equal(1, below.Readings);
            });
    }

    [Fact]
    public void A_jump_from_above_to_below_ends_one_excursion_and_starts_the_other()
    {
        var evt = Shipping("urn:uuid:1",
            Reading("2026-05-10T10:00:00Z", 9.0m),
            Reading("2026-05-10T10:20:00Z", 1.0m),
            Reading("2026-05-10T10:30:00Z", 4.0m));

        var summary = ColdChainAnalyzer.Summarize([evt], TemperatureBand.Default);

        Assert.Collection(summary.Excursions,
            e => Assert.Equal((ExcursionDirection.Above, TimeSpan.FromMinutes(20)), (e.Direction, e.Duration)),
            e => Assert.Equal((ExcursionDirection.Below, TimeSpan.FromMinutes(10)), (e.Direction, e.Duration)));
        Assert.Equal(TimeSpan.FromMinutes(30), summary.TimeOutside);
    }

    [Fact]
    public void Unsorted_readings_spread_over_several_events_with_duplicates_give_the_same_summary()
    {
        // The readings of the previous test, split over two shipping events, shuffled, with the
        // 10:30 reading repeated in both events and offsets written differently.
        var first = Shipping("urn:uuid:1",
            Reading("2026-05-10T03:00:00Z", 1.5m),
            Reading("2026-05-10T10:30:00+08:00", 9.2m),
            Reading("2026-05-10T10:00:00+08:00", 5.0m));
        var second = Shipping("urn:uuid:2",
            Reading("2026-05-10T11:15:00+08:00", 3.0m),
            Reading("2026-05-10T02:30:00Z", 9.2m),
            Reading("2026-05-10T10:45:00+08:00", 7.0m),
            Reading("2026-05-10T10:15:00+08:00", 8.5m));

        var summary = ColdChainAnalyzer.Summarize([second, first], TemperatureBand.Default);

        Assert.Equal(6, summary.Readings);
        Assert.Equal(TimeSpan.FromMinutes(45), summary.TimeOutside);
        Assert.Equal(2, summary.Excursions.Count);
        Assert.Equal(At("2026-05-10T10:15:00+08:00"), summary.Excursions[0].Start);
        Assert.Equal(At("2026-05-10T10:45:00+08:00"), summary.Excursions[0].End);
        Assert.Equal(At("2026-05-10T11:00:00+08:00"), summary.Excursions[1].Start);
    }

    [Fact]
    public void A_single_reading_outside_is_an_excursion_of_no_known_length()
    {
        var evt = Shipping("urn:uuid:1", Reading("2026-05-10T10:00:00+08:00", 12.5m));

        var summary = ColdChainAnalyzer.Summarize([evt], TemperatureBand.Default);

        Assert.Equal(ColdChainVerdict.Excursion, summary.Verdict);
        var excursion = Assert.Single(summary.Excursions);
        Assert.Equal(excursion.Start, excursion.End);
        Assert.Equal(ExcursionEvidence.ReadingsUnclosed, excursion.Evidence);
        Assert.Equal(TimeSpan.Zero, summary.TimeOutside);
    }

    [Fact]
    public void An_excursion_still_open_at_the_last_reading_ends_there()
    {
        var evt = Shipping("urn:uuid:1",
            Reading("2026-05-10T10:00:00+08:00", 6.0m),
            Reading("2026-05-10T10:30:00+08:00", 8.1m),
            Reading("2026-05-10T11:10:00+08:00", 10.4m));

        var summary = ColdChainAnalyzer.Summarize([evt], TemperatureBand.Default);

        var excursion = Assert.Single(summary.Excursions);
        Assert.Equal(At("2026-05-10T10:30:00+08:00"), excursion.Start);
        Assert.Equal(At("2026-05-10T11:10:00+08:00"), excursion.End);
        Assert.Equal(10.4m, excursion.PeakCelsius);
        Assert.Equal(ExcursionEvidence.ReadingsUnclosed, excursion.Evidence);
        Assert.Equal(TimeSpan.FromMinutes(40), summary.TimeOutside);
    }

    [Fact]
    public void Two_loggers_at_the_same_instant_are_outside_if_either_is()
    {
        var evt = Shipping("urn:uuid:1",
            """{"type":"Temperature","time":"2026-05-10T10:00:00Z","value":5.0,"uom":"CEL","deviceID":"urn:epc:id:giai:9521001.A"}""",
            """{"type":"Temperature","time":"2026-05-10T10:00:00Z","value":8.4,"uom":"CEL","deviceID":"urn:epc:id:giai:9521001.B"}""",
            """{"type":"Temperature","time":"2026-05-10T10:10:00Z","value":5.1,"uom":"CEL","deviceID":"urn:epc:id:giai:9521001.A"}""",
            """{"type":"Temperature","time":"2026-05-10T10:10:00Z","value":5.1,"uom":"CEL","deviceID":"urn:epc:id:giai:9521001.B"}""");

        var summary = ColdChainAnalyzer.Summarize([evt], TemperatureBand.Default);

        Assert.Equal(4, summary.Readings);
        var excursion = Assert.Single(summary.Excursions);
        Assert.Equal(TimeSpan.FromMinutes(10), excursion.Duration);
        Assert.Equal(8.4m, excursion.PeakCelsius);
    }

    [Fact]
    public void A_reading_takes_its_time_from_the_report_then_the_sensor_metadata_then_the_event()
    {
        var evt = WithElements("urn:uuid:1",
            """{"sensorMetadata":{"time":"2026-05-10T09:00:00+08:00"},"sensorReport":[{"type":"gs1:Temperature","value":9.0,"uom":"CEL"}]}""",
            """{"sensorMetadata":{"time":"2026-05-10T09:30:00+08:00"},"sensorReport":[{"type":"gs1:Temperature","time":"2026-05-10T10:00:00+08:00","value":4.0,"uom":"CEL"}]}""",
            """{"sensorReport":[{"type":"gs1:Temperature","value":4.5,"uom":"CEL"}]}""");

        var summary = ColdChainAnalyzer.Summarize([evt], TemperatureBand.Default);

        // 09:00 (metadata) is above; 10:00 (report's own time, not the metadata's 09:30) ends it;
        // the third reading sits at the event's time, 12:00.
        var excursion = Assert.Single(summary.Excursions);
        Assert.Equal(At("2026-05-10T09:00:00+08:00"), excursion.Start);
        Assert.Equal(At("2026-05-10T10:00:00+08:00"), excursion.End);
        Assert.Equal(At("2026-05-10T12:00:00+08:00"), summary.LastObservation);
        Assert.Equal(3, summary.Readings);
    }

    [Fact]
    public void Summaries_are_the_same_whatever_the_order_of_the_entries()
    {
        var a = Shipping("urn:uuid:a", Reading("2026-05-10T10:00:00Z", 9.5m), Reading("2026-05-10T10:20:00Z", 5m));
        var b = Shipping("urn:uuid:b", Reading("2026-05-10T10:10:00Z", 10.5m), Reading("2026-05-10T10:40:00Z", 1m));

        var ab = ColdChainAnalyzer.Summarize([a, b], TemperatureBand.Default);
        var ba = ColdChainAnalyzer.Summarize([b, a], TemperatureBand.Default);

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(ab), System.Text.Json.JsonSerializer.Serialize(ba));
        Assert.Equal(TimeSpan.FromMinutes(20), ab.TimeOutside);
    }
}
