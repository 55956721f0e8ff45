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
        DateTimeOffset? eventTime = EpcisTime.TryParse(StringOf(evt, "eventTime"), out var t) ? t : null;
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
                    ReadReport(report, metadata, eventTime, into);
                }
            }
        }
    }

    private static void ReadReport(
        JsonElement report, JsonElement metadata, DateTimeOffset? eventTime, TemperatureObservations into)
    {
        var uom = StringOf(report, "uom");
        var device = StringOf(report, "deviceID") ?? StringOf(metadata, "deviceID");
        var used = false;
        var unusable = false;

        if (NumberOf(report, "value") is { } value)
        {
            if (TemperatureUnits.TryToCelsius(value, uom, out var celsius) && TryPointTime(report, metadata, eventTime, out var time))
            {
                into.Points.Add(new PointReading(time, celsius, device));
                used = true;
            }
            else
            {
                unusable = true;
            }
        }

        var min = NumberOf(report, "minValue");
        var max = NumberOf(report, "maxValue");
        if (min is not null || max is not null)
        {
            decimal? minC = null, maxC = null;
            if (min is { } a && TemperatureUnits.TryToCelsius(a, uom, out var ac)) minC = ac;
            if (max is { } b && TemperatureUnits.TryToCelsius(b, uom, out var bc)) maxC = bc;
            if ((min is not null && minC is null) || (max is not null && maxC is null))
            {
                unusable = true;
            }
            else if (EpcisTime.TryParse(StringOf(metadata, "startTime"), out var start) &&
                     EpcisTime.TryParse(StringOf(metadata, "endTime"), out var end) && start <= end)
            {
                into.Intervals.Add(new IntervalReading(start, end, minC, maxC, device));
                used = true;
            }
            else if (TryPointTime(report, metadata, eventTime, out var at))
            {
                // An extreme without an interval describes the instant it is stamped with.
                if (minC is { } lo) into.Points.Add(new PointReading(at, lo, device));
                if (maxC is { } hi) into.Points.Add(new PointReading(at, hi, device));
                used = true;
            }
            else
            {
                unusable = true;
            }
        }

        // An alarm, a mean without extremes or an unreadable unit: a gap that must stay visible.
        if (unusable || !used) into.Ignored++;
    }

    // sensorReport.time, else sensorMetadata.time, else the event's eventTime. A time that is
    // present but unreadable is not replaced by a fallback: that would move the reading.
    private static bool TryPointTime(
        JsonElement report, JsonElement metadata, DateTimeOffset? eventTime, out DateTimeOffset time)
    {
        time = default;
        if (StringOf(report, "time") is { } own) return EpcisTime.TryParse(own, out time);
        if (StringOf(metadata, "time") is { } shared) return EpcisTime.TryParse(shared, out time);
        if (eventTime is { } fallback)
        {
            time = fallback;
            return true;
        }
        return false;
    }

    private static string? StringOf(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;

    private static decimal? NumberOf(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d) ? d : null;
}
