using System.Diagnostics;
using Anchor.Ledger.Ingest;
using Anchor.Ledger.Sample;
using Anchor.Ledger.Storage.Sqlite;
using Dapper;

namespace Anchor.Benchmarks.Ledger;

/// <summary>
/// Ingest of the sample set (read, validate, event hash ID, leaf, tree append, durable commit per
/// document) against a plain Dapper insert of the same entry rows into SQLite, in the same run.
/// </summary>
public sealed class IngestSuite : IBenchmarkSuite
{
    public string Name => "ingest";

    public async Task<SuiteReport> RunAsync(bool quick, CancellationToken cancellationToken)
    {
        var batches = quick ? 300 : 5_000;
        var directory = Path.Combine(Path.GetTempPath(), "anchor-bench-ingest-" + Environment.ProcessId);
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        Directory.CreateDirectory(directory);
        try
        {
            var sample = SampleGenerator.Generate(new SampleOptions { OutputDirectory = Path.Combine(directory, "sample"), Batches = batches, Seed = 7 }, cancellationToken);
            var brandFolders = Directory.GetDirectories(Path.Combine(directory, "sample")).Order(StringComparer.Ordinal).ToArray();
            // Warm the file cache and the JIT on one brand, outside the timing.
            await IngestAsync(Path.Combine(directory, "warm.db"), brandFolders[..1], cancellationToken);

            var ingestDatabase = Path.Combine(directory, "ingest.db");
            var ingest = Stopwatch.StartNew();
            var accepted = await IngestAsync(ingestDatabase, brandFolders, cancellationToken);
            ingest.Stop();

            var rows = ReadRows(ingestDatabase);
            var baselineDatabase = new SqliteDatabase(Path.Combine(directory, "baseline.db"));
            var baseline = Stopwatch.StartNew();
            InsertWithDapper(baselineDatabase, rows);
            baseline.Stop();

            var ingestRate = accepted / ingest.Elapsed.TotalSeconds;
            var baselineRate = rows.Count / baseline.Elapsed.TotalSeconds;
            var share = ingestRate / baselineRate;
            var figures = new { batches, events = sample.Events, documents = sample.Documents, accepted, ingestSeconds = ingest.Elapsed.TotalSeconds,
                ingestEventsPerSecond = ingestRate, baselineSeconds = baseline.Elapsed.TotalSeconds, baselineRowsPerSecond = baselineRate, share };
            var markdown = $"""
                ## Ingest

                Command: `dotnet run -c Release --project bench/Anchor.Benchmarks -- ingest` (part of `make bench`).
                The sample set of `anchor sample --batches {batches}`: {sample.Events:N0} events in {sample.Documents} documents over 15
                publishers ({sample.Bytes / 1e6:N0} MB). Ingest reads and validates each document, computes every event's CBV 2.0 hash
                ID, salt, leaf and tree nodes, and commits each document durably (SQLite WAL, synchronous=FULL). The baseline
                inserts the very same entry rows (every column, event bytes included) with Dapper, one transaction per publisher.

                | work | time | rate | share of baseline |
                | --- | ---: | ---: | ---: |
                | baseline: plain Dapper insert of the {rows.Count:N0} entry rows | {baseline.Elapsed.TotalSeconds:N2} s | {baselineRate:N0} rows/s | 100% |
                | `anchor ingest` of the same events | {ingest.Elapsed.TotalSeconds:N2} s | {ingestRate:N0} events/s | {share * 100:N0}% |

                Goal: at least 50% of the baseline's rate. {(share >= 0.5 ? "Met." : "**Not met.**")}
                """;
            return new SuiteReport(figures, markdown);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<int> IngestAsync(string databasePath, string[] brandFolders, CancellationToken cancellationToken)
    {
        var store = new SqliteLedgerStore(new SqliteDatabase(databasePath));
        var ingestor = new LedgerIngestor(store);
        var accepted = 0;
        foreach (var folder in brandFolders)
        {
            var publisher = await store.GetOrCreatePublisherAsync(Path.GetFileName(folder), cancellationToken);
            foreach (var document in InputDocuments.Expand([folder], () => Stream.Null))
            {
                await using var stream = document.Open();
                var outcome = await ingestor.IngestDocumentAsync(publisher, stream, document.Name, cancellationToken);
                if (!outcome.Landed) throw new InvalidOperationException($"the sample was rejected: {outcome.Error}");
                accepted += outcome.Accepted;
            }
        }
        return accepted;
    }

    private sealed class Row
    {
        public long PublisherId { get; set; }
        public long LeafIndex { get; set; }
        public string EventHashId { get; set; } = "";
        public string DeclaredAt { get; set; } = "";
        public string Gtin { get; set; } = "";
        public string Lot { get; set; } = "";
        public byte[] BatchKey { get; set; } = [];
        public string EventType { get; set; } = "";
        public string EventTime { get; set; } = "";
        public byte[] Salt { get; set; } = [];
        public byte[] EventBytes { get; set; } = [];
        public byte[] LeafHash { get; set; } = [];
        public string Source { get; set; } = "";
        public string IngestedAt { get; set; } = "";
    }

    private static List<Row> ReadRows(string databasePath)
    {
        using var connection = new SqliteDatabase(databasePath).Open();
        return [.. connection.Query<Row>("""
            SELECT publisher_id AS PublisherId, leaf_index AS LeafIndex, event_hash_id AS EventHashId, declared_at AS DeclaredAt, gtin AS Gtin,
                   lot AS Lot, batch_key AS BatchKey, event_type AS EventType, event_time AS EventTime, salt AS Salt, event_bytes AS EventBytes,
                   leaf_hash AS LeafHash, source AS Source, ingested_at AS IngestedAt
            FROM entries ORDER BY publisher_id, leaf_index
            """)];
    }

    private static void InsertWithDapper(SqliteDatabase database, List<Row> rows)
    {
        using var connection = database.Open();
        connection.Execute("""
            CREATE TABLE entries (
                publisher_id INTEGER NOT NULL, leaf_index INTEGER NOT NULL, event_hash_id TEXT NOT NULL, declared_at TEXT NOT NULL,
                gtin TEXT NOT NULL, lot TEXT NOT NULL, batch_key BLOB NOT NULL, event_type TEXT NOT NULL, event_time TEXT NOT NULL,
                salt BLOB NOT NULL, event_bytes BLOB NOT NULL, leaf_hash BLOB NOT NULL, source TEXT NOT NULL, ingested_at TEXT NOT NULL,
                PRIMARY KEY (publisher_id, leaf_index)) WITHOUT ROWID;
            CREATE UNIQUE INDEX entries_by_event ON entries (publisher_id, event_hash_id, declared_at);
            CREATE INDEX entries_by_batch ON entries (publisher_id, batch_key, leaf_index);
            """);
        foreach (var publisher in rows.GroupBy(r => r.PublisherId))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute("""
                INSERT INTO entries VALUES (@PublisherId, @LeafIndex, @EventHashId, @DeclaredAt, @Gtin, @Lot, @BatchKey, @EventType, @EventTime,
                                            @Salt, @EventBytes, @LeafHash, @Source, @IngestedAt)
                """, publisher, transaction);
            transaction.Commit();
        }
    }
}
