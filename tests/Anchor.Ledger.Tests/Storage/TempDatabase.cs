using Anchor.Ledger.Storage.Sqlite;

namespace Anchor.Ledger.Tests.Storage;

/// <summary>A real SQLite file in a fresh temporary folder, deleted with the folder on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "anchor-tests", Guid.NewGuid().ToString("N"));

    public TempDatabase()
    {
        Directory.CreateDirectory(_directory);
        Database = new SqliteDatabase(Path.Combine(_directory, "ledger.db"));
    }

    public SqliteDatabase Database { get; }

    public string FilePath => Database.FilePath;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it would not be.
        }
    }
}
