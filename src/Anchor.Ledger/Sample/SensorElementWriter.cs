using System.Text.Json;
using N = Anchor.Ledger.Sample.EpcisJsonNames;

namespace Anchor.Ledger.Sample;

/// <summary>
/// Writes a logger's readings as an EPCIS 2.0 <c>sensorElementList</c>, in the brand's layout
/// (a time on each report, or one element per reading timed by its metadata) and unit, followed
/// when asked by a summary element: minimum, maximum and mean over <c>startTime</c>–<c>endTime</c>.
/// Times are written at the event's offset.
/// </summary>
internal static class SensorElementWriter
{
    public static void Write(Utf8JsonWriter w, SensorLog log, TimeSpan offset)
    {
        var type = JsonEncodedText.Encode(log.Settings.MeasurementType);
        var (uom, convert) = Notation(log);
        w.WriteStartArray(N.SensorElementList);
        if (log.Settings.Layout == SensorLayout.TimePerReport)
        {
            w.WriteStartObject();
            WriteMetadata(w, log.DeviceId);
            w.WriteStartArray(N.SensorReport);
            foreach (var s in log.Samples)
            {
                w.WriteStartObject();
                w.WriteString(N.Type, type);
                w.WriteString(N.Time, Local(s.Utc, offset));
                w.WriteNumber(N.Value, convert(s.TenthsCelsius));
                w.WriteString(N.Uom, uom);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        else
        {
            foreach (var s in log.Samples)
            {
                w.WriteStartObject();
                w.WriteStartObject(N.SensorMetadata);
                w.WriteString(N.Time, Local(s.Utc, offset));
                w.WriteString(N.DeviceId, log.DeviceId);
                w.WriteEndObject();
                w.WriteStartArray(N.SensorReport);
                w.WriteStartObject();
                w.WriteString(N.Type, type);
                w.WriteNumber(N.Value, convert(s.TenthsCelsius));
                w.WriteString(N.Uom, uom);
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            }
        }
        if (log.WithIntervalSummary) WriteSummary(w, log, type, uom, convert, offset);
        w.WriteEndArray();
    }

    private static void WriteSummary(
        Utf8JsonWriter w, SensorLog log, JsonEncodedText type, string uom, Func<int, decimal> convert, TimeSpan offset)
    {
        var min = int.MaxValue;
        var max = int.MinValue;
        long sum = 0;
        foreach (var s in log.Samples)
        {
            min = Math.Min(min, s.TenthsCelsius);
            max = Math.Max(max, s.TenthsCelsius);
            sum += s.TenthsCelsius;
        }
        var mean = (int)Math.Round((double)sum / log.Samples.Count, MidpointRounding.AwayFromZero);

        w.WriteStartObject();
        w.WriteStartObject(N.SensorMetadata);
        w.WriteString(N.StartTime, Local(log.Samples[0].Utc, offset));
        w.WriteString(N.EndTime, Local(log.Samples[^1].Utc, offset));
        w.WriteString(N.DeviceId, log.DeviceId);
        w.WriteEndObject();
        w.WriteStartArray(N.SensorReport);
        w.WriteStartObject();
        w.WriteString(N.Type, type);
        w.WriteNumber(N.MinValue, convert(min));
        w.WriteNumber(N.MaxValue, convert(max));
        w.WriteNumber(N.MeanValue, convert(mean));
        w.WriteString(N.Uom, uom);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter w, string deviceId)
    {
        w.WriteStartObject(N.SensorMetadata);
        w.WriteString(N.DeviceId, deviceId);
        w.WriteEndObject();
    }

    // Celsius in tenths is exact; Fahrenheit is C × 1.8 + 32, which for tenths of a degree is
    // exact in hundredths, so converting back gives the same Celsius value.
    private static (string Uom, Func<int, decimal> Convert) Notation(SensorLog log) =>
        log.Recording == LoggerRecording.FahrenheitLabelledCelsius ? ("CEL", Fahrenheit)
        : log.Settings.Uom == "FAH" ? ("FAH", Fahrenheit)
        : ("CEL", Celsius);

    private static decimal Celsius(int tenths) => new(Math.Abs(tenths), 0, 0, tenths < 0, 1);

    private static decimal Fahrenheit(int tenthsCelsius)
    {
        var hundredths = tenthsCelsius * 18 + 3200;
        return new decimal(Math.Abs(hundredths), 0, 0, hundredths < 0, 2);
    }

    private static DateTimeOffset Local(DateTime utc, TimeSpan offset) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(offset);
}
