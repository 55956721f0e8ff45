using Anchor.Ethereum;
using Anchor.Indexer.Model;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Anchor.Indexer.Storage.Sqlite;

public sealed partial class SqliteIndexStore
{
    /// <inheritdoc />
    public async Task<IndexProgress?> ReadProgressAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        return await ReadProgressAsync(connection, null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IndexedAnchor>> ListAnchorsAsync(Address? publisher, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = _database.Open();
        var filter = publisher is null ? "" : "WHERE publisher = @publisher";
        var top = limit == 0 ? "" : "LIMIT @limit";
        var parameters = new { publisher = publisher?.ToString(), limit };
        var provisional = await connection.QueryAsync<AnchorRow>(Command(
            $"SELECT {IndexRows.AnchorColumns} FROM indexer_provisional_anchors {filter} ORDER BY block_number DESC, log_index DESC {top}", parameters, cancellationToken));
        var final = await connection.QueryAsync<AnchorRow>(Command(
            $"SELECT {IndexRows.AnchorColumns} FROM indexer_anchors {filter} ORDER BY block_number DESC, log_index DESC {top}", parameters, cancellationToken));
        var all = provisional.Select(r => r.ToAnchor(provisional: true)).Concat(final.Select(r => r.ToAnchor(provisional: false)));
        return [.. limit == 0 ? all : all.Take(limit)];
    }

    /// <inheritdoc />
    public async Task<(long Final, long Provisional)> CountAnchorsAsync(Address? publisher, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        var filter = publisher is null ? "" : "WHERE publisher = @publisher";
        var parameters = new { publisher = publisher?.ToString() };
        var final = await connection.ExecuteScalarAsync<long>(Command($"SELECT COUNT(*) FROM indexer_anchors {filter}", parameters, cancellationToken));
        var provisional = await connection.ExecuteScalarAsync<long>(Command($"SELECT COUNT(*) FROM indexer_provisional_anchors {filter}", parameters, cancellationToken));
        return (final, provisional);
    }

    /// <inheritdoc />
    public async Task<IndexedAnchor?> FindAnchorAsync(Bytes32 transactionHash, ulong logIndex, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        var row = await connection.QuerySingleOrDefaultAsync<AnchorRow>(Command(
            $"SELECT {IndexRows.AnchorColumns} FROM indexer_anchors WHERE tx_hash = @tx AND log_index = @logIndex",
            new { tx = transactionHash.ToArray(), logIndex = IndexRows.Int(logIndex) }, cancellationToken));
        return row?.ToAnchor(provisional: false);
    }

    /// <inheritdoc />
    public async Task<IndexedAnchor?> LatestAnchorAsync(Address publisher, AnchorMappingStatus? status = null, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        var row = await connection.QueryFirstOrDefaultAsync<AnchorRow>(Command(
            $"SELECT {IndexRows.AnchorColumns} FROM indexer_anchors WHERE publisher = @publisher {(status is null ? "" : "AND mapping = @mapping")} " +
            "ORDER BY size DESC LIMIT 1",
            new { publisher = publisher.ToString(), mapping = status is { } s ? IndexRows.MappingText(s) : null }, cancellationToken));
        return row?.ToAnchor(provisional: false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IndexedAnchor>> ProvisionalAnchorsAsync(Address publisher, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        var rows = await connection.QueryAsync<AnchorRow>(Command(
            $"SELECT {IndexRows.AnchorColumns} FROM indexer_provisional_anchors WHERE publisher = @publisher ORDER BY size",
            new { publisher = publisher.ToString() }, cancellationToken));
        return [.. rows.Select(r => r.ToAnchor(provisional: true))];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BatchAnchorCoverage>> BatchCoverageAsync(Address publisher, Bytes32 batchKey, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        var rows = await connection.QueryAsync<CoverageRow>(Command(
            $"SELECT {CoverageRow.Columns} FROM indexer_batch_anchors WHERE publisher = @publisher AND batch_key = @batchKey ORDER BY first_entry",
            new { publisher = publisher.ToString(), batchKey = batchKey.ToArray() }, cancellationToken));
        return [.. rows.Select(r => r.ToCoverage())];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IndexedRecall>> RecallsAsync(Bytes32 batchKey, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        var rows = await connection.QueryAsync<EventRow>(Command(
            $"SELECT {IndexRows.PositionColumns}, publisher AS Publisher, batch_key AS BatchKey, reason AS Reason FROM indexer_recalls " +
            "WHERE batch_key = @batchKey ORDER BY block_number, log_index",
            new { batchKey = batchKey.ToArray() }, cancellationToken));
        return [.. rows.Select(r => r.ToRecall())];
    }

    /// <inheritdoc />
    public async Task<AllianceMember?> MemberAsync(Address publisher, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        return MembershipRoll.Fold(await MembershipChangesAsync(connection, publisher, cancellationToken));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AllianceMember>> MembersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        var changes = await MembershipChangesAsync(connection, null, cancellationToken);
        return [.. changes.GroupBy(c => c.Publisher).Select(MembershipRoll.Fold).OfType<AllianceMember>().OrderBy(m => m.Name, StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IndexedAnchor>> FlaggedAnchorsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        var final = await connection.QueryAsync<AnchorRow>(Command(
            $"SELECT {IndexRows.AnchorColumns} FROM indexer_anchors WHERE mapping = 'root_mismatch' ORDER BY block_number, log_index", null, cancellationToken));
        var provisional = await connection.QueryAsync<AnchorRow>(Command(
            $"SELECT {IndexRows.AnchorColumns} FROM indexer_provisional_anchors WHERE mapping = 'root_mismatch' ORDER BY block_number, log_index", null, cancellationToken));
        return [.. final.Select(r => r.ToAnchor(false)), .. provisional.Select(r => r.ToAnchor(true))];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<AnchorMappingStatus, long>> MappingCountsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        var rows = await connection.QueryAsync<(string Mapping, long Count)>(Command(
            "SELECT mapping, COUNT(*) FROM indexer_anchors GROUP BY mapping", null, cancellationToken));
        var counts = Enum.GetValues<AnchorMappingStatus>().ToDictionary(s => s, _ => 0L);
        foreach (var (mapping, count) in rows) counts[IndexRows.ParseMapping(mapping)] = count;
        return counts;
    }

    private static async Task<IndexProgress?> ReadProgressAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<ProgressRow>(new CommandDefinition(
            $"SELECT {ProgressRow.Columns} FROM indexer_progress WHERE id = 1", null, transaction, cancellationToken: cancellationToken));
        return row?.ToProgress();
    }

    private static async Task<IReadOnlyList<MembershipChange>> MembershipChangesAsync(SqliteConnection connection, Address? publisher, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<EventRow>(Command(
            $"SELECT {IndexRows.PositionColumns}, publisher AS Publisher, kind AS Kind, name AS Name, metadata_uri AS MetadataUri " +
            $"FROM indexer_membership_changes {(publisher is null ? "" : "WHERE publisher = @publisher")} ORDER BY block_number, log_index",
            new { publisher = publisher?.ToString() }, cancellationToken));
        return [.. rows.Select(r => r.ToMembershipChange())];
    }

    private static CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, cancellationToken: cancellationToken);
}
