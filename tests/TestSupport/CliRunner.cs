using System.Diagnostics;

namespace Anchor.TestSupport;

/// <summary>The outcome of one run of a command-line program.</summary>
public sealed record CliResult(int ExitCode, string StandardOutput, string StandardError);

/// <summary>
/// Runs the built <c>anchor</c> or <c>indexer</c> program as a separate process, the way a user
/// would, so that tests see real exit codes and real output.
/// </summary>
public static class CliRunner
{
    /// <summary>Starts <paramref name="assemblyName"/>.dll and returns at once, for tests that kill it.</summary>
    public static RunningCli Start(string assemblyName, IEnumerable<string> args, IDictionary<string, string?>? environment = null)
    {
        var process = Process.Start(StartInfo(assemblyName, args, environment, redirectInput: false))
            ?? throw new InvalidOperationException($"could not start {assemblyName}");
        return new RunningCli(process);
    }

    /// <summary>Runs <paramref name="assemblyName"/>.dll from the test's output folder.</summary>
    public static async Task<CliResult> RunAsync(
        string assemblyName,
        IEnumerable<string> args,
        IDictionary<string, string?>? environment = null,
        string? standardInput = null,
        TimeSpan? timeout = null)
    {
        var start = StartInfo(assemblyName, args, environment, redirectInput: standardInput is not null);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {assemblyName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
            process.StandardInput.Close();
        }
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{assemblyName} {string.Join(' ', args)} did not finish in time");
        }
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    private static ProcessStartInfo StartInfo(string assemblyName, IEnumerable<string> args, IDictionary<string, string?>? environment, bool redirectInput)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"{dll} is not built", dll);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // Anchor's own settings must come from the test alone, never from the developer's shell.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ANCHOR_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(key);
            else start.Environment[key] = value;
        }
        return start;
    }
}

/// <summary>A command-line program running in the background, with its output collected as it comes.</summary>
public sealed class RunningCli : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();
    private readonly System.Text.StringBuilder _error = new();

    internal RunningCli(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_error) _error.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public string StandardOutput { get { lock (_output) return _output.ToString(); } }

    public string StandardError { get { lock (_error) return _error.ToString(); } }

    /// <summary>Waits until <paramref name="condition"/> holds for the output so far, or fails after <paramref name="timeout"/>.</summary>
    public async Task WaitForOutputAsync(Func<string, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition(StandardOutput + StandardError))
        {
            if (_process.HasExited && !condition(StandardOutput + StandardError))
            {
                throw new InvalidOperationException($"the process exited with {_process.ExitCode} first:\n{StandardOutput}\n{StandardError}");
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"output condition not met:\n{StandardOutput}\n{StandardError}");
            await Task.Delay(50);
        }
    }

    /// <summary>SIGKILL: the process gets no chance to clean up, as in a crash or power cut.</summary>
    public async Task KillHardAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Waits for the process to exit by itself.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        await KillHardAsync();
        _process.Dispose();
    }
}
