using Microsoft.Data.Sqlite;

namespace Anchor.Indexer.Storage.Sqlite;

/// <summary>
/// One statement prepared once and run for many rows inside a transaction: a catch-up writes
/// thousands of rows per range, and a per-row command (as Dapper issues for a list) costs several
/// times the insert itself.
/// </summary>
internal static class PreparedInsert
{
    /// <summary>Runs <paramref name="sql"/> once per row, binding the named parameters from <paramref name="values"/>.</summary>
    public static void Run<T>(SqliteConnection connection, SqliteTransaction transaction, string sql, IReadOnlyList<string> names,
        IEnumerable<T> rows, Func<T, object?[]> values)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var parameters = names.Select(name => command.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        var prepared = false;
        foreach (var row in rows)
        {
            if (!prepared)
            {
                command.Prepare();
                prepared = true;
            }
            var bound = values(row);
            for (var i = 0; i < parameters.Length; i++) parameters[i].Value = bound[i] ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
    }
}
