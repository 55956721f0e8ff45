using Anchor.Merkle;

namespace Anchor.Ledger.Entries;

/// <summary>
/// One entry of a publisher's log: an accepted EPCIS event with what its leaf commits to.
/// Entries are never updated or deleted; a correction is a later errorDeclaration entry.
/// </summary>
/// <param name="Index">Position in the publisher's log; also the leaf index.</param>
/// <param name="EventHashId">The CBV 2.0 EPCIS Event Hash ID, the event's identity.</param>
/// <param name="Gtin">The batch's GTIN-14.</param>
/// <param name="Lot">The batch's lot.</param>
/// <param name="BatchKey">The batch key of (Gtin, Lot).</param>
/// <param name="EventType">ObjectEvent, AggregationEvent and so on.</param>
/// <param name="EventTime">The event's eventTime.</param>
/// <param name="Salt">The 32 random bytes of the leaf.</param>
/// <param name="EventBytes">The exact stored bytes of the event (compact UTF-8 JSON).</param>
/// <param name="LeafHash">The entry's leaf hash.</param>
/// <param name="Source">Where it came from: file and event index, for people.</param>
/// <param name="DeclaredAt">For an EPCIS error declaration, its declarationTime; null for an ordinary event.</param>
public sealed record LedgerEntry(
    ulong Index,
    string EventHashId,
    string Gtin,
    string Lot,
    Hash32 BatchKey,
    string EventType,
    DateTimeOffset EventTime,
    byte[] Salt,
    byte[] EventBytes,
    Hash32 LeafHash,
    string Source,
    DateTimeOffset? DeclaredAt = null)
{
    /// <summary>True for an EPCIS error declaration, which retracts the earlier entry with the same hash ID.</summary>
    public bool IsErrorDeclaration => DeclaredAt is not null;
}
