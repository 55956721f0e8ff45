using Anchor.Ledger.Entries;
using Anchor.Merkle;

namespace Anchor.Ledger.Storage.Sqlite;

/// <summary>The columns of an <c>entries</c> row, as Dapper reads them.</summary>
internal sealed class EntryRow
{
    public const string Columns =
        "leaf_index AS LeafIndex, event_hash_id AS EventHashId, gtin AS Gtin, lot AS Lot, batch_key AS BatchKey, " +
        "event_type AS EventType, event_time AS EventTime, salt AS Salt, event_bytes AS EventBytes, " +
        "leaf_hash AS LeafHash, source AS Source, declared_at AS DeclaredAt";

    public long LeafIndex { get; set; }
    public string EventHashId { get; set; } = "";
    public string Gtin { get; set; } = "";
    public string Lot { get; set; } = "";
    public byte[] BatchKey { get; set; } = [];
    public string EventType { get; set; } = "";
    public string EventTime { get; set; } = "";
    public byte[] Salt { get; set; } = [];
    public byte[] EventBytes { get; set; } = [];
    public byte[] LeafHash { get; set; } = [];
    public string Source { get; set; } = "";
    public string DeclaredAt { get; set; } = "";

    public LedgerEntry ToEntry() => new(
        (ulong)LeafIndex, EventHashId, Gtin, Lot, new Hash32(BatchKey), EventType,
        DateTimeOffset.Parse(EventTime, System.Globalization.CultureInfo.InvariantCulture),
        Salt, EventBytes, new Hash32(LeafHash), Source,
        DeclaredAt.Length == 0 ? null : DateTimeOffset.Parse(DeclaredAt, System.Globalization.CultureInfo.InvariantCulture));
}
