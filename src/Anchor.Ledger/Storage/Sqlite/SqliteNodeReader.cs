using Anchor.Merkle;
using Microsoft.Data.Sqlite;

namespace Anchor.Ledger.Storage.Sqlite;

/// <summary>
/// Reads a publisher's tree nodes: level 0 from the entries' leaf hashes, higher levels from the
/// nodes table, each in one query however many nodes a proof needs.
/// </summary>
internal sealed class SqliteNodeReader(Func<(SqliteConnection Connection, SqliteTransaction? Transaction, bool Owned)> connect, long publisherId)
    : INodeReader
{
    public IReadOnlyDictionary<NodeId, Hash32> ReadNodes(IReadOnlyCollection<NodeId> nodes)
    {
        var result = new Dictionary<NodeId, Hash32>(nodes.Count);
        var (connection, transaction, owned) = connect();
        try
        {
            var leaves = nodes.Where(n => n.Level == 0).ToList();
            var inner = nodes.Where(n => n.Level > 0).ToList();
            if (leaves.Count > 0)
            {
                Query(connection, transaction, "SELECT leaf_index, leaf_hash FROM entries WHERE publisher_id = $publisher AND leaf_index IN",
                    leaves.Select(n => (long)n.Index), (key, hash) => result[new NodeId(0, (ulong)key)] = hash);
            }
            if (inner.Count > 0)
            {
                Query(connection, transaction, "SELECT node_key, hash FROM nodes WHERE publisher_id = $publisher AND node_key IN",
                    inner.Select(n => n.StorageKey), (key, hash) => result[NodeId.FromStorageKey(key)] = hash);
            }
        }
        finally
        {
            if (owned) connection.Dispose();
        }
        foreach (var node in nodes)
        {
            if (!result.ContainsKey(node)) throw new MissingNodeException(node);
        }
        return result;
    }

    private void Query(SqliteConnection connection, SqliteTransaction? transaction, string selectPrefix, IEnumerable<long> keys, Action<long, Hash32> add)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$publisher", publisherId);
        var names = new List<string>();
        foreach (var key in keys)
        {
            var name = "$k" + names.Count;
            command.Parameters.AddWithValue(name, key);
            names.Add(name);
        }
        command.CommandText = $"{selectPrefix} ({string.Join(',', names)})";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var hash = (byte[])reader.GetValue(1);
            if (hash.Length != Hash32.Length)
            {
                throw new InvalidDataException($"node {reader.GetInt64(0)} of publisher {publisherId} is {hash.Length} bytes, not {Hash32.Length}");
            }
            add(reader.GetInt64(0), new Hash32(hash));
        }
    }
}
