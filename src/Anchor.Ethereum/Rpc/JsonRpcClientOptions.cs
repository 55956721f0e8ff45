using System.Numerics;
using Anchor.Ethereum.Abi;

namespace Anchor.Ethereum.Rpc;

/// <summary>Time-outs, retries and fallbacks of <see cref="JsonRpcClient"/>.</summary>
public sealed class JsonRpcClientOptions
{
    /// <summary>How long one attempt may take before it counts as a transient fault. Default 10 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after the first attempt for transient faults (time-out, reset, 429, 5xx). Default 4.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first backoff delay; it doubles per retry, with jitter. Default 250 ms.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest backoff delay, including a server's Retry-After. Default 8 s.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// The tip to use when the node has neither <c>eth_maxPriorityFeePerGas</c> nor any non-zero
    /// tip in its recent fee history. Default 1 gwei.
    /// </summary>
    public BigInteger FallbackPriorityFeePerGas { get; set; } = 1_000_000_000;

    /// <summary>
    /// The most calls sent in one JSON-RPC batch (the indexer's block header reads); 1 sends every
    /// call alone. A node that refuses a batch gets single calls from then on. Default 50, below
    /// the batch limits of the common hosted providers.
    /// </summary>
    public int MaxBatchSize { get; set; } = 50;

    /// <summary>Custom errors to decode from revert data into <see cref="ContractCustomErrorException"/>.</summary>
    public IReadOnlyList<AbiError> KnownErrors { get; set; } = [];

    /// <summary>Throws if a value is out of range, naming it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A time-out or delay is not positive, or retries are negative.</exception>
    public void Validate()
    {
        if (RequestTimeout < TimeSpan.FromMilliseconds(10)) throw new ArgumentOutOfRangeException(nameof(RequestTimeout), RequestTimeout, "must be at least 10 ms");
        if (MaxRetries < 0) throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries, "must not be negative");
        if (RetryBaseDelay < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(RetryBaseDelay), RetryBaseDelay, "must not be negative");
        if (RetryMaxDelay < RetryBaseDelay) throw new ArgumentOutOfRangeException(nameof(RetryMaxDelay), RetryMaxDelay, "must not be below RetryBaseDelay");
        if (MaxBatchSize < 1) throw new ArgumentOutOfRangeException(nameof(MaxBatchSize), MaxBatchSize, "must be at least 1");
        if (FallbackPriorityFeePerGas.Sign < 0) throw new ArgumentOutOfRangeException(nameof(FallbackPriorityFeePerGas), FallbackPriorityFeePerGas, "must not be negative");
    }
}
