using System.Text.Json;

namespace Anchor.Ledger.ColdChain;

/// <summary>
/// Collects the temperature readings of one EPCIS event's <c>sensorElementList</c>, following
/// the rules of docs/cold-chain.md: which reports count, which time each reading carries, how
/// units convert, and what an interval report is.
/// </summary>
internal static class SensorReportReader
{
    /// <summary>Adds <paramref name="evt"/>'s temperature reports to <paramref name="into"/>.</summary>
    public static void Read(JsonElement evt, TemperatureObservations into)
    {
        if (!evt.TryGetProperty("sensorElementList", out var elements) || elements.ValueKind != JsonValueKind.Array) return;

        var types = TemperatureMeasurementType.ForEvent(evt);
        foreach (var element in elements.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object ||
                !element.TryGetProperty("sensorReport", out var reports) || reports.ValueKind != JsonValueKind.Array)
            {
                continue;
            }
            var metadata = element.TryGetProperty("sensorMetadata", out var m) && m.ValueKind == JsonValueKind.Object
                ? m
                : default;
            foreach (var report in reports.EnumerateArray())
            {
                if (report.ValueKind == JsonValueKind.Object && types.IsTemperature(StringOf(report, "type")))
                {
                    if (!TryReadReport(report, metadata, evt, into)) into.Ignored++;
                }
            }
        }
    }

    // A report is used whole or not at all (docs/cold-chain.md §8, IgnoredReports): an unknown
    // unit, a value that is present but not a number, unreadable interval bounds or an unreadable
    // time make the whole report a visible gap rather than a partly guessed reading.
    private static bool TryReadReport(JsonElement report, JsonElement metadata, JsonElement evt, TemperatureObservations into)
    {
        var uom = StringOf(report, "uom");
        if (!TemperatureUnits.IsKnown(uom)) return false;
        if (!TryNumber(report, "value", out var value) || !TryNumber(report, "minValue", out var min) || !TryNumber(report, "maxValue", out var max))
        {
            return false;
        }
        if (value is null && min is null && max is null) return false;
        var device = StringOf(report, "deviceID") ?? StringOf(metadata, "deviceID");
        var minC = min is { } a ? Celsius(a, uom) : (decimal?)null;
        var maxC = max is { } b ? Celsius(b, uom) : (decimal?)null;

        IntervalReading? interval = null;
        if ((min is not null || max is not null) && Has(metadata, "startTime") && Has(metadata, "endTime"))
        {
            if (!TryTime(metadata, "startTime", out var start) || !TryTime(metadata, "endTime", out var end)) return false;
            // An interval that ends before it starts says nothing about when; its extremes are read as points.
            if (start <= end) interval = new IntervalReading(start, end, minC, maxC, device);
        }

        var points = new List<decimal>(3);
        if (value is { } v) points.Add(Celsius(v, uom));
        if (interval is null)
        {
            if (minC is { } lo) points.Add(lo);
            if (maxC is { } hi) points.Add(hi);
        }
        if (points.Count > 0)
        {
            // The report's own time, else its element's, else the event's. A time that is present
            // but unreadable is not replaced by the next one: that would move the reading.
            var (holder, name) = Has(report, "time") ? (report, "time") : Has(metadata, "time") ? (metadata, "time") : (evt, "eventTime");
            if (!TryTime(holder, name, out var time)) return false;
            foreach (var celsius in points) into.Points.Add(new PointReading(time, celsius, device));
        }
        if (interval is { } found) into.Intervals.Add(found);
        return true;
    }

    private static decimal Celsius(decimal value, string? uom) =>
        TemperatureUnits.TryToCelsius(value, uom, out var celsius) ? celsius : throw new InvalidOperationException($"unit {uom} was checked");

    private static bool Has(JsonElement obj, string name) => obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out _);

    // A time must be an RFC 3339 date-time with Z or an offset (§5): anything else, null or a
    // number included, is unreadable.
    private static bool TryTime(JsonElement obj, string name, out DateTimeOffset time)
    {
        time = default;
        return obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String &&
               Epcis.Validation.Rfc3339DateTime.TryParse(v.GetString(), out time);
    }

    // Absent or null: no number (true, null). A JSON number: that number. Anything else: unusable (false).
    private static bool TryNumber(JsonElement obj, string name, out decimal? number)
    {
        number = null;
        if (!obj.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return true;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d))
        {
            number = d;
            return true;
        }
        return false;
    }

    private static string? StringOf(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;
}
