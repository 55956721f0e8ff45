using System.Globalization;
using Anchor.Ethereum;
using Anchor.Indexer.Model;

namespace Anchor.Indexer.Storage.Sqlite;

/// <summary>The conversions between the index's rows and its model, in one place.</summary>
internal static class IndexRows
{
    // uint64 values are stored in SQLite's signed INTEGER bit for bit; sizes and block numbers of
    // real logs stay far below 2^63, where the two orders agree.
    public static long Int(ulong value) => unchecked((long)value);

    public static ulong UInt(long value) => unchecked((ulong)value);

    public static Bytes32 Hash(byte[] bytes) => Bytes32.FromBytes(bytes);

    public static DateTimeOffset Time(long unixSeconds) => DateTimeOffset.FromUnixTimeSeconds(unixSeconds);

    public static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static string MappingText(AnchorMappingStatus status) => status switch
    {
        AnchorMappingStatus.Matched => "matched",
        AnchorMappingStatus.RootMismatch => "root_mismatch",
        AnchorMappingStatus.LedgerBehind => "ledger_behind",
        AnchorMappingStatus.NotOurLedger => "not_our_ledger",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown mapping status"),
    };

    public static AnchorMappingStatus ParseMapping(string text) => text switch
    {
        "matched" => AnchorMappingStatus.Matched,
        "root_mismatch" => AnchorMappingStatus.RootMismatch,
        "ledger_behind" => AnchorMappingStatus.LedgerBehind,
        "not_our_ledger" => AnchorMappingStatus.NotOurLedger,
        _ => throw new InvalidDataException($"indexer_anchors.mapping holds '{text}', which this build does not know"),
    };

    public static string KindText(MembershipChangeKind kind) => kind.ToString().ToLowerInvariant();

    public static MembershipChangeKind ParseKind(string text) => text switch
    {
        "admitted" => MembershipChangeKind.Admitted,
        "updated" => MembershipChangeKind.Updated,
        "removed" => MembershipChangeKind.Removed,
        _ => throw new InvalidDataException($"indexer_membership_changes.kind holds '{text}', which this build does not know"),
    };

    public static readonly string[] AnchorNames =
        ["@tx", "@logIndex", "@publisher", "@previousSize", "@size", "@root", "@blockNumber", "@blockHash", "@blockTime", "@mapping", "@ledgerPublisher", "@ledgerRoot"];

    public static object?[] AnchorValues(IndexedAnchor a) => AnchorValues(a, a.Publisher.ToString());

    /// <summary>The values of <paramref name="a"/>, with its publisher's EIP-55 text given (computing it hashes, and a range repeats few addresses).</summary>
    public static object?[] AnchorValues(IndexedAnchor a, string publisher) =>
    [
        a.Position.TransactionHash.ToArray(), Int(a.Position.LogIndex), publisher, Int(a.PreviousSize), Int(a.Size), a.Root.ToArray(),
        Int(a.Position.BlockNumber), a.Position.BlockHash.ToArray(), a.Position.BlockTime.ToUnixTimeSeconds(), MappingText(a.Mapping.Status),
        a.Mapping.LedgerPublisher, a.Mapping.LedgerRoot?.ToArray(),
    ];

    public static readonly string[] CoverageNames =
        ["@publisher", "@batchKey", "@tx", "@logIndex", "@gtin", "@lot", "@blockNumber", "@firstEntry", "@lastEntry", "@entries"];

    public static object?[] CoverageValues(BatchAnchorCoverage c) =>
    [
        c.Publisher.ToString(), c.BatchKey.ToArray(), c.AnchorTransactionHash.ToArray(), Int(c.AnchorLogIndex), c.Gtin, c.Lot,
        Int(c.BlockNumber), Int(c.FirstEntry), Int(c.LastEntry), c.Entries,
    ];

    public static readonly string[] RecallNames = ["@tx", "@logIndex", "@publisher", "@batchKey", "@reason", "@blockNumber", "@blockHash", "@blockTime"];

    public static object?[] RecallValues(IndexedRecall r) =>
    [
        r.Position.TransactionHash.ToArray(), Int(r.Position.LogIndex), r.Publisher.ToString(), r.BatchKey.ToArray(), r.Reason,
        Int(r.Position.BlockNumber), r.Position.BlockHash.ToArray(), r.Position.BlockTime.ToUnixTimeSeconds(),
    ];

    public static readonly string[] MembershipNames =
        ["@tx", "@logIndex", "@publisher", "@kind", "@name", "@metadataUri", "@blockNumber", "@blockHash", "@blockTime"];

    public static object?[] MembershipValues(MembershipChange m) =>
    [
        m.Position.TransactionHash.ToArray(), Int(m.Position.LogIndex), m.Publisher.ToString(), KindText(m.Kind), m.Name, m.MetadataUri,
        Int(m.Position.BlockNumber), m.Position.BlockHash.ToArray(), m.Position.BlockTime.ToUnixTimeSeconds(),
    ];

    /// <summary>Columns of indexer_anchors and indexer_provisional_anchors, as <see cref="AnchorRow"/> reads them.</summary>
    public const string AnchorColumns =
        "tx_hash AS TxHash, log_index AS LogIndex, publisher AS Publisher, previous_size AS PreviousSize, size AS Size, root AS Root, " +
        "block_number AS BlockNumber, block_hash AS BlockHash, block_time AS BlockTime, mapping AS Mapping, " +
        "ledger_publisher AS LedgerPublisher, ledger_root AS LedgerRoot";

    public const string AnchorInsertColumns =
        "(tx_hash, log_index, publisher, previous_size, size, root, block_number, block_hash, block_time, mapping, ledger_publisher, ledger_root) " +
        "VALUES (@tx, @logIndex, @publisher, @previousSize, @size, @root, @blockNumber, @blockHash, @blockTime, @mapping, @ledgerPublisher, @ledgerRoot)";

    public const string PositionColumns =
        "tx_hash AS TxHash, log_index AS LogIndex, block_number AS BlockNumber, block_hash AS BlockHash, block_time AS BlockTime";
}

/// <summary>An anchor row as Dapper reads it.</summary>
internal sealed class AnchorRow
{
    public byte[] TxHash { get; set; } = [];
    public long LogIndex { get; set; }
    public string Publisher { get; set; } = "";
    public long PreviousSize { get; set; }
    public long Size { get; set; }
    public byte[] Root { get; set; } = [];
    public long BlockNumber { get; set; }
    public byte[] BlockHash { get; set; } = [];
    public long BlockTime { get; set; }
    public string Mapping { get; set; } = "";
    public string? LedgerPublisher { get; set; }
    public byte[]? LedgerRoot { get; set; }

    public IndexedAnchor ToAnchor(bool provisional) => new(
        Address.Parse(Publisher), IndexRows.UInt(PreviousSize), IndexRows.UInt(Size), IndexRows.Hash(Root),
        new LogPosition(IndexRows.Hash(TxHash), IndexRows.UInt(LogIndex), IndexRows.UInt(BlockNumber), IndexRows.Hash(BlockHash), IndexRows.Time(BlockTime)),
        provisional,
        new AnchorMapping(IndexRows.ParseMapping(Mapping), LedgerPublisher, LedgerRoot is null ? null : IndexRows.Hash(LedgerRoot)));
}

/// <summary>A recall or membership row as Dapper reads it.</summary>
internal sealed class EventRow
{
    public byte[] TxHash { get; set; } = [];
    public long LogIndex { get; set; }
    public string Publisher { get; set; } = "";
    public long BlockNumber { get; set; }
    public byte[] BlockHash { get; set; } = [];
    public long BlockTime { get; set; }
    public byte[]? BatchKey { get; set; }
    public string? Reason { get; set; }
    public string? Kind { get; set; }
    public string? Name { get; set; }
    public string? MetadataUri { get; set; }

    public LogPosition Position => new(IndexRows.Hash(TxHash), IndexRows.UInt(LogIndex), IndexRows.UInt(BlockNumber), IndexRows.Hash(BlockHash), IndexRows.Time(BlockTime));

    public IndexedRecall ToRecall() => new(Address.Parse(Publisher), IndexRows.Hash(BatchKey!), Reason ?? "", Position);

    public MembershipChange ToMembershipChange() => new(Address.Parse(Publisher), IndexRows.ParseKind(Kind!), Name, MetadataUri, Position);
}

/// <summary>A batch→anchor row as Dapper reads it.</summary>
internal sealed class CoverageRow
{
    public const string Columns =
        "publisher AS Publisher, batch_key AS BatchKey, anchor_tx_hash AS AnchorTxHash, anchor_log_index AS AnchorLogIndex, gtin AS Gtin, lot AS Lot, " +
        "block_number AS BlockNumber, first_entry AS FirstEntry, last_entry AS LastEntry, entries AS Entries";

    public string Publisher { get; set; } = "";
    public byte[] BatchKey { get; set; } = [];
    public byte[] AnchorTxHash { get; set; } = [];
    public long AnchorLogIndex { get; set; }
    public string Gtin { get; set; } = "";
    public string Lot { get; set; } = "";
    public long BlockNumber { get; set; }
    public long FirstEntry { get; set; }
    public long LastEntry { get; set; }
    public long Entries { get; set; }

    public BatchAnchorCoverage ToCoverage() => new(
        Address.Parse(Publisher), IndexRows.Hash(BatchKey), Gtin, Lot, IndexRows.Hash(AnchorTxHash), IndexRows.UInt(AnchorLogIndex),
        IndexRows.UInt(BlockNumber), IndexRows.UInt(FirstEntry), IndexRows.UInt(LastEntry), (int)Entries);
}

/// <summary>The progress row as Dapper reads it.</summary>
internal sealed class ProgressRow
{
    public const string Columns =
        "chain_id AS ChainId, genesis_hash AS GenesisHash, anchor_registry AS AnchorRegistry, recall_registry AS RecallRegistry, " +
        "alliance_registry AS AllianceRegistry, first_block AS FirstBlock, block_number AS BlockNumber, block_hash AS BlockHash, " +
        "head_number AS HeadNumber, updated_at AS UpdatedAt, last_error AS LastError, last_error_at AS LastErrorAt, " +
        "reorgs AS Reorgs, last_reorg AS LastReorg, resets AS Resets, last_reset AS LastReset";

    public long ChainId { get; set; }
    public byte[] GenesisHash { get; set; } = [];
    public string AnchorRegistry { get; set; } = "";
    public string RecallRegistry { get; set; } = "";
    public string AllianceRegistry { get; set; } = "";
    public long FirstBlock { get; set; }
    public long? BlockNumber { get; set; }
    public byte[]? BlockHash { get; set; }
    public long? HeadNumber { get; set; }
    public string UpdatedAt { get; set; } = "";
    public string? LastError { get; set; }
    public string? LastErrorAt { get; set; }
    public long Reorgs { get; set; }
    public string? LastReorg { get; set; }
    public long Resets { get; set; }
    public string? LastReset { get; set; }

    public IndexProgress ToProgress() => new(
        new ChainIdentity(IndexRows.UInt(ChainId), IndexRows.Hash(GenesisHash), Address.Parse(AnchorRegistry), Address.Parse(RecallRegistry),
            Address.Parse(AllianceRegistry), IndexRows.UInt(FirstBlock)),
        BlockNumber is { } number && BlockHash is { } hash ? new BlockRef(IndexRows.UInt(number), IndexRows.Hash(hash)) : null,
        HeadNumber is { } head ? IndexRows.UInt(head) : null,
        IndexRows.ParseTime(UpdatedAt),
        LastError,
        LastErrorAt is null ? null : IndexRows.ParseTime(LastErrorAt),
        Reorgs,
        LastReorg,
        Resets,
        LastReset);
}
