using Microsoft.Data.Sqlite;

namespace Anchor.Ledger.Storage.Sqlite;

/// <summary>
/// One SQLite file shared by the ledger, the worker and the indexer. Connections come with the
/// settings that the project's guarantees rest on: WAL so readers never block the writer,
/// synchronous=FULL so a committed transaction survives a power cut, and a busy timeout so that
/// two processes take turns instead of failing.
/// </summary>
public sealed class SqliteDatabase
{
    private static readonly object InitLock = new();
    private static bool _initialised;

    /// <summary>A database at <paramref name="path"/>; the file and its folder are created on first open.</summary>
    public SqliteDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FilePath = Path.GetFullPath(path);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string FilePath { get; }

    private string ConnectionString { get; }

    /// <summary>Opens a connection with the project's settings.</summary>
    public SqliteConnection Open()
    {
        EnsureProviderInitialised();
        var directory = Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            connection.Open();
            using var pragmas = connection.CreateCommand();
            pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;";
            pragmas.ExecuteNonQuery();
            return connection;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new InvalidOperationException($"{FilePath}: cannot open the database: {e.Message}", e);
        }
    }

    private static void EnsureProviderInitialised()
    {
        lock (InitLock)
        {
            if (_initialised) return;
            SQLitePCL.Batteries_V2.Init();
            _initialised = true;
        }
    }
}
