using Anchor.Ledger.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Anchor.Indexer.Storage.Sqlite;

/// <summary>
/// Connections to the shared SQLite file for the index's tables. The index is derived data: every
/// write is one transaction (WAL keeps it atomic), but it is committed with synchronous=NORMAL, so
/// a power cut may undo the last few steps, never part of one, and the indexer reads those blocks
/// from the chain again. That saves an fsync per range. The connections have a pool of their own
/// (a connection string that differs from the ledger's), so the relaxed setting never reaches a
/// ledger connection, whose commits stay synchronous=FULL.
/// </summary>
internal sealed class IndexConnections
{
    private readonly SqliteDatabase _database;
    private readonly string _connectionString;
    private readonly Lazy<bool> _initialised;

    public IndexConnections(SqliteDatabase database)
    {
        _database = database;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = database.FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Only to give the index its own pool: the busy timeout below is what waits for locks.
            DefaultTimeout = 31,
        }.ToString();
        // The ledger's first open loads the native provider and creates the file and its folder.
        _initialised = new Lazy<bool>(() =>
        {
            using var connection = database.Open();
            return true;
        });
    }

    /// <summary>The database file.</summary>
    public SqliteDatabase Database => _database;

    /// <summary>Opens a connection for the index's reads and writes.</summary>
    public SqliteConnection Open()
    {
        _ = _initialised.Value;
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var pragmas = connection.CreateCommand();
            pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;";
            pragmas.ExecuteNonQuery();
            return connection;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new InvalidOperationException($"{_database.FilePath}: cannot open the database: {e.Message}", e);
        }
    }
}
