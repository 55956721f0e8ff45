namespace Anchor.Indexer.Verification;

/// <summary>The tagged batch, as the bundle names it.</summary>
/// <param name="Gtin">GTIN-14.</param>
/// <param name="Lot">The lot, not percent-encoded.</param>
/// <param name="BatchKey">keccak256("/01/" + gtin + "/10/" + lot), checked by the format check.</param>
/// <param name="DigitalLink">The tag's GS1 Digital Link URI.</param>
/// <param name="Recall">What the chain says of the batch's recall; null when it was not read (offline, or the checks stopped before).</param>
public sealed record BatchFacts(string Gtin, string Lot, string BatchKey, string DigitalLink, ChainRecall? Recall);

/// <summary>The recall registry's record of a batch.</summary>
/// <param name="Recalled">True when the publisher recalled the batch.</param>
/// <param name="RecalledAt">The recall's block timestamp, seconds since 1970; null when not recalled.</param>
/// <param name="Reason">The recall's reason from its BatchRecalled event; null when not recalled or not readable.</param>
public sealed record ChainRecall(bool Recalled, long? RecalledAt, string? Reason);

/// <summary>The publisher, its claimed alliance name, and what the alliance registry says.</summary>
/// <param name="Address">The address, as the bundle writes it.</param>
/// <param name="AllianceName">The alliance name the bundle claims; null for no claim.</param>
/// <param name="Membership">The registry's record; null when it was not read.</param>
public sealed record PublisherFacts(string Address, string? AllianceName, AllianceMembership? Membership);

/// <summary>The alliance registry's record of an address.</summary>
/// <param name="IsMember">True when the address is a member.</param>
/// <param name="Name">The member's display name (empty for a non-member).</param>
/// <param name="MetadataUri">The member's metadata URI (may be empty).</param>
/// <param name="AdmittedAt">When the member was admitted, seconds since 1970; 0 for a non-member.</param>
public sealed record AllianceMembership(bool IsMember, string Name, string MetadataUri, long AdmittedAt);

/// <summary>The anchored head the proofs lead to, where the bundle says it was anchored, and how deep that block is.</summary>
/// <param name="Size">The log size anchored.</param>
/// <param name="Root">The root anchored.</param>
/// <param name="TransactionHash">The anchoring transaction.</param>
/// <param name="BlockNumber">Its block.</param>
/// <param name="BlockHash">That block's hash.</param>
/// <param name="LogIndex">The Anchored event's log index in the block.</param>
/// <param name="Timestamp">The block timestamp, seconds since 1970.</param>
/// <param name="Confirmations">latest − block + 1 at the pinned latest block; null when not computed.</param>
/// <param name="LatestBlock">The latest block every on-chain read was pinned to; null when not read.</param>
public sealed record AnchorFacts(
    long Size, string Root, string TransactionHash, long BlockNumber, string BlockHash, long LogIndex, long Timestamp,
    long? Confirmations, long? LatestBlock);
