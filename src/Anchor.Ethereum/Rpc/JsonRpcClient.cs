using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Anchor.Ethereum.Rpc;

/// <summary>
/// <see cref="IEthereumRpc"/> over HTTP. Each attempt has a time-out; time-outs, connection faults,
/// HTTP 429 and 5xx are retried with exponential backoff and jitter (honouring Retry-After); a
/// JSON-RPC error, a revert above all, is an answer and is never retried.
/// </summary>
/// <remarks>
/// Messages name the endpoint by scheme, host and port only, because provider URLs often carry an
/// API key in their path or query.
/// </remarks>
public sealed partial class JsonRpcClient : IEthereumRpc, IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly JsonRpcClientOptions _options;
    private readonly ResiliencePipeline _pipeline;
    private readonly string _endpointLabel;
    private long _nextId;

    /// <summary>A client with its own <see cref="HttpClient"/>, disposed with it.</summary>
    public JsonRpcClient(Uri endpoint, JsonRpcClientOptions? options = null)
        : this(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, endpoint, options, ownsHttp: true)
    {
    }

    /// <summary>A client on a caller's <see cref="HttpClient"/> (e.g. from IHttpClientFactory), which it does not dispose.</summary>
    public JsonRpcClient(HttpClient http, Uri endpoint, JsonRpcClientOptions? options = null)
        : this(http, endpoint, options, ownsHttp: false)
    {
    }

    private JsonRpcClient(HttpClient http, Uri endpoint, JsonRpcClientOptions? options, bool ownsHttp)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (endpoint.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"the RPC endpoint must be an http or https URL, not {endpoint.Scheme}", nameof(endpoint));
        }
        _options = options ?? new JsonRpcClientOptions();
        _options.Validate();
        _http = http;
        _ownsHttp = ownsHttp;
        Endpoint = endpoint;
        _endpointLabel = $"{endpoint.Scheme}://{endpoint.Authority}";
        _pipeline = BuildPipeline(_options);
    }

    /// <summary>The JSON-RPC endpoint.</summary>
    public Uri Endpoint { get; }

    /// <summary>
    /// Sends one request and returns its <c>result</c>. The typed methods use this; it is public for
    /// methods they do not cover.
    /// </summary>
    /// <exception cref="RpcException">The call failed; see its <see cref="RpcException.Kind"/>.</exception>
    public async Task<JsonElement> SendAsync(string method, IReadOnlyList<object?> parameters, CancellationToken cancellationToken = default)
    {
        var id = Interlocked.Increment(ref _nextId);
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["jsonrpc"] = "2.0",
            ["id"] = id,
            ["method"] = method,
            ["params"] = parameters,
        });
        return await WithRetriesAsync(method, token => AttemptAsync(method, id, body, token), cancellationToken);
    }

    // Runs an attempt under the retry and time-out pipeline; transient faults that outlast the
    // retries become one RpcTransportException naming the method and the attempts.
    private async Task<T> WithRetriesAsync<T>(string method, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        var attempts = 0;
        HttpStatusCode? lastStatus = null;
        try
        {
            return await _pipeline.ExecuteAsync(async token =>
            {
                attempts++;
                try
                {
                    return await attempt(token);
                }
                catch (TransientRpcFault fault)
                {
                    lastStatus = fault.StatusCode ?? lastStatus;
                    throw;
                }
            }, cancellationToken);
        }
        catch (TransientRpcFault fault)
        {
            throw new RpcTransportException(method, fault.Message, attempts, fault.StatusCode, fault.InnerException);
        }
        catch (TimeoutRejectedException timeout)
        {
            throw new RpcTransportException(method, $"{_endpointLabel} did not answer within {_options.RequestTimeout.TotalSeconds:0.###} s", attempts, lastStatus, timeout);
        }
    }

    private async Task<JsonElement> AttemptAsync(string method, long id, byte[] body, CancellationToken token)
    {
        var (response, content) = await PostAsync(body, token);
        using (response) return Interpret(method, id, response, content);
    }

    // One HTTP POST with its whole answer read; a failure to connect or to read is transient.
    private async Task<(HttpResponseMessage Response, byte[] Content)> PostAsync(byte[] body, CancellationToken token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
        }
        catch (HttpRequestException e)
        {
            throw new TransientRpcFault($"cannot reach {_endpointLabel}: {e.Message}", null, null, e);
        }
        catch (TaskCanceledException e) when (!token.IsCancellationRequested)
        {
            throw new TransientRpcFault($"the HTTP client timed out waiting for {_endpointLabel}", null, null, e);
        }
        try
        {
            return (response, await response.Content.ReadAsByteArrayAsync(token));
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            response.Dispose();
            throw new TransientRpcFault($"the connection to {_endpointLabel} broke while reading the answer: {e.Message}", response.StatusCode, null, e);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private JsonElement Interpret(string method, long id, HttpResponseMessage response, byte[] content)
    {
        using var document = TryParse(content);
        return InterpretAnswer(method, id, response, document?.RootElement);
    }

    // One answer: the whole body of a single call, or one element of a batch's array.
    private JsonElement InterpretAnswer(string method, long id, HttpResponseMessage response, JsonElement? root)
    {
        var status = (int)response.StatusCode;
        var transientStatus = status is 408 or 429 or >= 500;
        var httpProblem = $"HTTP {status} {response.ReasonPhrase} from {_endpointLabel}";

        if (root is { ValueKind: JsonValueKind.Object } envelope &&
            envelope.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            var exception = RpcErrorClassifier.FromError(method, error, _options.KnownErrors);
            if (RpcErrorClassifier.IsRateLimit(exception.Code, exception.RpcMessage) ||
                (transientStatus && exception.Kind == RpcErrorKind.Other))
            {
                throw new TransientRpcFault($"{exception.RpcMessage} ({httpProblem})", response.StatusCode, RetryAfter(response));
            }
            throw exception;
        }
        if (transientStatus) throw new TransientRpcFault(httpProblem, response.StatusCode, RetryAfter(response));
        if (status is < 200 or >= 300) throw new RpcException(method, RpcErrorKind.Other, null, httpProblem);
        if (root is not { ValueKind: JsonValueKind.Object } result)
        {
            throw RpcJson.Invalid(method, root is null ? $"the answer from {_endpointLabel} is not JSON" : "the answer is not a JSON-RPC object");
        }
        if (!result.TryGetProperty("id", out var answeredId) || answeredId.ValueKind != JsonValueKind.Number ||
            !answeredId.TryGetInt64(out var answered) || answered != id)
        {
            throw RpcJson.Invalid(method, $"the answer's id is not the request's id {id}");
        }
        if (!result.TryGetProperty("result", out var value))
        {
            throw RpcJson.Invalid(method, "the answer has neither a result nor an error");
        }
        return value.Clone();
    }

    private static JsonDocument? TryParse(byte[] content)
    {
        try
        {
            return content.Length == 0 ? null : JsonDocument.Parse(content);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter is { } retryAfter
            ? retryAfter.Delta ?? (retryAfter.Date is { } date ? date - DateTimeOffset.UtcNow : null)
            : null;

    private static ResiliencePipeline BuildPipeline(JsonRpcClientOptions options)
    {
        var builder = new ResiliencePipelineBuilder();
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<TransientRpcFault>().Handle<TimeoutRejectedException>(),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                // A server that says when to come back is believed, within the maximum delay.
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is TransientRpcFault { RetryAfter: { } after } && after > TimeSpan.Zero
                        ? (TimeSpan?)(after < options.RetryMaxDelay ? after : options.RetryMaxDelay)
                        : null),
            });
        }
        return builder.AddTimeout(options.RequestTimeout).Build();
    }

    /// <summary>Disposes the HTTP client if this client created it.</summary>
    public void Dispose()
    {
        if (_ownsHttp) _http.Dispose();
    }

    /// <summary>A fault worth another attempt; becomes <see cref="RpcTransportException"/> when retries run out.</summary>
    private sealed class TransientRpcFault(string message, HttpStatusCode? statusCode, TimeSpan? retryAfter, Exception? inner = null)
        : Exception(message, inner)
    {
        public HttpStatusCode? StatusCode { get; } = statusCode;

        public TimeSpan? RetryAfter { get; } = retryAfter;
    }
}
