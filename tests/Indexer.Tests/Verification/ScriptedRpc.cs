using System.Net;
using System.Text;
using System.Text.Json;
using Anchor.TestSupport;

namespace Anchor.Indexer.Tests.Verification;

/// <summary>What <see cref="ScriptedRpc"/> answers for one JSON-RPC method instead of the node's answer.</summary>
public enum ScriptedAnswer
{
    /// <summary>HTTP 200 with a body that is not JSON.</summary>
    Garbage,

    /// <summary>A JSON-RPC error object.</summary>
    Error,

    /// <summary>A result of the wrong shape ("0xzz").</summary>
    WrongShape,

    /// <summary>A null result.</summary>
    Null,

    /// <summary>No answer for far longer than any client time-out.</summary>
    Hang,
}

/// <summary>
/// A JSON-RPC endpoint on 127.0.0.1 in front of a real node: forwards every call, except the
/// methods given a <see cref="ScriptedAnswer"/>, and records each call's method and parameters.
/// FaultyRpcProxy faults whole requests in turn; this one faults a method, so that a failure can
/// be placed after the checks that come before it.
/// </summary>
public sealed class ScriptedRpc : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly HttpClient _forward = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly Uri _upstream;
    private readonly Dictionary<string, ScriptedAnswer> _answers;
    private readonly List<(string Method, string Params)> _calls = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ScriptedRpc(Uri upstream, Dictionary<string, ScriptedAnswer> answers)
    {
        _upstream = upstream;
        _answers = answers;
        var port = HardhatNode.FreeLoopbackPort();
        Url = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The endpoint to give to the verifier.</summary>
    public Uri Url { get; }

    /// <summary>The calls seen so far: method and parameters as JSON text.</summary>
    public IReadOnlyList<(string Method, string Params)> Calls
    {
        get { lock (_calls) return [.. _calls]; }
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            using var request = JsonDocument.Parse(body);
            var method = request.RootElement.GetProperty("method").GetString()!;
            var id = request.RootElement.GetProperty("id").GetRawText();
            lock (_calls) _calls.Add((method, request.RootElement.GetProperty("params").GetRawText()));
            var answer = _answers.TryGetValue(method, out var scripted)
                ? await ScriptedAsync(scripted, id)
                : await (await _forward.PostAsync(_upstream, new StringContent(body, Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync();
            var bytes = Encoding.UTF8.GetBytes(answer);
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
        }
        catch (HttpListenerException)
        {
            // The client gave up (a time-out): nothing to answer.
        }
    }

    private async Task<string> ScriptedAsync(ScriptedAnswer answer, string id)
    {
        switch (answer)
        {
            case ScriptedAnswer.Garbage:
                return "<html>502 Bad Gateway</html>";
            case ScriptedAnswer.Error:
                return $"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"error\":{{\"code\":-32000,\"message\":\"header not found\"}}}}";
            case ScriptedAnswer.WrongShape:
                return $"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"result\":\"0xzz\"}}";
            case ScriptedAnswer.Null:
                return $"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"result\":null}}";
            default:
                await Task.Delay(TimeSpan.FromSeconds(30), _stop.Token);
                return "";
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
        }
        _forward.Dispose();
        _stop.Dispose();
    }
}
