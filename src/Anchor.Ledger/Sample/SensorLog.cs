namespace Anchor.Ledger.Sample;

/// <summary>A logger reading: the instant (UTC) and the true temperature in tenths of a degree Celsius.</summary>
internal readonly record struct TemperatureSample(DateTime Utc, int TenthsCelsius);

/// <summary>How a logger's values reach the event.</summary>
internal enum LoggerRecording
{
    /// <summary>In the brand's unit, labelled with it.</summary>
    Correct,

    /// <summary>
    /// A misconfigured logger: Fahrenheit values labelled CEL. The kind of data error an EPCIS
    /// error declaration exists to retract.
    /// </summary>
    FahrenheitLabelledCelsius,
}

/// <summary>
/// The temperature readings a data logger contributes to one event, with the summary report
/// (minimum, maximum, mean over the interval) that loggers add when they are read out.
/// </summary>
internal sealed record SensorLog(
    string DeviceId,
    LoggerSettings Settings,
    IReadOnlyList<TemperatureSample> Samples,
    bool WithIntervalSummary,
    LoggerRecording Recording = LoggerRecording.Correct);
