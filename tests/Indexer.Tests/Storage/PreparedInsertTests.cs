using Anchor.Indexer.Storage.Sqlite;
using Anchor.Ledger.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Anchor.Indexer.Tests.Storage;

/// <summary>The index's bulk statement runner, on a real SQLite file.</summary>
public sealed class PreparedInsertTests : IDisposable
{
    private const string Insert = "INSERT INTO t (id, n, s, b) VALUES (@id, @n, @s, @b)";
    private static readonly string[] Names = ["@id", "@n", "@s", "@b"];
    private readonly string _folder = Directory.CreateTempSubdirectory("anchor-prepared-").FullName;
    private readonly SqliteConnection _connection;

    public PreparedInsertTests()
    {
        _connection = new SqliteDatabase(Path.Combine(_folder, "t.db")).Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, s TEXT, b BLOB)";
        create.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Every_supported_value_is_stored_as_a_command_would_store_it()
    {
        object?[][] rows =
        [
            [1L, 42, "text é", new byte[] { 1, 2, 3 }],
            [2L, long.MinValue, null, Array.Empty<byte>()],
            [3L, DBNull.Value, "", null],
        ];
        Run(rows);

        using var query = _connection.CreateCommand();
        query.CommandText = "SELECT id, n, s, b, typeof(b) FROM t ORDER BY id";
        using var reader = query.ExecuteReader();
        var read = new List<(long, object, object, object, string)>();
        while (reader.Read()) read.Add((reader.GetInt64(0), reader.GetValue(1), reader.GetValue(2), reader.GetValue(3), reader.GetString(4)));
        Assert.Equal(3, read.Count);
        Assert.Equal((1L, (object)42L, (object)"text é"), (read[0].Item1, read[0].Item2, read[0].Item3));
        Assert.Equal(new byte[] { 1, 2, 3 }, read[0].Item4);
        Assert.Equal(long.MinValue, read[1].Item2);
        Assert.Equal(DBNull.Value, read[1].Item3);
        // An empty array is an empty blob, not NULL.
        Assert.Equal("blob", read[1].Item5);
        Assert.Equal((DBNull.Value, (object)"", "null"), (read[2].Item2, read[2].Item3, read[2].Item5));
    }

    [Fact]
    public void A_constraint_failure_is_a_SqliteException_and_the_transaction_can_be_rolled_back()
    {
        using var transaction = _connection.BeginTransaction();
        var error = Assert.Throws<SqliteException>(() => PreparedInsert.Run(_connection, transaction, Insert, Names,
            new object?[][] { [1L, 1, "a", null], [1L, 2, "b", null] }, r => r));
        transaction.Rollback();

        Assert.Equal(19, error.SqliteErrorCode);
        Assert.Contains("UNIQUE constraint failed: t.id", error.Message);
        using var count = _connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM t";
        Assert.Equal(0L, count.ExecuteScalar());
    }

    [Fact]
    public void Names_the_statement_does_not_use_are_skipped_and_a_parameter_without_a_value_is_an_error()
    {
        Run([[7L, 1, "x", null]]);
        using (var transaction = _connection.BeginTransaction())
        {
            PreparedInsert.Run(_connection, transaction, "UPDATE t SET s = @s WHERE id = @id", Names, new object?[][] { [7L, 99, "y", null] }, r => r);
            transaction.Commit();
        }
        using var read = _connection.CreateCommand();
        read.CommandText = "SELECT n || s FROM t WHERE id = 7";
        Assert.Equal("1y", read.ExecuteScalar());

        using var failing = _connection.BeginTransaction();
        var error = Assert.Throws<ArgumentException>(() => PreparedInsert.Run(_connection, failing, "UPDATE t SET s = @other WHERE id = @id", Names,
            new object?[][] { [7L, 1, "z", null] }, r => r));
        Assert.Contains("parameter @other has no value", error.Message);
    }

    [Fact]
    public void A_value_of_another_type_is_an_error_that_names_its_parameter()
    {
        using var transaction = _connection.BeginTransaction();
        var error = Assert.Throws<ArgumentException>(() => PreparedInsert.Run(_connection, transaction, Insert, Names,
            new object?[][] { [1L, 1.5, "a", null] }, r => r));
        Assert.Contains("parameter @n: cannot bind a Double", error.Message);
    }

    private void Run(object?[][] rows)
    {
        using var transaction = _connection.BeginTransaction();
        PreparedInsert.Run(_connection, transaction, Insert, Names, rows, r => r);
        transaction.Commit();
    }
}
