using System.Text.Json;
using Anchor.Ledger.ColdChain;
using Anchor.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace Anchor.Ledger.Tests.ColdChain;

/// <summary>
/// GS1's published sensor-data examples (../shared/epcis/examples/SensorDataExample*.jsonld),
/// summarised against the 2–8 °C default band, with each expectation worked out by hand from the
/// example's text. When the folder is absent the test says so on its output and checks nothing.
/// </summary>
public class Gs1SensorExamplesTests(ITestOutputHelper output)
{
    public static TheoryData<string, int, int, int, string?, string?, ColdChainVerdict, string> Expectations => new()
    {
        // file, readings, interval reports, ignored, min, max, verdict, excursions as "direction evidence duration; …"
        // 1: three elements, each with sensorMetadata.time 14:05, 14:35, 14:55 and 26.0, 26.1, 26.2 °C: all above 8.
        { "SensorDataExample1.jsonld", 3, 0, 0, "26.0", "26.2", ColdChainVerdict.Excursion, "Above ReadingsUnclosed PT50M" },
        // 2: one min/max report over 13:55:01–14:55:00, 26.0–26.2 °C.
        { "SensorDataExample2.jsonld", 0, 1, 0, "26.0", "26.2", ColdChainVerdict.Excursion, "Above IntervalReport PT59M59S" },
        // 3: min/max 12.4–13.8 °C over 2019-04-01T15:00 to 2019-04-02T14:59:59.999.
        { "SensorDataExample3.jsonld", 0, 1, 0, "12.4", "13.8", ColdChainVerdict.Excursion, "Above IntervalReport PT23H59M59.999S" },
        // 4: one 26.0 °C value at sensorMetadata.time 14:55.
        { "SensorDataExample4.jsonld", 1, 0, 0, "26.0", "26.0", ColdChainVerdict.Excursion, "Above ReadingsUnclosed PT0S" },
        // 5: six reports with their own times, 14:05 to 14:55 every 10 minutes, 26.0 to 26.5 °C.
        { "SensorDataExample5.jsonld", 6, 0, 0, "26.0", "26.5", ColdChainVerdict.Excursion, "Above ReadingsUnclosed PT50M" },
        // 6: min/max 12.4–13.8 °C over the same day as 3; the other report is not a temperature.
        { "SensorDataExample6.jsonld", 0, 1, 0, "12.4", "13.8", ColdChainVerdict.Excursion, "Above IntervalReport PT23H59M59.999S" },
        // 7: one 26.0 °C value at sensorMetadata.time; the five other reports are not temperatures.
        { "SensorDataExample7.jsonld", 1, 0, 0, "26.0", "26.0", ColdChainVerdict.Excursion, "Above ReadingsUnclosed PT0S" },
        // 8: the min/max of 6, plus a Temperature report with a time but no value (ignored).
        { "SensorDataExample8.jsonld", 0, 1, 1, "12.4", "13.8", ColdChainVerdict.Excursion, "Above IntervalReport PT23H59M59.999S" },
        // 9: a Temperature report that carries only an ERROR_CONDITION exception.
        { "SensorDataExample9.jsonld", 0, 0, 1, null, null, ColdChainVerdict.NoData, "" },
    };

    [Theory]
    [MemberData(nameof(Expectations))]
    public void Gs1_sensor_examples_are_summarised_as_worked_out_by_hand(
        string file, int readings, int intervals, int ignored, string? min, string? max, ColdChainVerdict verdict, string excursions)
    {
        var path = Path.Combine(SharedEpcis.Examples, file);
        if (!File.Exists(path))
        {
            var note = $"SKIPPED (visibly): {path} is absent, so GS1's {file} was not checked";
            output.WriteLine(note);
            Console.WriteLine(note);
            return;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var events = document.RootElement.GetProperty("epcisBody").GetProperty("eventList").EnumerateArray().ToList();

        var summary = ColdChainAnalyzer.Summarize(events, TemperatureBand.Default);

        Assert.Equal(readings, summary.Readings);
        Assert.Equal(intervals, summary.IntervalReports);
        Assert.Equal(ignored, summary.IgnoredReports);
        Assert.Equal(min is null ? null : decimal.Parse(min, System.Globalization.CultureInfo.InvariantCulture), summary.MinCelsius);
        Assert.Equal(max is null ? null : decimal.Parse(max, System.Globalization.CultureInfo.InvariantCulture), summary.MaxCelsius);
        Assert.Equal(verdict, summary.Verdict);
        var actual = string.Join("; ", summary.Excursions.Select(e =>
            $"{e.Direction} {e.Evidence} {System.Xml.XmlConvert.ToString(e.Duration)}"));
        Assert.Equal(excursions, actual);
    }

    [Fact]
    public void Gs1_example_1_is_within_a_15_to_30_degree_band()
    {
        var path = Path.Combine(SharedEpcis.Examples, "SensorDataExample1.jsonld");
        if (!File.Exists(path))
        {
            output.WriteLine($"SKIPPED (visibly): {path} is absent");
            Console.WriteLine($"SKIPPED (visibly): {path} is absent");
            return;
        }
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var events = document.RootElement.GetProperty("epcisBody").GetProperty("eventList").EnumerateArray();

        var summary = ColdChainAnalyzer.Summarize(events, new TemperatureBand(15m, 30m));

        Assert.Equal(ColdChainVerdict.WithinRange, summary.Verdict);
        Assert.Equal(TimeSpan.Zero, summary.TimeOutside);
    }
}
