using System.Numerics;
using Anchor.Ethereum.Transactions;

namespace Anchor.Worker;

/// <summary>Fees of an anchor transaction: what to offer first, and how to outbid a stuck one.</summary>
public sealed record Fees(BigInteger MaxFeePerGas, BigInteger MaxPriorityFeePerGas);

/// <summary>
/// The worker's fee rules. The first offer follows the node's suggestion; a replacement raises
/// both the tip and the max fee by at least the configured percentage (nodes refuse a replacement
/// below 10%, some below 12.5%), and never goes above the cap, however high fees spike.
/// </summary>
public sealed class FeePolicy
{
    private readonly BigInteger _capWei;
    private readonly BigInteger _bumpBasisPoints;

    /// <param name="capWei">The most the worker pays per gas.</param>
    /// <param name="bumpPercent">The raise of a replacement, at least 12.5.</param>
    public FeePolicy(BigInteger capWei, decimal bumpPercent)
    {
        if (capWei <= 0) throw new ArgumentOutOfRangeException(nameof(capWei), capWei, "the fee cap must be above zero");
        if (bumpPercent < 12.5m) throw new ArgumentOutOfRangeException(nameof(bumpPercent), bumpPercent, "a replacement must raise fees by at least 12.5%");
        _capWei = capWei;
        _bumpBasisPoints = new BigInteger(decimal.Round(bumpPercent * 100, 0, MidpointRounding.AwayFromZero));
    }

    /// <summary>The cap, in wei per gas.</summary>
    public BigInteger CapWei => _capWei;

    /// <summary>The first offer: the node's suggestion, held under the cap.</summary>
    public Fees Initial(FeeSuggestion suggestion)
    {
        var maxFee = BigInteger.Min(suggestion.MaxFeePerGas, _capWei);
        var tip = BigInteger.Min(suggestion.MaxPriorityFeePerGas, maxFee);
        return new Fees(maxFee, tip);
    }

    /// <summary>
    /// Fees that outbid <paramref name="previous"/> by the bump, and at least match what the node
    /// suggests now; null when the cap leaves no room for a valid replacement.
    /// </summary>
    public Fees? Replacement(Fees previous, FeeSuggestion current)
    {
        var minTip = Bump(previous.MaxPriorityFeePerGas);
        var minMaxFee = Bump(previous.MaxFeePerGas);
        var maxFee = BigInteger.Min(BigInteger.Max(minMaxFee, current.MaxFeePerGas), _capWei);
        if (maxFee < minMaxFee) return null;
        var tip = BigInteger.Min(BigInteger.Max(minTip, current.MaxPriorityFeePerGas), maxFee);
        if (tip < minTip) return null;
        return new Fees(maxFee, tip);
    }

    // Rounds up, and always adds at least one wei, so that a zero tip still rises.
    private BigInteger Bump(BigInteger value) =>
        BigInteger.Max(value + 1, (value * (10_000 + _bumpBasisPoints) + 9_999) / 10_000);
}
