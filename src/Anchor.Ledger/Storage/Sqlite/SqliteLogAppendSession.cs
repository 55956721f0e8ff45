using System.Globalization;
using Anchor.Ledger.Entries;
using Anchor.Merkle;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Anchor.Ledger.Storage.Sqlite;

/// <summary>
/// One write transaction on a publisher's log (BEGIN IMMEDIATE, so writers in other processes
/// wait their turn). The insert commands are prepared once and reused for every entry: ingest
/// writes millions of rows through here.
/// </summary>
internal sealed class SqliteLogAppendSession : ILogAppendSession
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly long _publisherId;
    private readonly SqliteCommand _insertEntry;
    private readonly SqliteCommand _insertNode;
    private readonly SqliteCommand _findEvent;
    private readonly string _ingestedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
    private bool _finished;

    public SqliteLogAppendSession(SqliteConnection connection, long publisherId)
    {
        _connection = connection;
        _publisherId = publisherId;
        _transaction = connection.BeginTransaction(deferred: false);
        Size = (ulong)connection.ExecuteScalar<long>("SELECT size FROM publishers WHERE id = @publisherId", new { publisherId }, _transaction);
        Nodes = new SqliteNodeReader(() => (_connection, _transaction, false), publisherId);

        _insertEntry = Prepare("""
            INSERT INTO entries (publisher_id, leaf_index, event_hash_id, declared_at, gtin, lot, batch_key, event_type, event_time,
                                 salt, event_bytes, leaf_hash, source, ingested_at)
            VALUES ($publisher, $index, $hashId, $declaredAt, $gtin, $lot, $batchKey, $type, $time, $salt, $bytes, $leaf, $source, $ingestedAt)
            """, "$index", "$hashId", "$declaredAt", "$gtin", "$lot", "$batchKey", "$type", "$time", "$salt", "$bytes", "$leaf", "$source", "$ingestedAt");
        _insertNode = Prepare("INSERT INTO nodes (publisher_id, node_key, hash) VALUES ($publisher, $key, $hash)", "$key", "$hash");
        _findEvent = Prepare("SELECT 1 FROM entries WHERE publisher_id = $publisher AND event_hash_id = $hashId AND declared_at = $declaredAt", "$hashId", "$declaredAt");
    }

    public ulong Size { get; private set; }

    public INodeReader Nodes { get; }

    public bool ContainsEvent(string eventHashId, DateTimeOffset? declaredAt)
    {
        _findEvent.Parameters["$hashId"].Value = eventHashId;
        _findEvent.Parameters["$declaredAt"].Value = DeclaredAtColumn(declaredAt);
        return _findEvent.ExecuteScalar() is not null;
    }

    public void Append(LedgerEntry entry, IReadOnlyList<KeyValuePair<NodeId, Hash32>> completedNodes)
    {
        if (entry.Index != Size) throw new InvalidOperationException($"entry {entry.Index} appended to a log of size {Size}");
        var p = _insertEntry.Parameters;
        p["$index"].Value = (long)entry.Index;
        p["$hashId"].Value = entry.EventHashId;
        p["$declaredAt"].Value = DeclaredAtColumn(entry.DeclaredAt);
        p["$gtin"].Value = entry.Gtin;
        p["$lot"].Value = entry.Lot;
        p["$batchKey"].Value = entry.BatchKey.ToArray();
        p["$type"].Value = entry.EventType;
        p["$time"].Value = entry.EventTime.ToString("O", CultureInfo.InvariantCulture);
        p["$salt"].Value = entry.Salt;
        p["$bytes"].Value = entry.EventBytes;
        p["$leaf"].Value = entry.LeafHash.ToArray();
        p["$source"].Value = entry.Source;
        p["$ingestedAt"].Value = _ingestedAt;
        _insertEntry.ExecuteNonQuery();

        foreach (var (node, hash) in completedNodes)
        {
            if (node.Level == 0) continue; // the entry row holds the leaf hash
            _insertNode.Parameters["$key"].Value = node.StorageKey;
            _insertNode.Parameters["$hash"].Value = hash.ToArray();
            _insertNode.ExecuteNonQuery();
        }
        Size++;
    }

    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        _connection.Execute("UPDATE publishers SET size = @size WHERE id = @id", new { size = (long)Size, id = _publisherId }, _transaction);
        _transaction.Commit();
        _finished = true;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        if (!_finished) _transaction.Rollback();
        _insertEntry.Dispose();
        _insertNode.Dispose();
        _findEvent.Dispose();
        _transaction.Dispose();
        _connection.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The declaration time in the one form the unique key compares: UTC, round-trip format; '' for none.</summary>
    internal static string DeclaredAtColumn(DateTimeOffset? declaredAt) =>
        declaredAt?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) ?? "";

    private SqliteCommand Prepare(string sql, params string[] parameterNames)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$publisher", _publisherId);
        foreach (var name in parameterNames) command.Parameters.Add(new SqliteParameter(name, null));
        command.Prepare();
        return command;
    }
}
