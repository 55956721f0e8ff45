using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Anchor.Ethereum.Tests.Rpc;

/// <summary>One JSON-RPC request the server received.</summary>
/// <param name="Method">The method.</param>
/// <param name="Params">The params array.</param>
/// <param name="Id">The request id, to echo.</param>
/// <param name="Attempt">1 for the first request of this method, 2 for the second, …</param>
internal sealed record RpcCall(string Method, JsonElement Params, JsonElement Id, int Attempt);

/// <summary>What the server does with a request.</summary>
internal abstract record FaultReply
{
    public static FaultReply Result(RpcCall call, string resultJson) =>
        new Http(200, $"{{\"jsonrpc\":\"2.0\",\"id\":{call.Id.GetRawText()},\"result\":{resultJson}}}");

    public static FaultReply Error(RpcCall call, int code, string message, string? dataJson = null, int status = 200) =>
        new Http(status, $"{{\"jsonrpc\":\"2.0\",\"id\":{call.Id.GetRawText()},\"error\":{{\"code\":{code},\"message\":{JsonSerializer.Serialize(message)}{(dataJson is null ? "" : ",\"data\":" + dataJson)}}}}}");

    /// <summary>An HTTP answer with this status and body.</summary>
    public sealed record Http(int Status, string Body, string? ExtraHeader = null) : FaultReply;

    /// <summary>Closes the connection with a TCP reset, mid-request.</summary>
    public sealed record Reset : FaultReply;

    /// <summary>Says nothing for a while, then closes.</summary>
    public sealed record Hang(TimeSpan Delay) : FaultReply;
}

/// <summary>
/// A real HTTP server on 127.0.0.1 whose answers a test scripts: results, JSON-RPC errors, HTTP
/// errors, garbage, silence and connection resets. A real transport for the client's fault
/// handling, not a mock of it. A JSON-RPC batch (an array) goes to the batch handler; without
/// one the server answers it as a node without batch support does, with one error object.
/// </summary>
internal sealed class FaultServer : IAsyncDisposable
{
    /// <summary>What a node without batch support answers to an array.</summary>
    public const string BatchRefusal = "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"batch requests are not supported\"}}";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<RpcCall, Task<FaultReply>> _handler;
    private readonly Func<IReadOnlyList<RpcCall>, FaultReply>? _batchHandler;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<RpcCall> _calls = [];
    private readonly List<int> _batches = [];
    private readonly Task _accepting;

    private FaultServer(Func<RpcCall, Task<FaultReply>> handler, string path, Func<IReadOnlyList<RpcCall>, FaultReply>? batchHandler = null)
    {
        _handler = handler;
        _batchHandler = batchHandler;
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{path}");
        _accepting = AcceptAsync();
    }

    public Uri Url { get; }

    public IReadOnlyList<RpcCall> Calls
    {
        get
        {
            lock (_calls) return _calls.ToArray();
        }
    }

    public static FaultServer Start(Func<RpcCall, FaultReply> handler, string path = "/") => new(call => Task.FromResult(handler(call)), path);

    public static FaultServer Start(Func<RpcCall, Task<FaultReply>> handler, string path = "/") => new(handler, path);

    /// <summary>A server that answers single calls with <paramref name="handler"/> and batches with <paramref name="batchHandler"/>.</summary>
    public static FaultServer StartWithBatches(Func<RpcCall, FaultReply> handler, Func<IReadOnlyList<RpcCall>, FaultReply> batchHandler) =>
        new(call => Task.FromResult(handler(call)), "/", batchHandler);

    /// <summary>The size of each batch received, in order.</summary>
    public IReadOnlyList<int> Batches
    {
        get
        {
            lock (_calls) return _batches.ToArray();
        }
    }

    /// <summary>The JSON array answering <paramref name="calls"/> with <paramref name="answer"/>'s JSON (a result, or an error object when it starts with "error:"), in the order given.</summary>
    public static string BatchAnswer(IEnumerable<RpcCall> calls, Func<RpcCall, string> answer) =>
        "[" + string.Join(",", calls.Select(call => answer(call) is var json && json.StartsWith("error:", StringComparison.Ordinal)
            ? $"{{\"jsonrpc\":\"2.0\",\"id\":{call.Id.GetRawText()},\"error\":{json["error:".Length..]}}}"
            : $"{{\"jsonrpc\":\"2.0\",\"id\":{call.Id.GetRawText()},\"result\":{json}}}")) + "]";

    public int CountOf(string method) => Calls.Count(c => c.Method == method);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // stopped
        }
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        try
        {
            using (client)
            {
                var stream = client.GetStream();
                var body = await ReadRequestBodyAsync(stream);
                switch (await ReplyToAsync(body))
                {
                    case FaultReply.Reset:
                        client.Client.LingerState = new LingerOption(true, 0);
                        client.Client.Close();
                        return;
                    case FaultReply.Hang hang:
                        await Task.Delay(hang.Delay, _stop.Token);
                        return;
                    case FaultReply.Http http:
                        var content = Encoding.UTF8.GetBytes(http.Body);
                        var head = $"HTTP/1.1 {http.Status} {((HttpStatusCode)http.Status)}\r\nContent-Type: application/json\r\n" +
                                   $"Content-Length: {content.Length}\r\nConnection: close\r\n{(http.ExtraHeader is null ? "" : http.ExtraHeader + "\r\n")}\r\n";
                        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
                        await stream.WriteAsync(content);
                        await stream.FlushAsync();
                        return;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away or the server is stopping.
        }
    }

    private async Task<FaultReply> ReplyToAsync(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Array) return await _handler(Record(root));
        RpcCall[] calls;
        lock (_calls)
        {
            _batches.Add(root.GetArrayLength());
            calls = [.. root.EnumerateArray().Select(Record)];
        }
        return _batchHandler?.Invoke(calls) ?? new FaultReply.Http(200, BatchRefusal);
    }

    private RpcCall Record(JsonElement request)
    {
        var method = request.GetProperty("method").GetString()!;
        lock (_calls)
        {
            var call = new RpcCall(method, request.GetProperty("params").Clone(), request.GetProperty("id").Clone(), _calls.Count(c => c.Method == method) + 1);
            _calls.Add(call);
            return call;
        }
    }

    private static async Task<byte[]> ReadRequestBodyAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(buffer))
        {
            if (await stream.ReadAsync(one) == 0) throw new IOException("the client closed the connection");
            buffer.Add(one[0]);
        }
        var headers = Encoding.ASCII.GetString(buffer.ToArray());
        var lengthLine = headers.Split("\r\n").First(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var length = int.Parse(lengthLine["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
        return body;
    }

    private static bool EndsWithBlankLine(List<byte> buffer) =>
        buffer.Count >= 4 && buffer[^4] == '\r' && buffer[^3] == '\n' && buffer[^2] == '\r' && buffer[^1] == '\n';
}
