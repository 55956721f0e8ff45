using System.Text.Json.Serialization;

namespace Anchor.Indexer.Verification;

/// <summary>The checks of SPEC section 7, by name, in the order they run and are reported.</summary>
public static class CheckNames
{
    /// <summary>The bundle is JSON of version 1, every member well-formed, and its batch key right.</summary>
    public const string Format = "format";
    /// <summary>Events are JSON objects, GTINs and lots well-formed, indices distinct and below the size, one entry of the tagged batch.</summary>
    public const string Entries = "entries";
    /// <summary>Each entry's leaf, recomputed from its bytes, is included at its index in the anchored head.</summary>
    public const string Proofs = "proofs";
    /// <summary>Earlier heads lead to the anchored head by consistency proofs, and (online) the publisher anchored them.</summary>
    public const string History = "history";
    /// <summary>The RPC serves the bundle's chain.</summary>
    public const string Chain = "chain";
    /// <summary>The three addresses hold Anchor's registries (runtime code hashes).</summary>
    public const string Contracts = "contracts";
    /// <summary>The registry recorded the head, and the Anchored event is where the bundle says.</summary>
    public const string Anchor = "anchor";
    /// <summary>The anchoring block is deep enough.</summary>
    public const string Confirmations = "confirmations";
    /// <summary>The claimed alliance name is the registry's.</summary>
    public const string Alliance = "alliance";
    /// <summary>The batch is not recalled, and the bundle's recall claim is the chain's.</summary>
    public const string Recall = "recall";
    /// <summary>The recomputed cold-chain summary matches the claim.</summary>
    public const string ColdChain = "coldChain";

    /// <summary>All eleven, in the order of section 7.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Format, Entries, Proofs, History, Chain, Contracts, Anchor, Confirmations, Alliance, Recall, ColdChain];

    /// <summary>The checks that need the chain (history has an offline half too).</summary>
    public static IReadOnlyList<string> OnChain { get; } = [Chain, Contracts, Anchor, Confirmations, Alliance, Recall];
}

/// <summary>How a check ended.</summary>
[JsonConverter(typeof(CheckStatusJsonConverter))]
public enum CheckStatus
{
    /// <summary>The check ran and the bundle passed it.</summary>
    Pass,

    /// <summary>The check ran and refutes the bundle: the verdict is invalid.</summary>
    Fail,

    /// <summary>The check could not be completed (RPC down, too few confirmations, another chain): never valid.</summary>
    CannotCheck,

    /// <summary>Not run: offline, or after a check it depends on did not pass. Never valid either.</summary>
    Skipped,
}

/// <summary>One check of SPEC section 7 and how it ended.</summary>
/// <param name="Name">One of <see cref="CheckNames"/>.</param>
/// <param name="Status">Pass, fail, cannot check or skipped.</param>
/// <param name="Reason">Why, specifically: which member, entry, proof node or chain answer.</param>
public sealed record CheckResult(string Name, CheckStatus Status, string Reason);

/// <summary>Something a reader should know that does not change the verdict (an excursion, a non-member publisher, offline mode).</summary>
/// <param name="Check">The check that noted it.</param>
/// <param name="Message">What to know.</param>
public sealed record VerificationWarning(string Check, string Message);

/// <summary>The outcome of a check body before it is named: a status and its reason.</summary>
internal readonly record struct Outcome(CheckStatus Status, string Reason)
{
    public static Outcome Pass(string reason) => new(CheckStatus.Pass, reason);

    public static Outcome Fail(string reason) => new(CheckStatus.Fail, reason);

    public static Outcome CannotCheck(string reason) => new(CheckStatus.CannotCheck, reason);

    public static Outcome Skipped(string reason) => new(CheckStatus.Skipped, reason);
}
