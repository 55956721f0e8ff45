using Anchor.Indexer.Model;

namespace Anchor.Indexer.Commands;

/// <summary>The JSON shapes of the commands' --json output: hashes and addresses as 0x text, times in ISO 8601.</summary>
internal static class JsonViews
{
    public static object Anchor(IndexedAnchor a, AllianceMember? member) => new
    {
        publisher = a.Publisher.ToString(),
        allianceName = member?.Name,
        allianceMember = member?.IsMember ?? false,
        previousSize = a.PreviousSize,
        size = a.Size,
        root = a.Root.ToString(),
        transactionHash = a.Position.TransactionHash.ToString(),
        logIndex = a.Position.LogIndex,
        blockNumber = a.Position.BlockNumber,
        blockHash = a.Position.BlockHash.ToString(),
        blockTime = a.Position.BlockTime,
        provisional = a.Provisional,
        mapping = Mapping(a.Mapping.Status),
        flagged = a.Mapping.IsFlagged,
        ledgerPublisher = a.Mapping.LedgerPublisher,
        ledgerRoot = a.Mapping.LedgerRoot?.ToString(),
    };

    /// <summary>The mapping status as the index stores it: matched, root_mismatch, ledger_behind, not_our_ledger.</summary>
    public static string Mapping(AnchorMappingStatus status) => Storage.Sqlite.IndexRows.MappingText(status);

    public static object? Member(AllianceMember? m) => m is null ? null : new
    {
        publisher = m.Publisher.ToString(),
        name = m.Name,
        metadataUri = m.MetadataUri,
        admittedAt = m.AdmittedAt,
        removedAt = m.RemovedAt,
        isMember = m.IsMember,
    };

    public static object Recall(IndexedRecall r) => new
    {
        publisher = r.Publisher.ToString(),
        batchKey = r.BatchKey.ToString(),
        reason = r.Reason,
        recalledAt = r.Position.BlockTime,
        transactionHash = r.Position.TransactionHash.ToString(),
        logIndex = r.Position.LogIndex,
        blockNumber = r.Position.BlockNumber,
    };

    public static object? Progress(IndexProgress? p) => p is null ? null : new
    {
        chainId = p.Identity.ChainId,
        genesisHash = p.Identity.GenesisHash.ToString(),
        anchorRegistry = p.Identity.AnchorRegistry.ToString(),
        recallRegistry = p.Identity.RecallRegistry.ToString(),
        allianceRegistry = p.Identity.AllianceRegistry.ToString(),
        firstBlock = p.Identity.FirstBlock,
        indexedBlock = p.LastBlock?.Number,
        indexedBlockHash = p.LastBlock?.Hash.ToString(),
        lastHead = p.LastHead,
        updatedAt = p.UpdatedAt,
        lastError = p.LastError,
        lastErrorAt = p.LastErrorAt,
        reorgs = p.Reorgs,
        lastReorg = p.LastReorg,
        resets = p.Resets,
        lastReset = p.LastReset,
    };
}
