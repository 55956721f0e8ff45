using System.Text.Json.Serialization;
using Anchor.Ledger.ColdChain;

namespace Anchor.Indexer.Verification;

/// <summary>What a verifier concludes about a bundle (SPEC section 7).</summary>
[JsonConverter(typeof(VerdictJsonConverter))]
public enum VerificationVerdict
{
    /// <summary>Every check passed, on the chain too.</summary>
    Valid,

    /// <summary>At least one check failed: the bundle is refuted.</summary>
    Invalid,

    /// <summary>No check failed, but at least one could not be completed (offline, RPC down, too few confirmations, another chain).</summary>
    CannotVerify,
}

/// <summary>
/// Everything <see cref="BundleVerifier.VerifyAsync"/> found: the verdict, the eleven checks of
/// SPEC section 7 in order with their reasons, warnings, and what a page shows beside them (the
/// batch, the publisher and its alliance membership, the anchor and its confirmations, the
/// recomputed cold chain and the timeline of the entries whose proofs verified).
/// </summary>
public sealed record VerificationReport
{
    /// <summary>Invalid if any check failed; else cannot verify if any was not completed; else valid.</summary>
    public required VerificationVerdict Verdict { get; init; }

    /// <summary>The eleven checks, in the order of <see cref="CheckNames.All"/>.</summary>
    public required IReadOnlyList<CheckResult> Checks { get; init; }

    /// <summary>Notes that do not change the verdict.</summary>
    public required IReadOnlyList<VerificationWarning> Warnings { get; init; }

    /// <summary>True when only the offline checks ran.</summary>
    public required bool Offline { get; init; }

    /// <summary>The confirmations that were required of the anchoring block.</summary>
    public required int MinConfirmations { get; init; }

    /// <summary>The tagged batch as the bundle names it, with its recall on the chain; null when the bundle is not well-formed.</summary>
    public BatchFacts? Batch { get; init; }

    /// <summary>The publisher and, when read, its alliance membership; null when the bundle is not well-formed.</summary>
    public PublisherFacts? Publisher { get; init; }

    /// <summary>The anchored head and, when read, its confirmations; null when the bundle is not well-formed.</summary>
    public AnchorFacts? Anchor { get; init; }

    /// <summary>The cold-chain summary recomputed from the tagged batch's entries with the bundle's band; null when it could not be computed.</summary>
    public ColdChainSummary? ColdChain { get; init; }

    /// <summary>The entries whose inclusion proof verified, in time order.</summary>
    public required IReadOnlyList<TimelineEntry> Timeline { get; init; }

    /// <summary>
    /// The check the shared vectors name (tests/vectors/bundles/README.md): the first that failed
    /// when invalid, the first that could not be checked when cannot verify (null offline), else null.
    /// </summary>
    public string? FirstFailure => Verdict switch
    {
        VerificationVerdict.Invalid => Checks.FirstOrDefault(c => c.Status == CheckStatus.Fail)?.Name,
        VerificationVerdict.CannotVerify => Checks.FirstOrDefault(c => c.Status == CheckStatus.CannotCheck)?.Name,
        _ => null,
    };

    /// <summary>The result of the check named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such check.</exception>
    public CheckResult Check(string name) =>
        Checks.FirstOrDefault(c => c.Name == name) ?? throw new KeyNotFoundException($"no check named {name}");
}
