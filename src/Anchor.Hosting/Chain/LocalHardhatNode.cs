using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Anchor.Chain;

/// <summary>
/// A local Hardhat node on 127.0.0.1 and a free port, run from the repository's node_modules, for
/// the demo and for tests: started, awaited until <c>eth_chainId</c> answers, killed on dispose.
/// Its output (which lists the public test accounts) is kept in memory, never printed.
/// </summary>
public sealed class LocalHardhatNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private LocalHardhatNode(Process process, Uri rpcUrl)
    {
        _process = process;
        RpcUrl = rpcUrl;
    }

    /// <summary>The node's JSON-RPC endpoint.</summary>
    public Uri RpcUrl { get; }

    /// <summary>The node's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>The node's last lines of output, for error messages.</summary>
    public string RecentOutput
    {
        get { lock (_output) return string.Join('\n', _output); }
    }

    /// <summary>Starts a node from <paramref name="repositoryRoot"/> (the folder with hardhat.config.js and node_modules).</summary>
    /// <param name="configFile">A Hardhat config other than the repository's, relative to the root; null for the default.</param>
    /// <exception cref="InvalidOperationException">Hardhat is not installed, or the node did not start.</exception>
    public static async Task<LocalHardhatNode> StartAsync(string repositoryRoot, string? configFile = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var cli = Path.Combine(repositoryRoot, "node_modules", "hardhat", "internal", "cli", "cli.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"Hardhat is not installed ({cli} is missing): run `npm ci` in {repositoryRoot} first.");
        }
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        if (configFile is not null)
        {
            start.ArgumentList.Add("--config");
            start.ArgumentList.Add(configFile);
        }
        foreach (var arg in new[] { "node", "--hostname", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var node = new LocalHardhatNode(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => node.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => node.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"hardhat node exited with code {process.ExitCode} before answering:\n{node.RecentOutput}");
            }
            if (await node.AnswersAsync(http, cancellationToken)) return node;
            if (DateTime.UtcNow > deadline)
            {
                await node.DisposeAsync();
                throw new InvalidOperationException($"hardhat node did not answer on {node.RpcUrl}:\n{node.RecentOutput}");
            }
            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>Sends one JSON-RPC request and returns its result (for evm_* and hardhat_* controls).</summary>
    /// <exception cref="InvalidOperationException">The node answered with an error.</exception>
    public async Task<JsonElement> RpcAsync(string method, params object[] parameters)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var response = await http.PostAsJsonAsync(RpcUrl, new { jsonrpc = "2.0", id = 1, method, @params = parameters });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (body.TryGetProperty("error", out var error)) throw new InvalidOperationException($"{method} failed: {error}");
        return body.GetProperty("result").Clone();
    }

    /// <summary>Kills the node and waits for it to exit.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    /// <summary>A port that was free on 127.0.0.1 a moment ago.</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<bool> AnswersAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            var response = await http.PostAsJsonAsync(RpcUrl, new { jsonrpc = "2.0", id = 1, method = "eth_chainId" }, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).TryGetProperty("result", out _);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return false;
        }
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > 40) _output.Dequeue();
        }
    }
}
