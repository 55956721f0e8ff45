using Anchor.Ethereum;
using Anchor.Indexer.Model;
using Anchor.Ledger.Storage.Sqlite;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Anchor.Indexer.Storage.Sqlite;

/// <summary>
/// The index in the shared SQLite file (Ledger:Database), beside the ledger's tables. Each write
/// is one transaction; rows are upserted by (transaction hash, log index).
/// </summary>
public sealed partial class SqliteIndexStore : IIndexStore
{
    private const string Unmapped = "('ledger_behind', 'not_our_ledger')";
    private readonly IndexConnections _database;

    /// <summary>Opens the index in <paramref name="database"/>, creating or migrating its tables.</summary>
    public SqliteIndexStore(SqliteDatabase database)
    {
        _database = new IndexConnections(database ?? throw new ArgumentNullException(nameof(database)));
        using var connection = _database.Open();
        SqliteMigrator.Apply(connection, IndexSchema.Component, IndexSchema.Migrations);
    }

    /// <summary>The database file.</summary>
    public SqliteDatabase Database => _database.Database;

    /// <inheritdoc />
    public async Task ResetAsync(ChainIdentity identity, string? reason, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        await using var transaction = connection.BeginTransaction();
        var resets = await connection.ExecuteScalarAsync<long?>(Command("SELECT resets FROM indexer_progress WHERE id = 1", null, transaction, cancellationToken)) ?? 0;
        foreach (var table in new[] { "indexer_batch_anchors", "indexer_anchors", "indexer_provisional_anchors", "indexer_recalls", "indexer_membership_changes", "indexer_blocks", "indexer_progress" })
        {
            await connection.ExecuteAsync(Command($"DELETE FROM {table}", null, transaction, cancellationToken));
        }
        await connection.ExecuteAsync(Command("""
            INSERT INTO indexer_progress (id, chain_id, genesis_hash, anchor_registry, recall_registry, alliance_registry, first_block, updated_at, resets, last_reset)
            VALUES (1, @chainId, @genesis, @anchorRegistry, @recallRegistry, @allianceRegistry, @firstBlock, @now, @resets, @reason)
            """, new
        {
            chainId = IndexRows.Int(identity.ChainId),
            genesis = identity.GenesisHash.ToArray(),
            anchorRegistry = identity.AnchorRegistry.ToString(),
            recallRegistry = identity.RecallRegistry.ToString(),
            allianceRegistry = identity.AllianceRegistry.ToString(),
            firstBlock = IndexRows.Int(identity.FirstBlock),
            now = IndexRows.Now(),
            resets = reason is null ? resets : resets + 1,
            reason,
        }, transaction, cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BlockRef>> ReadWindowAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        var rows = await connection.QueryAsync<(long Number, byte[] Hash)>(Command("SELECT number, hash FROM indexer_blocks ORDER BY number DESC", null, null, cancellationToken));
        return [.. rows.Select(r => new BlockRef(IndexRows.UInt(r.Number), IndexRows.Hash(r.Hash)))];
    }

    /// <inheritdoc />
    public async Task CommitChunkAsync(IndexedChunk chunk, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        await using var connection = _database.Open();
        await using var transaction = connection.BeginTransaction();
        var progress = await ReadProgressAsync(connection, transaction, cancellationToken)
            ?? throw new InvalidOperationException("the index has not been started on this chain; reset it first");
        if (chunk.FromBlock != progress.NextBlock) throw new IndexProgressConflictException(progress.NextBlock, chunk.FromBlock);
        UpsertAnchors(connection, transaction, "indexer_anchors", chunk.Anchors);
        UpsertCoverage(connection, transaction, chunk.Coverage);
        PreparedInsert.Run(connection, transaction, """
            INSERT INTO indexer_recalls (tx_hash, log_index, publisher, batch_key, reason, block_number, block_hash, block_time)
            VALUES (@tx, @logIndex, @publisher, @batchKey, @reason, @blockNumber, @blockHash, @blockTime)
            ON CONFLICT (tx_hash, log_index) DO UPDATE SET publisher = excluded.publisher, batch_key = excluded.batch_key,
                reason = excluded.reason, block_number = excluded.block_number, block_hash = excluded.block_hash, block_time = excluded.block_time
            """, IndexRows.RecallNames, chunk.Recalls, IndexRows.RecallValues);
        PreparedInsert.Run(connection, transaction, """
            INSERT INTO indexer_membership_changes (tx_hash, log_index, publisher, kind, name, metadata_uri, block_number, block_hash, block_time)
            VALUES (@tx, @logIndex, @publisher, @kind, @name, @metadataUri, @blockNumber, @blockHash, @blockTime)
            ON CONFLICT (tx_hash, log_index) DO UPDATE SET publisher = excluded.publisher, kind = excluded.kind, name = excluded.name,
                metadata_uri = excluded.metadata_uri, block_number = excluded.block_number, block_hash = excluded.block_hash, block_time = excluded.block_time
            """, IndexRows.MembershipNames, chunk.MembershipChanges, IndexRows.MembershipValues);
        PreparedInsert.Run(connection, transaction, "INSERT OR REPLACE INTO indexer_blocks (number, hash) VALUES (@number, @hash)",
            ["@number", "@hash"], chunk.WindowBlocks, b => [IndexRows.Int(b.Number), b.Hash.ToArray()]);
        await connection.ExecuteAsync(Command("DELETE FROM indexer_blocks WHERE number <= @below",
            new { below = (long)chunk.To.Number - chunk.WindowSize }, transaction, cancellationToken));
        await connection.ExecuteAsync(Command("UPDATE indexer_progress SET block_number = @number, block_hash = @hash, updated_at = @now WHERE id = 1",
            new { number = IndexRows.Int(chunk.To.Number), hash = chunk.To.Hash.ToArray(), now = IndexRows.Now() }, transaction, cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task RollBackAsync(BlockRef ancestor, string description, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        await using var transaction = connection.BeginTransaction();
        var above = new { number = IndexRows.Int(ancestor.Number) };
        foreach (var table in new[] { "indexer_batch_anchors", "indexer_anchors", "indexer_recalls", "indexer_membership_changes" })
        {
            await connection.ExecuteAsync(Command($"DELETE FROM {table} WHERE block_number > @number", above, transaction, cancellationToken));
        }
        await connection.ExecuteAsync(Command("DELETE FROM indexer_provisional_anchors", null, transaction, cancellationToken));
        await connection.ExecuteAsync(Command("DELETE FROM indexer_blocks WHERE number > @number", above, transaction, cancellationToken));
        await connection.ExecuteAsync(Command("""
            UPDATE indexer_progress SET block_number = @number, block_hash = @hash, updated_at = @now, reorgs = reorgs + 1, last_reorg = @description
            WHERE id = 1
            """, new { number = IndexRows.Int(ancestor.Number), hash = ancestor.Hash.ToArray(), now = IndexRows.Now(), description }, transaction, cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task ReplaceProvisionalAsync(IReadOnlyList<IndexedAnchor> anchors, ulong head, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        await using var transaction = connection.BeginTransaction();
        await connection.ExecuteAsync(Command("DELETE FROM indexer_provisional_anchors", null, transaction, cancellationToken));
        UpsertAnchors(connection, transaction, "indexer_provisional_anchors", anchors);
        await connection.ExecuteAsync(Command("UPDATE indexer_progress SET head_number = @head, updated_at = @now WHERE id = 1",
            new { head = IndexRows.Int(head), now = IndexRows.Now() }, transaction, cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task RecordErrorAsync(string? message, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        await connection.ExecuteAsync(Command("UPDATE indexer_progress SET last_error = @message, last_error_at = @now WHERE id = 1",
            new { message, now = message is null ? null : IndexRows.Now() }, null, cancellationToken));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<(Address Publisher, ulong SmallestSize)>> UnmappedPublishersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        var rows = await connection.QueryAsync<(string Publisher, long Size)>(Command(
            $"SELECT publisher, MIN(size) FROM indexer_anchors WHERE mapping IN {Unmapped} GROUP BY publisher", null, null, cancellationToken));
        return [.. rows.Select(r => (Address.Parse(r.Publisher), IndexRows.UInt(r.Size)))];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IndexedAnchor>> UnmappedAnchorsAsync(Address publisher, ulong maxSize, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        var rows = await connection.QueryAsync<AnchorRow>(Command(
            $"SELECT {IndexRows.AnchorColumns} FROM indexer_anchors WHERE publisher = @publisher AND mapping IN {Unmapped} AND size <= @maxSize ORDER BY size",
            new { publisher = publisher.ToString(), maxSize = IndexRows.Int(maxSize) }, null, cancellationToken));
        return [.. rows.Select(r => r.ToAnchor(provisional: false))];
    }

    /// <inheritdoc />
    public async Task RemapAsync(IReadOnlyList<IndexedAnchor> anchors, IReadOnlyList<BatchAnchorCoverage> coverage, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        await using var transaction = connection.BeginTransaction();
        PreparedInsert.Run(connection, transaction, """
            UPDATE indexer_anchors SET mapping = @mapping, ledger_publisher = @ledgerPublisher, ledger_root = @ledgerRoot
            WHERE tx_hash = @tx AND log_index = @logIndex
            """, IndexRows.AnchorNames, anchors, IndexRows.AnchorValues);
        UpsertCoverage(connection, transaction, coverage);
        await transaction.CommitAsync(cancellationToken);
    }

    private static void UpsertAnchors(SqliteConnection connection, SqliteTransaction transaction, string table, IReadOnlyList<IndexedAnchor> anchors)
    {
        var addresses = new Dictionary<Address, string>();
        PreparedInsert.Run(connection, transaction, $"""
            INSERT INTO {table} {IndexRows.AnchorInsertColumns}
            ON CONFLICT (tx_hash, log_index) DO UPDATE SET publisher = excluded.publisher, previous_size = excluded.previous_size,
                size = excluded.size, root = excluded.root, block_number = excluded.block_number, block_hash = excluded.block_hash,
                block_time = excluded.block_time, mapping = excluded.mapping, ledger_publisher = excluded.ledger_publisher, ledger_root = excluded.ledger_root
            """, IndexRows.AnchorNames, anchors, a =>
            {
                if (!addresses.TryGetValue(a.Publisher, out var text)) addresses[a.Publisher] = text = a.Publisher.ToString();
                return IndexRows.AnchorValues(a, text);
            });
    }

    private static void UpsertCoverage(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<BatchAnchorCoverage> coverage) =>
        PreparedInsert.Run(connection, transaction, """
            INSERT INTO indexer_batch_anchors (publisher, batch_key, anchor_tx_hash, anchor_log_index, gtin, lot, block_number, first_entry, last_entry, entries)
            VALUES (@publisher, @batchKey, @tx, @logIndex, @gtin, @lot, @blockNumber, @firstEntry, @lastEntry, @entries)
            ON CONFLICT (publisher, batch_key, anchor_tx_hash, anchor_log_index) DO UPDATE SET gtin = excluded.gtin, lot = excluded.lot,
                block_number = excluded.block_number, first_entry = excluded.first_entry, last_entry = excluded.last_entry, entries = excluded.entries
            """, IndexRows.CoverageNames, coverage, IndexRows.CoverageValues);

    private static CommandDefinition Command(string sql, object? parameters, SqliteTransaction? transaction, CancellationToken cancellationToken) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);
}
