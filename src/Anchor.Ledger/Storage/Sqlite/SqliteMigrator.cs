using Dapper;
using Microsoft.Data.Sqlite;

namespace Anchor.Ledger.Storage.Sqlite;

/// <summary>One numbered schema change of a component's tables.</summary>
public sealed record SqliteMigration(int Version, string Description, string Sql);

/// <summary>
/// Versioned schema migrations for the components that share one SQLite file (the ledger, the
/// anchoring worker, the indexer). Each component numbers its own migrations; each migration runs
/// in its own transaction, so a crash leaves the schema at a whole version.
/// </summary>
public static class SqliteMigrator
{
    /// <summary>Applies the migrations of <paramref name="component"/> that the database lacks.</summary>
    /// <exception cref="InvalidOperationException">The database is at a version this build does not know.</exception>
    public static void Apply(SqliteConnection connection, string component, IReadOnlyList<SqliteMigration> migrations)
    {
        connection.Execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                component   TEXT    NOT NULL,
                version     INTEGER NOT NULL,
                description TEXT    NOT NULL,
                applied_at  TEXT    NOT NULL,
                PRIMARY KEY (component, version)
            )
            """);
        var current = connection.ExecuteScalar<long?>(
            "SELECT MAX(version) FROM schema_migrations WHERE component = @component", new { component }) ?? 0;
        var latest = migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
        if (current > latest)
        {
            throw new InvalidOperationException(
                $"{connection.DataSource}: the {component} schema is at version {current}, newer than this build's {latest}; upgrade Anchor");
        }
        foreach (var migration in migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(migration.Sql, transaction: transaction);
            connection.Execute(
                "INSERT INTO schema_migrations (component, version, description, applied_at) VALUES (@component, @Version, @Description, @now)",
                new { component, migration.Version, migration.Description, now = DateTimeOffset.UtcNow.ToString("O") },
                transaction);
            transaction.Commit();
        }
    }
}
