using Anchor.Ethereum;
using Anchor.Merkle;

namespace Anchor.Indexer.Verification;

/// <summary>
/// An evidence bundle (SPEC section 5) that passed the <c>format</c> check: every member has its
/// shape, hashes are parsed, addresses carry a valid EIP-55 checksum where they are mixed-case.
/// What the later checks read; nothing here is trusted yet.
/// </summary>
internal sealed record EvidenceBundle(
    BundleBatch Batch,
    BundleChain Chain,
    BundlePublisher Publisher,
    BundleAnchor Anchor,
    IReadOnlyList<BundleEntry> Entries,
    BundleProof Proof,
    IReadOnlyList<BundleHead>? History,
    BundleRecallClaim Recall,
    ColdChainClaim ColdChain)
{
    /// <summary>True when <paramref name="entry"/> is of the tagged batch (same GTIN and lot).</summary>
    public bool IsTagged(BundleEntry entry) => entry.Gtin == Batch.Gtin && entry.Lot == Batch.Lot;
}

/// <summary>The tagged batch.</summary>
internal sealed record BundleBatch(string Gtin, string Lot, Hash32 BatchKey, string DigitalLink);

/// <summary>The chain and the three registries.</summary>
internal sealed record BundleChain(long ChainId, Address AnchorRegistry, Address RecallRegistry, Address AllianceRegistry);

/// <summary>The publisher's address as written, and the alliance name the issuer claims for it.</summary>
internal sealed record BundlePublisher(string AddressText, Address Address, string? AllianceName);

/// <summary>The anchored head the proofs lead to, and where its Anchored event sits.</summary>
internal sealed record BundleAnchor(long Size, Hash32 Root, Hash32 TransactionHash, long BlockNumber, Hash32 BlockHash, long LogIndex, long Timestamp);

/// <summary>One disclosed ledger entry; <see cref="EventUtf8"/> is what its leaf commits to.</summary>
internal sealed record BundleEntry(long Index, string Gtin, string Lot, string EventHashId, string? DeclaredAt, Hash32 Salt, string Event, byte[] EventUtf8);

/// <summary>The compact inclusion proof (SPEC section 4).</summary>
internal sealed record BundleProof(IReadOnlyList<Hash32> Nodes, long? Size, IReadOnlyList<BundlePath> Paths);

/// <summary>One path of the compact proof: positions in <see cref="BundleProof.Nodes"/>, nearest first.</summary>
internal sealed record BundlePath(long Index, IReadOnlyList<long> Nodes);

/// <summary>An earlier head of the same log, with the consistency proof from it to the anchor.</summary>
internal sealed record BundleHead(long Size, Hash32 Root, IReadOnlyList<Hash32> ConsistencyProof);

/// <summary>
/// The issuer's recall claim: both null (no recall), or a time and a reason. The time is the
/// recall's block timestamp in seconds; an RFC 3339 time is read too (as the JavaScript verifier does).
/// </summary>
internal sealed record BundleRecallClaim(long? RecalledAt, string? Reason)
{
    /// <summary>True when the bundle claims a recall.</summary>
    public bool Claimed => RecalledAt is not null;
}

/// <summary>
/// The issuer's cold-chain summary. Numbers are kept as JSON doubles, exactly as the JavaScript
/// verifier reads them, and compared as the decimals of their shortest form.
/// </summary>
internal sealed record ColdChainClaim(
    double BandMinCelsius,
    double BandMaxCelsius,
    string Verdict,
    long Readings,
    double? MinCelsius,
    double? MaxCelsius,
    string TimeOutside,
    long? IntervalReports,
    long? IgnoredReports,
    long? RetractedEvents,
    int? ExcursionCount);
