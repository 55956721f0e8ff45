using System.Text.Json;
using Anchor.Ethereum.Abi;

namespace Anchor.Ethereum.Rpc;

/// <summary>
/// Turns a JSON-RPC error object into the typed exception a caller acts on. Nodes agree on few
/// codes, so most kinds are recognised by the wording that geth, Erigon, Nethermind, Besu, Hardhat
/// and the large providers use.
/// </summary>
internal static class RpcErrorClassifier
{
    public static RpcException FromError(string method, JsonElement error, IReadOnlyList<AbiError> knownErrors)
    {
        int? code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var value) ? value : null;
        var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "(no message)";
        var data = error.TryGetProperty("data", out var d) ? d : default;
        var revertData = FindRevertData(data, 0);
        var kind = Classify(method, code, message, revertData is not null);
        return kind switch
        {
            RpcErrorKind.Reverted => new ContractRevertedException(method, code, message, revertData ?? [], FindTransactionHash(data))
                .WithKnownErrors(knownErrors),
            RpcErrorKind.LogQueryLimitExceeded => new LogQueryLimitException(method, code, message),
            _ => new RpcException(method, kind, code, message),
        };
    }

    public static RpcErrorKind Classify(string method, int? code, string message, bool hasRevertData)
    {
        var text = message.ToLowerInvariant();
        if (code == -32601 || (text.Contains("method") && ContainsAny(text, "not found", "not supported", "does not exist", "not available", "unsupported")))
        {
            return RpcErrorKind.MethodNotFound;
        }
        if (method == "eth_getLogs" && !IsRateLimit(code, message) && (code == -32005 || ContainsAny(text,
                "query returned more than", "block range", "range too large", "range is too large", "response size",
                "limit exceeded", "too many results", "too many logs", "max results", "exceed maximum", "exceeds maximum",
                "query timeout", "log response")))
        {
            return RpcErrorKind.LogQueryLimitExceeded;
        }
        if (hasRevertData || code == 3 || ContainsAny(text, "execution reverted", "vm exception", "reverted"))
        {
            return RpcErrorKind.Reverted;
        }
        if (ContainsAny(text, "already known", "known transaction", "already imported", "alreadyknown", "already in mempool", "already exists"))
        {
            return RpcErrorKind.AlreadyKnown;
        }
        if (ContainsAny(text, "nonce too low", "nonce is too low", "oldnonce", "nonce has already been used"))
        {
            return RpcErrorKind.NonceTooLow;
        }
        if (ContainsAny(text, "replacement transaction underpriced", "replacement fee too low", "replaceunderpriced") ||
            (text.Contains("replacement") && text.Contains("underpriced")))
        {
            return RpcErrorKind.ReplacementUnderpriced;
        }
        if (ContainsAny(text, "insufficient funds", "enough funds"))
        {
            return RpcErrorKind.InsufficientFunds;
        }
        if (ContainsAny(text, "chainid", "chain id", "eip-155", "eip155") && ContainsAny(text, "invalid", "incompatible", "mismatch", "wrong", "unsupported"))
        {
            return RpcErrorKind.WrongChainId;
        }
        return RpcErrorKind.Other;
    }

    /// <summary>Providers that meter requests say so in words; such an answer is worth retrying after a pause.</summary>
    public static bool IsRateLimit(int? code, string message)
    {
        var text = message.ToLowerInvariant();
        return ContainsAny(text, "rate limit", "too many requests", "request limit", "compute units", "capacity exceeded", "throughput");
    }

    /// <summary>Revert data sits in <c>error.data</c> as hex (geth), or nested in <c>error.data.data</c> (Hardhat).</summary>
    private static byte[]? FindRevertData(JsonElement data, int depth)
    {
        if (depth > 3) return null;
        switch (data.ValueKind)
        {
            case JsonValueKind.String:
                var text = data.GetString()!;
                if (Hex.HasPrefix(text) && Hex.TryDecode(text, out var bytes)) return bytes;
                // Nethermind: "Reverted 0x08c379a0…"
                var at = text.IndexOf(" 0x", StringComparison.Ordinal);
                return at >= 0 && Hex.TryDecode(text[(at + 1)..].Trim(), out var tail) ? tail : null;
            case JsonValueKind.Object:
                return data.TryGetProperty("data", out var inner) ? FindRevertData(inner, depth + 1) : null;
            default:
                return null;
        }
    }

    private static Bytes32? FindTransactionHash(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty("txHash", out var hash) &&
        hash.ValueKind == JsonValueKind.String && Bytes32.TryParse(hash.GetString(), out var value)
            ? value
            : null;

    private static bool ContainsAny(string text, params ReadOnlySpan<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (text.Contains(phrase, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
