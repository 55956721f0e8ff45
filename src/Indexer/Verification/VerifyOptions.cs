namespace Anchor.Indexer.Verification;

/// <summary>How <see cref="BundleVerifier"/> runs: which chain to ask, and how demanding to be.</summary>
public sealed record VerifyOptions
{
    /// <summary>The default of <see cref="MinConfirmations"/>.</summary>
    public const int DefaultMinConfirmations = 12;

    /// <summary>
    /// A JSON-RPC endpoint of the bundle's chain. Null (and not <see cref="Offline"/>): the
    /// on-chain checks are <see cref="CheckStatus.CannotCheck"/>, so the verdict is at best
    /// <see cref="VerificationVerdict.CannotVerify"/>.
    /// </summary>
    public Uri? Rpc { get; init; }

    /// <summary>Run the offline checks only (SPEC section 7): the verdict is then at best <see cref="VerificationVerdict.CannotVerify"/>, and the report says so.</summary>
    public bool Offline { get; init; }

    /// <summary>Confirmations the anchoring block needs (latest − block + 1); fewer is "cannot check". The verifier's choice, not the bundle's.</summary>
    public int MinConfirmations { get; init; } = DefaultMinConfirmations;

    /// <summary>The time-out of one JSON-RPC attempt. Default 10 s.</summary>
    public TimeSpan RpcTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of a JSON-RPC call after a transport fault (time-out, reset, 429, 5xx). Default 1.</summary>
    public int RpcRetries { get; init; } = 1;

    /// <summary>Why these options cannot be used, or null when they can.</summary>
    internal string? Problem() =>
        MinConfirmations < 0 ? $"MinConfirmations must not be negative, got {MinConfirmations}"
        : RpcTimeout < TimeSpan.FromMilliseconds(10) ? $"RpcTimeout must be at least 10 ms, got {RpcTimeout}"
        : RpcRetries < 0 ? $"RpcRetries must not be negative, got {RpcRetries}"
        : Rpc is not null && !Rpc.IsAbsoluteUri ? "Rpc must be an absolute http or https URL"
        : null;
}
