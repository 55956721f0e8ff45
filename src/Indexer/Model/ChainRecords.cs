using Anchor.Ethereum;

namespace Anchor.Indexer.Model;

/// <summary>A <c>BatchRecalled</c> event: <see cref="Publisher"/> recalled the batch with <see cref="BatchKey"/>, for good.</summary>
/// <param name="Publisher">The recalling address (a publisher can recall only its own batches).</param>
/// <param name="BatchKey">The batch key (docs/SPEC.md section 2.2).</param>
/// <param name="Reason">The reason given on chain.</param>
/// <param name="Position">Where the event sits; its block time is the recall's time.</param>
public sealed record IndexedRecall(Address Publisher, Bytes32 BatchKey, string Reason, LogPosition Position);

/// <summary>Which alliance event a membership change came from.</summary>
public enum MembershipChangeKind
{
    /// <summary><c>MemberAdmitted</c></summary>
    Admitted,

    /// <summary><c>MemberUpdated</c></summary>
    Updated,

    /// <summary><c>MemberRemoved</c></summary>
    Removed,
}

/// <summary>One <c>Member*</c> event of the AllianceRegistry. The current roll is folded from these, in chain order.</summary>
/// <param name="Publisher">The member's address.</param>
/// <param name="Kind">Admitted, updated or removed.</param>
/// <param name="Name">The display name (null for a removal).</param>
/// <param name="MetadataUri">The metadata URI (null for a removal).</param>
/// <param name="Position">Where the event sits.</param>
public sealed record MembershipChange(Address Publisher, MembershipChangeKind Kind, string? Name, string? MetadataUri, LogPosition Position);

/// <summary>An address's alliance membership as the indexed events leave it.</summary>
/// <param name="Publisher">The address.</param>
/// <param name="Name">The display name, from the latest admission or update.</param>
/// <param name="MetadataUri">The metadata URI, from the latest admission or update.</param>
/// <param name="AdmittedAt">The block time of the latest admission.</param>
/// <param name="RemovedAt">The block time of the removal after it, or null while a member.</param>
public sealed record AllianceMember(Address Publisher, string Name, string MetadataUri, DateTimeOffset AdmittedAt, DateTimeOffset? RemovedAt)
{
    /// <summary>True while the address is on the roll.</summary>
    public bool IsMember => RemovedAt is null;
}

/// <summary>
/// The batch→anchor map, one row per (batch, anchor): the entries of the batch that
/// <see cref="AnchorTransactionHash"/>/<see cref="AnchorLogIndex"/> covered first, i.e. whose
/// index lies in the anchor's [previousSize, size).
/// </summary>
/// <param name="Publisher">The anchoring address.</param>
/// <param name="BatchKey">The batch key.</param>
/// <param name="Gtin">The batch's GTIN-14.</param>
/// <param name="Lot">The batch's lot.</param>
/// <param name="AnchorTransactionHash">The anchor's transaction.</param>
/// <param name="AnchorLogIndex">The anchor's log index.</param>
/// <param name="BlockNumber">The anchor's block.</param>
/// <param name="FirstEntry">The lowest entry index of the batch that the anchor first covered.</param>
/// <param name="LastEntry">The highest such index.</param>
/// <param name="Entries">How many entries of the batch the anchor first covered.</param>
public sealed record BatchAnchorCoverage(
    Address Publisher, Bytes32 BatchKey, string Gtin, string Lot, Bytes32 AnchorTransactionHash, ulong AnchorLogIndex,
    ulong BlockNumber, ulong FirstEntry, ulong LastEntry, int Entries);
