using Anchor.Ledger.ColdChain;
using Xunit;
using static Anchor.Ledger.Tests.ColdChain.EventBuilder;

namespace Anchor.Ledger.Tests.ColdChain;

/// <summary>Which reports count, in which unit, and how interval (minimum/maximum) reports count.</summary>
public class SensorReportRulesTests
{
    private static DateTimeOffset At(string time) => DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(46.4, "FAH", 8.0)]     // (46.4 - 32) * 5 / 9 = 8 exactly
    [InlineData(40.46, "FAH", 4.7)]
    [InlineData(48.2, "FAH", 9.0)]
    [InlineData(275.15, "KEL", 2.0)]
    [InlineData(274.15, "KEL", 1.0)]
    [InlineData(47.0, "FAH", 8.333)]   // 8.3333… rounded to 0.001 °C
    [InlineData(5.5, "CEL", 5.5)]
    public void Fahrenheit_and_kelvin_are_converted_to_celsius(decimal value, string uom, decimal celsius)
    {
        var evt = Shipping("urn:uuid:1", Reading("2026-05-10T10:00:00Z", value, uom));

        var summary = ColdChainAnalyzer.Summarize([evt], TemperatureBand.Default);

        Assert.Equal(1, summary.Readings);
        Assert.Equal(celsius, summary.MinCelsius);
        Assert.Equal(celsius > 8m || celsius < 2m ? ColdChainVerdict.Excursion : ColdChainVerdict.WithinRange, summary.Verdict);
    }

    [Fact]
    public void Reports_in_another_unit_without_a_unit_or_without_a_value_are_ignored_and_counted()
    {
        var evt = Shipping("urn:uuid:1",
            Reading("2026-05-10T10:00:00Z", 30m, "A93"),
            """{"type":"gs1:Temperature","time":"2026-05-10T10:05:00Z","value":30.0}""",
            """{"type":"gs1:Temperature","time":"2026-05-10T10:10:00Z","uom":"CEL"}""",
            """{"type":"Temperature","exception":"ALARM_CONDITION","booleanValue":true}""",
            """{"type":"gs1:Temperature","time":"not a time","value":30.0,"uom":"CEL"}""",
            """{"type":"gs1:Temperature","time":"2026-05-10T10:20:00","value":30.0,"uom":"CEL"}""",
            Reading("2026-05-10T10:30:00Z", 5m));

        var summary = ColdChainAnalyzer.Summarize([evt], TemperatureBand.Default);

        Assert.Equal(1, summary.Readings);
        Assert.Equal(6, summary.IgnoredReports);
        Assert.Equal(ColdChainVerdict.WithinRange, summary.Verdict);
    }

    [Theory]
    [InlineData("Temperature", true)]
    [InlineData("gs1:Temperature", true)]
    [InlineData("https://gs1.org/voc/Temperature", true)]
    [InlineData("g:Temperature", true)]      // "g" is mapped to the GS1 vocabulary by the event's @context
    [InlineData("temp", true)]               // a term the event's @context maps to the full IRI
    [InlineData("example:Temperature", false)]
    [InlineData("AbsoluteHumidity", false)]
    [InlineData("gs1:RelativeHumidity", false)]
    public void Temperature_is_recognised_in_every_json_ld_form(string type, bool counted)
    {
        var evt = Parse($$"""
            {
              "@context": [{"g": "https://gs1.org/voc/", "temp": {"@id": "https://gs1.org/voc/Temperature"},
                            "example": "https://ns.example.com/"}],
              "type": "ObjectEvent", "eventTime": "2026-05-10T12:00:00Z", "eventTimeZoneOffset": "+00:00",
              "action": "OBSERVE", "epcList": [],
              "sensorElementList": [{"sensorReport": [{{Reading("2026-05-10T10:00:00Z", 3m, type: type)}}]}]
            }
            """);

        var summary = ColdChainAnalyzer.Summarize([evt], TemperatureBand.Default);

        Assert.Equal(counted ? 1 : 0, summary.Readings);
    }

    [Fact]
    public void An_interval_report_alone_outside_the_band_counts_its_whole_interval()
    {
        var evt = WithElements("urn:uuid:1", """
            {"sensorMetadata": {"startTime": "2026-05-10T08:00:00+08:00", "endTime": "2026-05-10T11:30:00+08:00"},
             "sensorReport": [{"type": "gs1:Temperature", "minValue": 3.1, "maxValue": 9.6, "meanValue": 5.0, "uom": "CEL"}]}
            """);

        var summary = ColdChainAnalyzer.Summarize([evt], TemperatureBand.Default);

        Assert.Equal(0, summary.Readings);
        Assert.Equal(1, summary.IntervalReports);
        Assert.Equal(3.1m, summary.MinCelsius);
        Assert.Equal(9.6m, summary.MaxCelsius);
        var excursion = Assert.Single(summary.Excursions);
        Assert.Equal(ExcursionEvidence.IntervalReport, excursion.Evidence);
        Assert.Equal(At("2026-05-10T08:00:00+08:00"), excursion.Start);
        Assert.Equal(At("2026-05-10T11:30:00+08:00"), excursion.End);
        Assert.Equal(9.6m, excursion.PeakCelsius);
        Assert.Equal(TimeSpan.FromMinutes(210), summary.TimeOutside);
    }

    [Fact]
    public void An_interval_report_corroborated_by_point_readings_adds_no_excursion()
    {
        var evt = WithElements("urn:uuid:1",
            $$"""{"sensorReport": [{{Reading("2026-05-10T09:00:00+08:00", 5m)}}, {{Reading("2026-05-10T09:30:00+08:00", 9.6m)}}, {{Reading("2026-05-10T10:00:00+08:00", 6m)}}]}""",
            """
            {"sensorMetadata": {"startTime": "2026-05-10T09:00:00+08:00", "endTime": "2026-05-10T10:00:00+08:00"},
             "sensorReport": [{"type": "gs1:Temperature", "minValue": 5.0, "maxValue": 9.6, "uom": "CEL"}]}
            """);

        var summary = ColdChainAnalyzer.Summarize([evt], TemperatureBand.Default);

        Assert.Equal(3, summary.Readings);
        Assert.Equal(1, summary.IntervalReports);
        var excursion = Assert.Single(summary.Excursions);
        Assert.Equal(ExcursionEvidence.Readings, excursion.Evidence);
        Assert.Equal(TimeSpan.FromMinutes(30), summary.TimeOutside);
    }

    [Fact]
    public void Overlapping_excursions_count_once_in_the_time_outside()
    {
        // Points: above for [09:30, 10:00]. Interval report: below 2 °C somewhere in [09:00, 11:00].
        // Union: [09:00, 11:00] = 120 min, not 30 + 120.
        var evt = WithElements("urn:uuid:1",
            $$"""{"sensorReport": [{{Reading("2026-05-10T09:30:00Z", 9m)}}, {{Reading("2026-05-10T10:00:00Z", 6m)}}]}""",
            """
            {"sensorMetadata": {"startTime": "2026-05-10T09:00:00Z", "endTime": "2026-05-10T11:00:00Z"},
             "sensorReport": [{"type": "gs1:Temperature", "minValue": 1.2, "maxValue": 9.0, "uom": "CEL"}]}
            """);

        var summary = ColdChainAnalyzer.Summarize([evt], TemperatureBand.Default);

        Assert.Equal(2, summary.Excursions.Count);
        Assert.Equal(TimeSpan.FromMinutes(120), summary.TimeOutside);
    }
}

/// <summary>
/// The parts of docs/cold-chain.md §5 that make a whole report unusable rather than partly read,
/// as the JavaScript verifier reads them too: a report counts whole or is an ignored gap.
/// </summary>
public class UnusableReportTests
{
    [Theory]
    [InlineData("""{"type":"gs1:Temperature","value":5.0,"uom":"CEL","time":"2026-05-10T10:00Z"}""")]
    [InlineData("""{"type":"gs1:Temperature","value":5.0,"uom":"CEL","time":"2026-05-10T10:00:00+0800"}""")]
    [InlineData("""{"type":"gs1:Temperature","value":5.0,"uom":"CEL","time":"2026-05-10T10:00:00"}""")]
    [InlineData("""{"type":"gs1:Temperature","value":5.0,"uom":"CEL","time":1746871200}""")]
    [InlineData("""{"type":"gs1:Temperature","value":"5.0","uom":"CEL","time":"2026-05-10T10:00:00Z"}""")]
    public void A_report_with_an_unreadable_time_or_a_value_that_is_not_a_number_is_ignored_not_moved(string report)
    {
        // The event's own time would be a readable fallback; taking it would move the reading.
        var evt = EventBuilder.Parse($$"""
            {"type":"ObjectEvent","eventTime":"2026-05-10T12:00:00+08:00","eventTimeZoneOffset":"+08:00","action":"OBSERVE",
             "sensorElementList":[{"sensorReport":[{{report}}]}]}
            """);

        var summary = ColdChainAnalyzer.Summarize([evt], TemperatureBand.Default);

        Assert.Equal(0, summary.Readings);
        Assert.Equal(1, summary.IgnoredReports);
        Assert.Equal(ColdChainVerdict.NoData, summary.Verdict);
    }

    [Fact]
    public void Unreadable_interval_bounds_make_the_report_ignored_but_a_reversed_interval_gives_points()
    {
        var unreadable = EventBuilder.Parse("""
            {"type":"ObjectEvent","eventTime":"2026-05-10T12:00:00+08:00","eventTimeZoneOffset":"+08:00","action":"OBSERVE",
             "sensorElementList":[{"sensorMetadata":{"startTime":"2026-05-10 10:00","endTime":"2026-05-10T11:00:00Z"},
                                   "sensorReport":[{"type":"gs1:Temperature","minValue":3,"maxValue":9,"uom":"CEL"}]}]}
            """);
        var reversed = EventBuilder.Parse("""
            {"type":"ObjectEvent","eventTime":"2026-05-10T12:00:00+08:00","eventTimeZoneOffset":"+08:00","action":"OBSERVE",
             "sensorElementList":[{"sensorMetadata":{"startTime":"2026-05-10T11:00:00Z","endTime":"2026-05-10T10:00:00Z","time":"2026-05-10T10:30:00Z"},
                                   "sensorReport":[{"type":"gs1:Temperature","minValue":3,"maxValue":9,"uom":"CEL"}]}]}
            """);

        var ignored = ColdChainAnalyzer.Summarize([unreadable], TemperatureBand.Default);
        var points = ColdChainAnalyzer.Summarize([reversed], TemperatureBand.Default);

        Assert.Equal((0, 0, 1), (ignored.Readings, ignored.IntervalReports, ignored.IgnoredReports));
        Assert.Equal((2, 0, 0), (points.Readings, points.IntervalReports, points.IgnoredReports));
        Assert.Equal(9m, points.MaxCelsius);
    }
}
