using System.Numerics;

namespace Anchor.Ethereum.Transactions;

/// <summary>
/// What to send, with any of nonce, gas and fees fixed by the caller; <see cref="TransactionManager"/>
/// fills the rest from the node. A worker that controls nonce and fees sets them all.
/// </summary>
public sealed record TransactionRequest
{
    /// <summary>The recipient, or null to deploy a contract.</summary>
    public Address? To { get; init; }

    /// <summary>Call data or init code.</summary>
    public ReadOnlyMemory<byte> Data { get; init; }

    /// <summary>Wei to send.</summary>
    public BigInteger Value { get; init; }

    /// <summary>The envelope: EIP-1559 (default) or legacy.</summary>
    public TransactionType Type { get; init; } = TransactionType.Eip1559;

    /// <summary>The nonce; null takes the pending transaction count.</summary>
    public ulong? Nonce { get; init; }

    /// <summary>The gas limit; null estimates it and adds a margin.</summary>
    public ulong? GasLimit { get; init; }

    /// <summary>EIP-1559 fee cap; null takes 2 × the latest base fee + the tip.</summary>
    public BigInteger? MaxFeePerGas { get; init; }

    /// <summary>EIP-1559 tip; null asks the node (<c>eth_maxPriorityFeePerGas</c>, with its fallback).</summary>
    public BigInteger? MaxPriorityFeePerGas { get; init; }

    /// <summary>Legacy gas price; null takes the latest base fee + the tip.</summary>
    public BigInteger? GasPrice { get; init; }
}

/// <summary>Suggested EIP-1559 fees: the latest base fee, a tip, and a cap that survives base-fee rises.</summary>
/// <param name="BaseFeePerGas">The latest block's base fee.</param>
/// <param name="MaxPriorityFeePerGas">The tip.</param>
/// <param name="MaxFeePerGas">The cap: base fee × multiplier + tip.</param>
public sealed record FeeSuggestion(BigInteger BaseFeePerGas, BigInteger MaxPriorityFeePerGas, BigInteger MaxFeePerGas);

/// <summary>How <see cref="TransactionManager"/> fills in and waits for transactions.</summary>
public sealed class TransactionManagerOptions
{
    /// <summary>Percent added to <c>eth_estimateGas</c>. Default 20.</summary>
    public int GasLimitMarginPercent { get; set; } = 20;

    /// <summary>The fee cap is this many times the latest base fee, plus the tip. Default 2 (survives six full blocks).</summary>
    public int BaseFeeMultiplier { get; set; } = 2;

    /// <summary>How often to ask for a receipt. Default 500 ms.</summary>
    public TimeSpan ReceiptPollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long to wait for a receipt. Default 3 minutes.</summary>
    public TimeSpan ReceiptTimeout { get; set; } = TimeSpan.FromMinutes(3);
}
