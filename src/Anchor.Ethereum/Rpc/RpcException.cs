using System.Net;

namespace Anchor.Ethereum.Rpc;

/// <summary>
/// A JSON-RPC call failed. Carries the method, the node's error code and message, and a
/// <see cref="Kind"/> that says what the caller can do about it.
/// </summary>
public class RpcException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RpcException(string method, RpcErrorKind kind, int? code, string rpcMessage, Exception? inner = null)
        : this(method, kind, code, rpcMessage, Describe(method, code, rpcMessage), inner)
    {
    }

    /// <summary>Creates the exception with a message of the caller's wording.</summary>
    protected RpcException(string method, RpcErrorKind kind, int? code, string rpcMessage, string message, Exception? inner)
        : base(message, inner)
    {
        Method = method;
        Kind = kind;
        Code = code;
        RpcMessage = rpcMessage;
    }

    /// <summary>The JSON-RPC method, e.g. <c>eth_sendRawTransaction</c>.</summary>
    public string Method { get; }

    /// <summary>What kind of failure this is.</summary>
    public RpcErrorKind Kind { get; }

    /// <summary>The JSON-RPC error code, or null when the failure was not a JSON-RPC error (transport, garbage).</summary>
    public int? Code { get; }

    /// <summary>The node's error message (or a description of the transport fault).</summary>
    public string RpcMessage { get; }

    private static string Describe(string method, int? code, string rpcMessage) =>
        code is { } c ? $"{method} failed: {rpcMessage} (RPC error {c})" : $"{method} failed: {rpcMessage}";
}

/// <summary>
/// The node could not be reached, timed out, or kept answering HTTP 429/5xx, on every attempt.
/// Transient by nature: the caller may try again later.
/// </summary>
public sealed class RpcTransportException : RpcException
{
    /// <summary>Creates the exception.</summary>
    public RpcTransportException(string method, string problem, int attempts, HttpStatusCode? statusCode, Exception? inner = null)
        : base(method, RpcErrorKind.Transport, null, problem,
            $"{method} failed after {attempts} attempt{(attempts == 1 ? "" : "s")}: {problem}", inner)
    {
        Attempts = attempts;
        StatusCode = statusCode;
    }

    /// <summary>How many times the request was sent.</summary>
    public int Attempts { get; }

    /// <summary>The last HTTP status, if the node answered at all.</summary>
    public HttpStatusCode? StatusCode { get; }
}

/// <summary>
/// <c>eth_getLogs</c> asked for more than the provider serves in one answer ("query returned more
/// than 10000 results", "block range too large", "Log response size exceeded"). Query a smaller range.
/// </summary>
public sealed class LogQueryLimitException : RpcException
{
    /// <summary>Creates the exception.</summary>
    public LogQueryLimitException(string method, int? code, string rpcMessage)
        : base(method, RpcErrorKind.LogQueryLimitExceeded, code, rpcMessage)
    {
    }
}
