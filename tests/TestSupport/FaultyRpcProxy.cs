using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Anchor.TestSupport;

/// <summary>What the proxy does to the next requests.</summary>
public enum RpcFault
{
    /// <summary>Forward to the node unchanged.</summary>
    None,
    /// <summary>Answer HTTP 503.</summary>
    ServiceUnavailable,
    /// <summary>Answer HTTP 429 Too Many Requests.</summary>
    TooManyRequests,
    /// <summary>Hold the request far longer than any client timeout.</summary>
    Hang,
    /// <summary>Reset the connection without an answer.</summary>
    ResetConnection,
    /// <summary>Answer 200 with a body that is not JSON.</summary>
    Garbage,
}

/// <summary>
/// A real HTTP proxy on 127.0.0.1 between a client and a Hardhat node that injects transport
/// faults on demand: the way to test that RPC failures are retried, backed off and reported,
/// without mocking the client. <see cref="FaultCount"/> limits a fault to the next N requests.
/// <see cref="LimitLogRange"/> makes it refuse <c>eth_getLogs</c> over more blocks than a span, as
/// hosted providers do, to test that callers split their ranges.
/// </summary>
public sealed class FaultyRpcProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _forward = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly Uri _target;
    private int _remainingFaults;
    private int _requests;
    private int _maxLogBlocks;
    private int _logQueries;
    private int _refusedLogQueries;

    private FaultyRpcProxy(WebApplication app, Uri target)
    {
        _app = app;
        _target = target;
    }

    /// <summary>The proxy's URL, to give to the client under test.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>The fault applied while <see cref="FaultCount"/> is above zero (or always, when negative).</summary>
    public RpcFault Fault { get; private set; }

    /// <summary>Requests seen so far, faulted or not.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>How many more requests get the fault; -1 for all of them.</summary>
    public int FaultCount => Volatile.Read(ref _remainingFaults);

    /// <summary>Starts a proxy in front of <paramref name="target"/>.</summary>
    public static async Task<FaultyRpcProxy> StartAsync(Uri target)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var proxy = new FaultyRpcProxy(app, target);
        app.Run(proxy.HandleAsync);
        await app.StartAsync();
        proxy.Url = new Uri(app.Urls.First() + "/");
        return proxy;
    }

    /// <summary><c>eth_getLogs</c> requests seen so far, refused or not.</summary>
    public int LogQueries => Volatile.Read(ref _logQueries);

    /// <summary><c>eth_getLogs</c> requests refused by <see cref="LimitLogRange"/>.</summary>
    public int RefusedLogQueries => Volatile.Read(ref _refusedLogQueries);

    /// <summary>The error message a refused log query gets: the words of a hosted provider's limit.</summary>
    public const string LogLimitMessage = "query returned more than 10000 results";

    /// <summary>
    /// Refuses every <c>eth_getLogs</c> whose range covers more than <paramref name="maxBlocks"/>
    /// blocks (toBlock − fromBlock + 1) with a JSON-RPC error -32005 "query returned more than
    /// 10000 results"; null forwards them all again. Ranges given as tags ("latest") are forwarded.
    /// </summary>
    public void LimitLogRange(int? maxBlocks)
    {
        if (maxBlocks is < 1) throw new ArgumentOutOfRangeException(nameof(maxBlocks), maxBlocks, "must be at least 1");
        Volatile.Write(ref _maxLogBlocks, maxBlocks ?? 0);
    }

    /// <summary>Applies <paramref name="fault"/> to the next <paramref name="count"/> requests (-1: until changed).</summary>
    public void Inject(RpcFault fault, int count = -1)
    {
        Fault = fault;
        Volatile.Write(ref _remainingFaults, fault == RpcFault.None ? 0 : count);
    }

    /// <summary>Forwards everything again.</summary>
    public void Heal() => Inject(RpcFault.None, 0);

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        var fault = TakeFault();
        switch (fault)
        {
            case RpcFault.ServiceUnavailable:
                context.Response.StatusCode = (int)HttpStatusCode.ServiceUnavailable;
                await context.Response.WriteAsync("upstream unavailable");
                return;
            case RpcFault.TooManyRequests:
                context.Response.StatusCode = (int)HttpStatusCode.TooManyRequests;
                context.Response.Headers.RetryAfter = "1";
                return;
            case RpcFault.Hang:
                await Task.Delay(TimeSpan.FromMinutes(5), context.RequestAborted).ContinueWith(_ => { });
                return;
            case RpcFault.ResetConnection:
                context.Abort();
                return;
            case RpcFault.Garbage:
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("<html>this is not JSON-RPC</html>");
                return;
        }

        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        if (RefusesLogQuery(body.ToArray()) is { } refusal)
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(refusal);
            return;
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, _target) { Content = new ByteArrayContent(body.ToArray()) };
        request.Content.Headers.ContentType = new("application/json");
        try
        {
            using var response = await _forward.SendAsync(request, context.RequestAborted);
            context.Response.StatusCode = (int)response.StatusCode;
            context.Response.ContentType = "application/json";
            await response.Content.CopyToAsync(context.Response.Body);
        }
        catch (HttpRequestException)
        {
            context.Response.StatusCode = (int)HttpStatusCode.BadGateway;
        }
    }

    // The JSON-RPC error answer for an eth_getLogs over too many blocks, or null to forward the request.
    private string? RefusesLogQuery(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
        using var owned = document;
        var request = document.RootElement;
        if (request.ValueKind != JsonValueKind.Object || !request.TryGetProperty("method", out var method) || method.GetString() != "eth_getLogs")
        {
            return null;
        }
        Interlocked.Increment(ref _logQueries);
        var max = Volatile.Read(ref _maxLogBlocks);
        if (max == 0 || !request.TryGetProperty("params", out var parameters) || parameters.GetArrayLength() == 0) return null;
        var filter = parameters[0];
        if (BlockNumber(filter, "fromBlock") is not { } from || BlockNumber(filter, "toBlock") is not { } to || to < from || to - from + 1 <= (ulong)max)
        {
            return null;
        }
        Interlocked.Increment(ref _refusedLogQueries);
        var id = request.TryGetProperty("id", out var requestId) ? requestId.GetRawText() : "null";
        return $$$"""{"jsonrpc":"2.0","id":{{{id}}},"error":{"code":-32005,"message":"{{{LogLimitMessage}}}"}}""";
    }

    private static ulong? BlockNumber(JsonElement filter, string name) =>
        filter.TryGetProperty(name, out var value) && value.GetString() is { } text && text.StartsWith("0x", StringComparison.Ordinal) &&
        ulong.TryParse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    private RpcFault TakeFault()
    {
        while (true)
        {
            var remaining = Volatile.Read(ref _remainingFaults);
            if (remaining == 0) return RpcFault.None;
            if (remaining < 0) return Fault;
            if (Interlocked.CompareExchange(ref _remainingFaults, remaining - 1, remaining) == remaining) return Fault;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _forward.Dispose();
    }
}
