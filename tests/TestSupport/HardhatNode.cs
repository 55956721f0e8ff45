using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Anchor.TestSupport;

/// <summary>
/// A real Hardhat node, started for one test class or collection on 127.0.0.1 and a free port, and
/// stopped on dispose. Tests that touch the chain run against it rather than against a mock.
/// </summary>
public sealed class HardhatNode : IAsyncDisposable
{
    /// <summary>The chain id of Hardhat's local network.</summary>
    public const long LocalChainId = 31337;

    private readonly Process _process;
    private readonly OutputTail _output;

    private HardhatNode(Process process, OutputTail output, Uri rpcUrl)
    {
        _process = process;
        _output = output;
        RpcUrl = rpcUrl;
    }

    /// <summary>The node's JSON-RPC endpoint.</summary>
    public Uri RpcUrl { get; }

    /// <summary>The operating system's process id of the node.</summary>
    public int ProcessId => _process.Id;

    /// <summary>The last lines the node printed, for failure messages.</summary>
    public string RecentOutput => _output.Text;

    /// <summary>Starts a node and waits until <c>eth_chainId</c> answers.</summary>
    /// <param name="timeout">How long to wait for the node to answer; default 60 s.</param>
    /// <param name="port">The port; default a free one.</param>
    /// <param name="configPath">A Hardhat configuration other than the repository's, relative to its root (e.g. scripts/bundle-vectors/hardhat.config.js).</param>
    /// <exception cref="InvalidOperationException">node_modules is missing, or the node does not start.</exception>
    public static async Task<HardhatNode> StartAsync(TimeSpan? timeout = null, int? port = null, string? configPath = null)
    {
        var cli = RepositoryPaths.Combine("node_modules", "hardhat", "internal", "cli", "cli.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException(
                $"Hardhat is not installed ({cli} is missing): run `npm ci` in {RepositoryPaths.Root} first.");
        }

        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        var chosenPort = port ?? FreeLoopbackPort();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        if (configPath is not null)
        {
            start.ArgumentList.Add("--config");
            start.ArgumentList.Add(configPath);
        }
        foreach (var arg in new[] { "node", "--hostname", "127.0.0.1", "--port", chosenPort.ToString() })
        {
            start.ArgumentList.Add(arg);
        }

        var output = new OutputTail();
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        // The node prints its public test accounts on start; the output is kept in memory only.
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var node = new HardhatNode(process, output, new Uri($"http://127.0.0.1:{chosenPort}/"));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"hardhat node exited with code {process.ExitCode} before answering:\n{output.Text}");
            }
            if (await node.TryChainIdAsync(http) is not null) return node;
            if (DateTime.UtcNow > deadline)
            {
                await node.DisposeAsync();
                throw new InvalidOperationException($"hardhat node did not answer on {node.RpcUrl}:\n{output.Text}");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>Sends one JSON-RPC request and returns its <c>result</c>, for test set-up (evm_*, hardhat_*).</summary>
    public async Task<JsonElement> RpcAsync(string method, params object[] parameters)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var response = await http.PostAsJsonAsync(RpcUrl, new { jsonrpc = "2.0", id = 1, method, @params = parameters });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (body.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException($"{method} failed: {error}");
        }
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

    private async Task<long?> TryChainIdAsync(HttpClient http)
    {
        try
        {
            var response = await http.PostAsJsonAsync(RpcUrl, new { jsonrpc = "2.0", id = 1, method = "eth_chainId" });
            if (response.StatusCode != HttpStatusCode.OK) return null;
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            return Convert.ToInt64(body.GetProperty("result").GetString(), 16);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return null;
        }
    }

    /// <summary>A port that was free on 127.0.0.1 a moment ago.</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class OutputTail
    {
        private readonly Queue<string> _lines = new();

        public string Text
        {
            get { lock (_lines) return string.Join('\n', _lines); }
        }

        public void Add(string? line)
        {
            if (line is null) return;
            lock (_lines)
            {
                _lines.Enqueue(line);
                while (_lines.Count > 40) _lines.Dequeue();
            }
        }
    }
}
