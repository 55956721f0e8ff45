using System.Globalization;
using Anchor.Ledger.Entries;
using Anchor.Merkle;
using Dapper;

namespace Anchor.Ledger.Storage.Sqlite;

/// <summary>The embedded ledger store: one SQLite file in WAL mode, schema migrated on open.</summary>
public sealed class SqliteLedgerStore : ILedgerStore
{
    private readonly SqliteDatabase _database;

    /// <summary>Opens (creating if needed) the ledger in <paramref name="database"/> and migrates its schema.</summary>
    public SqliteLedgerStore(SqliteDatabase database)
    {
        _database = database;
        using var connection = database.Open();
        SqliteMigrator.Apply(connection, LedgerSchema.Component, LedgerSchema.Migrations);
    }

    /// <summary>The database this store lives in.</summary>
    public SqliteDatabase Database => _database;

    public async Task<Publisher> GetOrCreatePublisherAsync(string name, CancellationToken cancellationToken = default)
    {
        ValidatePublisherName(name);
        await using var connection = _database.Open();
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO publishers (name, created_at) VALUES (@name, @now) ON CONFLICT (name) DO NOTHING",
            new { name, now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) }, cancellationToken: cancellationToken));
        return (await FindAsync(connection, name, cancellationToken))!;
    }

    public async Task<Publisher?> FindPublisherAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        return await FindAsync(connection, name, cancellationToken);
    }

    public async Task<Publisher?> FindPublisherByAddressAsync(string address, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        var row = await connection.QuerySingleOrDefaultAsync<PublisherRow>(new CommandDefinition(
            $"SELECT {PublisherRow.Columns} FROM publishers WHERE lower(address) = lower(@address)", new { address }, cancellationToken: cancellationToken));
        return row?.ToPublisher();
    }

    public async Task SetPublisherAddressAsync(Publisher publisher, string address, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        await using var transaction = connection.BeginTransaction();
        var current = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT address FROM publishers WHERE id = @id", new { id = publisher.Id }, transaction, cancellationToken: cancellationToken));
        if (current is not null)
        {
            if (string.Equals(current, address, StringComparison.OrdinalIgnoreCase)) return;
            throw new InvalidOperationException($"publisher {publisher.Name} anchors from {current}, not {address}; a log has one address");
        }
        var owner = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT name FROM publishers WHERE lower(address) = lower(@address)", new { address }, transaction, cancellationToken: cancellationToken));
        if (owner is not null) throw new InvalidOperationException($"address {address} already anchors publisher {owner}'s log");
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE publishers SET address = @address WHERE id = @id", new { address, id = publisher.Id }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Publisher>> ListPublishersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        var rows = await connection.QueryAsync<PublisherRow>(new CommandDefinition(
            $"SELECT {PublisherRow.Columns} FROM publishers ORDER BY name", cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToPublisher())];
    }

    public Task<ILogAppendSession> BeginAppendAsync(Publisher publisher, CancellationToken cancellationToken = default)
    {
        var connection = _database.Open();
        try
        {
            return Task.FromResult<ILogAppendSession>(new SqliteLogAppendSession(connection, publisher.Id));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public INodeReader Nodes(Publisher publisher) =>
        new SqliteNodeReader(() => (_database.Open(), null, true), publisher.Id);

    public async Task<IReadOnlyList<LedgerEntry>> ReadBatchAsync(Publisher publisher, Hash32 batchKey, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        var rows = await connection.QueryAsync<EntryRow>(new CommandDefinition(
            $"SELECT {EntryRow.Columns} FROM entries WHERE publisher_id = @id AND batch_key = @key ORDER BY leaf_index",
            new { id = publisher.Id, key = batchKey.ToArray() }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToEntry())];
    }

    public async Task<IReadOnlyList<LedgerEntry>> ReadEntriesAsync(Publisher publisher, ulong fromIndex, ulong toIndex, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        var rows = await connection.QueryAsync<EntryRow>(new CommandDefinition(
            $"SELECT {EntryRow.Columns} FROM entries WHERE publisher_id = @id AND leaf_index >= @from AND leaf_index < @to ORDER BY leaf_index",
            new { id = publisher.Id, from = (long)fromIndex, to = (long)toIndex }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToEntry())];
    }

    /// <summary>
    /// Publisher names appear in paths, URLs and configuration keys, so they are restricted to
    /// lower-case letters, digits and dashes.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not 1 to 64 such characters.</exception>
    public static void ValidatePublisherName(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 64 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ArgumentException($"publisher name '{name}' must be 1 to 64 characters of a-z, 0-9 and '-'", nameof(name));
        }
    }

    private static async Task<Publisher?> FindAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string name, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<PublisherRow>(new CommandDefinition(
            $"SELECT {PublisherRow.Columns} FROM publishers WHERE name = @name", new { name }, cancellationToken: cancellationToken));
        return row?.ToPublisher();
    }

    private sealed class PublisherRow
    {
        public const string Columns = "id AS Id, name AS Name, size AS Size, created_at AS CreatedAt, address AS Address";
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public long Size { get; set; }
        public string CreatedAt { get; set; } = "";
        public string? Address { get; set; }

        public Publisher ToPublisher() => new(Id, Name, (ulong)Size, DateTimeOffset.Parse(CreatedAt, CultureInfo.InvariantCulture), Address);
    }
}
