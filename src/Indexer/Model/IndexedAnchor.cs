using Anchor.Ethereum;

namespace Anchor.Indexer.Model;

/// <summary>How an anchor relates to the ledger in this database.</summary>
public enum AnchorMappingStatus
{
    /// <summary>The publisher's ledger is here and its root at the anchored size is the anchored root.</summary>
    Matched,

    /// <summary>
    /// The publisher's ledger is here but its root at the anchored size differs: the key anchored
    /// something this ledger does not hold. Flagged loudly wherever the anchor appears.
    /// </summary>
    RootMismatch,

    /// <summary>The publisher's ledger is here but has fewer entries than the anchored size; checked again as it grows.</summary>
    LedgerBehind,

    /// <summary>No ledger here belongs to the anchoring address; the anchor is recorded all the same.</summary>
    NotOurLedger,
}

/// <summary>What the indexer found when it compared an anchor with the local ledger.</summary>
/// <param name="Status">The outcome.</param>
/// <param name="LedgerPublisher">The local publisher (ledger) name, when the address has one.</param>
/// <param name="LedgerRoot">The ledger's root at the anchored size, when it could be computed.</param>
public sealed record AnchorMapping(AnchorMappingStatus Status, string? LedgerPublisher, Bytes32? LedgerRoot)
{
    /// <summary>The mapping of an address without a ledger here.</summary>
    public static AnchorMapping NotOurLedger { get; } = new(AnchorMappingStatus.NotOurLedger, null, null);

    /// <summary>True when the anchor commits to something the local ledger contradicts.</summary>
    public bool IsFlagged => Status == AnchorMappingStatus.RootMismatch;
}

/// <summary>
/// One <c>Anchored</c> event: <see cref="Publisher"/> moved its head from <see cref="PreviousSize"/>
/// to (<see cref="Size"/>, <see cref="Root"/>), so it covers the log's entries
/// [<see cref="PreviousSize"/>, <see cref="Size"/>).
/// </summary>
/// <param name="Publisher">The anchoring address.</param>
/// <param name="PreviousSize">The head's size before.</param>
/// <param name="Size">The new size.</param>
/// <param name="Root">The new root.</param>
/// <param name="Position">Where the event sits on chain.</param>
/// <param name="Provisional">True while its block is not final by the confirmation rule.</param>
/// <param name="Mapping">How it relates to the local ledger.</param>
public sealed record IndexedAnchor(
    Address Publisher, ulong PreviousSize, ulong Size, Bytes32 Root, LogPosition Position, bool Provisional, AnchorMapping Mapping)
{
    /// <summary>True if the anchor first covered the entry at <paramref name="index"/>.</summary>
    public bool FirstCovers(ulong index) => index >= PreviousSize && index < Size;
}
