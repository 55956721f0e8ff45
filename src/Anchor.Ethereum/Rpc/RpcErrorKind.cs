namespace Anchor.Ethereum.Rpc;

/// <summary>
/// What went wrong with a JSON-RPC call, in the terms a caller acts on: retry later, treat as
/// sent, pick another nonce, raise the fee, read the revert, shrink the log range, or give up.
/// </summary>
public enum RpcErrorKind
{
    /// <summary>Anything not listed below; the message has the node's words.</summary>
    Other,

    /// <summary>The node could not be reached or kept failing (time-outs, resets, HTTP 429/5xx) after every retry.</summary>
    Transport,

    /// <summary>The node answered with something that is not a valid JSON-RPC response for the method.</summary>
    InvalidResponse,

    /// <summary>The node does not offer the method (JSON-RPC -32601).</summary>
    MethodNotFound,

    /// <summary>Execution reverted; <see cref="ContractRevertedException"/> carries the revert data.</summary>
    Reverted,

    /// <summary>The node already has this exact transaction: a re-broadcast, which is not a failure.</summary>
    AlreadyKnown,

    /// <summary>The nonce was already used by a mined transaction.</summary>
    NonceTooLow,

    /// <summary>A transaction with the same nonce is pending and this one does not pay enough more to replace it.</summary>
    ReplacementUnderpriced,

    /// <summary>The sender cannot pay gas limit × fee cap + value.</summary>
    InsufficientFunds,

    /// <summary>The transaction was signed for another chain.</summary>
    WrongChainId,

    /// <summary><c>eth_getLogs</c>: the range or the result is larger than the provider allows; query a smaller range.</summary>
    LogQueryLimitExceeded,
}
