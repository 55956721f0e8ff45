using Anchor.Worker;
using Microsoft.Extensions.Logging;

namespace Anchor.Commands;

/// <summary>Logging set-up shared by the chain commands: plain lines on standard error, keys never in them.</summary>
internal static class CommandLogging
{
    public static ILoggerFactory Create(LogLevel minimum = LogLevel.Information) => LoggerFactory.Create(builder => builder
        .SetMinimumLevel(minimum)
        .AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        })
        .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
        .AddFilter("Microsoft", LogLevel.Warning));

    /// <summary>The observer for this process: the crash-test pause hook when its variable is set.</summary>
    public static ICycleObserver Observer() => PauseAtStepObserver.FromEnvironment();
}
