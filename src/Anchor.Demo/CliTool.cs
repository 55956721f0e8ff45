using System.Diagnostics;
using System.Text;

namespace Anchor.Demo;

/// <summary>A step's command failed; the message holds its command line and what it printed.</summary>
public sealed class DemoStepException(string message) : Exception(message);

/// <summary>What one run of a program printed.</summary>
public sealed record CliOutput(int ExitCode, string StandardOutput, string StandardError);

/// <summary>
/// Runs the `anchor` and `indexer` programs that are built next to the demo, in the demo's
/// workspace, exactly as a user would type them (the demo prints each command line).
/// </summary>
public sealed class CliTool(string workspace, IReadOnlyDictionary<string, string> environment)
{
    /// <summary>Runs <c>{tool} {args}</c> and returns its output; a non-zero exit is an error unless allowed.</summary>
    public async Task<CliOutput> RunAsync(string tool, IReadOnlyList<string> args, IEnumerable<int>? allowedExitCodes = null, CancellationToken cancellationToken = default)
    {
        using var process = Process.Start(StartInfo(tool, args)) ?? throw new DemoStepException($"could not start {tool}");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var result = new CliOutput(process.ExitCode, await stdout, await stderr);
        if (!(allowedExitCodes ?? [0]).Contains(result.ExitCode))
        {
            throw new DemoStepException($"`{CommandLine(tool, args)}` exited with {result.ExitCode}:\n{result.StandardError}{result.StandardOutput}");
        }
        return result;
    }

    /// <summary>Starts <c>{tool} {args}</c> in the background (the web server).</summary>
    public Process Start(string tool, IReadOnlyList<string> args)
    {
        var start = StartInfo(tool, args);
        return Process.Start(start) ?? throw new DemoStepException($"could not start {tool}");
    }

    /// <summary>The command as a user would type it.</summary>
    public static string CommandLine(string tool, IReadOnlyList<string> args) =>
        tool + " " + string.Join(' ', args.Select(a => a.Contains(' ') ? $"\"{a}\"" : a));

    private ProcessStartInfo StartInfo(string tool, IReadOnlyList<string> args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, tool + ".dll");
        if (!File.Exists(dll)) throw new DemoStepException($"{dll} is not built");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workspace,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ANCHOR", StringComparison.Ordinal)).ToList()) start.Environment.Remove(key);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return start;
    }
}
