using System.Globalization;
using System.Numerics;
using Anchor.Ethereum;
using Anchor.Ledger.Storage.Sqlite;
using Anchor.Merkle;
using Dapper;

namespace Anchor.Worker;

/// <summary>The worker's journal in the ledger's SQLite file (synchronous=FULL: a write is durable when it returns).</summary>
public sealed class SqliteAnchorJournal : IAnchorJournal
{
    private readonly SqliteDatabase _database;

    public SqliteAnchorJournal(SqliteDatabase database)
    {
        _database = database;
        using var connection = database.Open();
        SqliteMigrator.Apply(connection, WorkerSchema.Component, WorkerSchema.Migrations);
    }

    public async Task<AnchorIntent?> FindPendingAsync(long publisherId, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        var row = await connection.QuerySingleOrDefaultAsync<IntentRow>(new CommandDefinition(
            $"SELECT {IntentRow.Columns} FROM anchor_intents WHERE publisher_id = @publisherId AND state = 'pending'",
            new { publisherId }, cancellationToken: cancellationToken));
        if (row is null) return null;
        var transactions = await connection.QueryAsync<TransactionRow>(new CommandDefinition(
            $"SELECT {TransactionRow.Columns} FROM anchor_transactions WHERE intent_id = @id ORDER BY created_at, rowid",
            new { id = row.Id }, cancellationToken: cancellationToken));
        return row.ToIntent([.. transactions.Select(t => t.ToTransaction())]);
    }

    public async Task<AnchorIntent> CreateAsync(long publisherId, ulong chainId, Address registry, ulong fromSize, ulong toSize, Hash32 toRoot,
        ulong nonce, IntentTransaction first, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        await using var transaction = connection.BeginTransaction();
        var now = Now();
        try
        {
            var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO anchor_intents (publisher_id, chain_id, registry, from_size, to_size, to_root, nonce, state, created_at, updated_at)
                VALUES (@publisherId, @chainId, @registry, @fromSize, @toSize, @toRoot, @nonce, 'pending', @now, @now)
                RETURNING id
                """,
                new { publisherId, chainId = (long)chainId, registry = registry.ToString(), fromSize = (long)fromSize, toSize = (long)toSize,
                      toRoot = toRoot.ToArray(), nonce = (long)nonce, now },
                transaction, cancellationToken: cancellationToken));
            await InsertTransactionAsync(connection, transaction, id, first, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new AnchorIntent(id, publisherId, chainId, registry, fromSize, toSize, toRoot, nonce, IntentState.Pending, null,
                DateTimeOffset.Parse(now, CultureInfo.InvariantCulture), [first]);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (e.SqliteErrorCode == 19)
        {
            throw new InvalidOperationException($"publisher {publisherId} already has a pending anchor intent", e);
        }
    }

    public async Task AddTransactionAsync(long intentId, IntentTransaction replacement, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        await using var transaction = connection.BeginTransaction();
        await InsertTransactionAsync(connection, transaction, intentId, replacement, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("UPDATE anchor_intents SET updated_at = @now WHERE id = @intentId",
            new { intentId, now = Now() }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task MarkBroadcastAsync(Bytes32 transactionHash, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        await connection.ExecuteAsync(new CommandDefinition("UPDATE anchor_transactions SET last_broadcast_at = @at WHERE hash = @hash",
            new { hash = transactionHash.ToArray(), at = Format(at) }, cancellationToken: cancellationToken));
    }

    public async Task ConfirmAsync(RecordedAnchor anchor, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        await using var transaction = connection.BeginTransaction();
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO anchors (intent_id, publisher_id, size, root, transaction_hash, block_number, block_hash, block_time, gas_used, recorded_at)
            VALUES (@IntentId, @PublisherId, @size, @root, @tx, @block, @blockHash, @blockTime, @gas, @recordedAt)
            """,
            new { anchor.IntentId, anchor.PublisherId, size = (long)anchor.Size, root = anchor.Root.ToArray(), tx = anchor.TransactionHash.ToArray(),
                  block = (long)anchor.BlockNumber, blockHash = anchor.BlockHash.ToArray(), blockTime = Format(anchor.BlockTime),
                  gas = (long)anchor.GasUsed, recordedAt = Format(anchor.RecordedAt) },
            transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE anchor_intents SET state = 'confirmed', updated_at = @now WHERE id = @IntentId AND state = 'pending'",
            new { anchor.IntentId, now = Now() }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task CloseAsync(long intentId, IntentState state, string reason, CancellationToken cancellationToken = default)
    {
        if (state is not (IntentState.Failed or IntentState.Abandoned)) throw new ArgumentOutOfRangeException(nameof(state), state, "only Failed or Abandoned close an intent");
        await using var connection = _database.Open();
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE anchor_intents SET state = @state, reason = @reason, updated_at = @now WHERE id = @intentId AND state = 'pending'",
            new { intentId, state = state.ToString().ToLowerInvariant(), reason, now = Now() }, cancellationToken: cancellationToken));
    }

    public async Task<RecordedAnchor?> LatestAnchorAsync(long publisherId, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        var row = await connection.QueryFirstOrDefaultAsync<AnchorRow>(new CommandDefinition(
            $"SELECT {AnchorRow.Columns} FROM anchors WHERE publisher_id = @publisherId ORDER BY size DESC LIMIT 1",
            new { publisherId }, cancellationToken: cancellationToken));
        return row?.ToAnchor();
    }

    public async Task RecordCycleAsync(long publisherId, string? error, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        var sql = error is null
            ? """
              INSERT INTO worker_status (publisher_id, last_cycle_at, last_success_at, consecutive_failures) VALUES (@publisherId, @at, @at, 0)
              ON CONFLICT (publisher_id) DO UPDATE SET last_cycle_at = @at, last_success_at = @at, last_error = NULL, last_error_at = NULL, consecutive_failures = 0
              """
            : """
              INSERT INTO worker_status (publisher_id, last_cycle_at, last_error, last_error_at, consecutive_failures) VALUES (@publisherId, @at, @error, @at, 1)
              ON CONFLICT (publisher_id) DO UPDATE SET last_cycle_at = @at, last_error = @error, last_error_at = @at, consecutive_failures = consecutive_failures + 1
              """;
        await connection.ExecuteAsync(new CommandDefinition(sql, new { publisherId, error, at = Format(at) }, cancellationToken: cancellationToken));
    }

    public async Task<PublisherWorkStatus?> StatusAsync(long publisherId, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        var row = await connection.QuerySingleOrDefaultAsync<StatusRow>(new CommandDefinition(
            "SELECT publisher_id AS PublisherId, last_cycle_at AS LastCycleAt, last_success_at AS LastSuccessAt, last_error AS LastError, " +
            "last_error_at AS LastErrorAt, consecutive_failures AS ConsecutiveFailures FROM worker_status WHERE publisher_id = @publisherId",
            new { publisherId }, cancellationToken: cancellationToken));
        return row is null ? null : new PublisherWorkStatus(row.PublisherId, ParseOrNull(row.LastCycleAt), ParseOrNull(row.LastSuccessAt),
            row.LastError, ParseOrNull(row.LastErrorAt), (int)row.ConsecutiveFailures);
    }

    private static Task InsertTransactionAsync(Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction transaction,
        long intentId, IntentTransaction t, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO anchor_transactions (hash, intent_id, raw, max_fee_per_gas, max_priority_fee_per_gas, created_at, last_broadcast_at)
            VALUES (@hash, @intentId, @raw, @maxFee, @tip, @createdAt, @broadcastAt)
            """,
            new { hash = t.Hash.ToArray(), intentId, raw = t.Raw, maxFee = t.MaxFeePerGas.ToString(CultureInfo.InvariantCulture),
                  tip = t.MaxPriorityFeePerGas.ToString(CultureInfo.InvariantCulture), createdAt = Format(t.CreatedAt),
                  broadcastAt = t.LastBroadcastAt is { } b ? Format(b) : null },
            transaction, cancellationToken: cancellationToken));

    private static string Now() => Format(DateTimeOffset.UtcNow);

    private static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset? ParseOrNull(string? text) => text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private sealed class IntentRow
    {
        public const string Columns = "id AS Id, publisher_id AS PublisherId, chain_id AS ChainId, registry AS Registry, from_size AS FromSize, " +
            "to_size AS ToSize, to_root AS ToRoot, nonce AS Nonce, state AS State, reason AS Reason, created_at AS CreatedAt";
        public long Id { get; set; }
        public long PublisherId { get; set; }
        public long ChainId { get; set; }
        public string Registry { get; set; } = "";
        public long FromSize { get; set; }
        public long ToSize { get; set; }
        public byte[] ToRoot { get; set; } = [];
        public long Nonce { get; set; }
        public string State { get; set; } = "";
        public string? Reason { get; set; }
        public string CreatedAt { get; set; } = "";

        public AnchorIntent ToIntent(IReadOnlyList<IntentTransaction> transactions) => new(
            Id, PublisherId, (ulong)ChainId, Address.Parse(Registry), (ulong)FromSize, (ulong)ToSize, new Hash32(ToRoot), (ulong)Nonce,
            Enum.Parse<IntentState>(State, ignoreCase: true), Reason, DateTimeOffset.Parse(CreatedAt, CultureInfo.InvariantCulture), transactions);
    }

    private sealed class TransactionRow
    {
        public const string Columns = "hash AS Hash, raw AS Raw, max_fee_per_gas AS MaxFee, max_priority_fee_per_gas AS Tip, " +
            "created_at AS CreatedAt, last_broadcast_at AS LastBroadcastAt";
        public byte[] Hash { get; set; } = [];
        public byte[] Raw { get; set; } = [];
        public string MaxFee { get; set; } = "";
        public string Tip { get; set; } = "";
        public string CreatedAt { get; set; } = "";
        public string? LastBroadcastAt { get; set; }

        public IntentTransaction ToTransaction() => new(Bytes32.FromBytes(Hash), Raw,
            BigInteger.Parse(MaxFee, CultureInfo.InvariantCulture), BigInteger.Parse(Tip, CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(CreatedAt, CultureInfo.InvariantCulture), ParseOrNull(LastBroadcastAt));
    }

    private sealed class AnchorRow
    {
        public const string Columns = "intent_id AS IntentId, publisher_id AS PublisherId, size AS Size, root AS Root, transaction_hash AS TransactionHash, " +
            "block_number AS BlockNumber, block_hash AS BlockHash, block_time AS BlockTime, gas_used AS GasUsed, recorded_at AS RecordedAt";
        public long IntentId { get; set; }
        public long PublisherId { get; set; }
        public long Size { get; set; }
        public byte[] Root { get; set; } = [];
        public byte[] TransactionHash { get; set; } = [];
        public long BlockNumber { get; set; }
        public byte[] BlockHash { get; set; } = [];
        public string BlockTime { get; set; } = "";
        public long GasUsed { get; set; }
        public string RecordedAt { get; set; } = "";

        public RecordedAnchor ToAnchor() => new(IntentId, PublisherId, (ulong)Size, new Hash32(Root), Bytes32.FromBytes(TransactionHash),
            (ulong)BlockNumber, Bytes32.FromBytes(BlockHash), DateTimeOffset.Parse(BlockTime, CultureInfo.InvariantCulture), (ulong)GasUsed,
            DateTimeOffset.Parse(RecordedAt, CultureInfo.InvariantCulture));
    }

    private sealed class StatusRow
    {
        public long PublisherId { get; set; }
        public string? LastCycleAt { get; set; }
        public string? LastSuccessAt { get; set; }
        public string? LastError { get; set; }
        public string? LastErrorAt { get; set; }
        public long ConsecutiveFailures { get; set; }
    }
}
