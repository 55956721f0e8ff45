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

            // The first pass of each side runs in a cold process (the JIT still compiling, then
            // recompiling hot code with profile data) and is reported apart; the goal is judged on
            // warm passes, the median of several, alternating the two sides.
            var coldDatabase = Path.Combine(directory, "cold.db");
            var (coldIngest, accepted) = await TimeAsync(() => IngestAsync(coldDatabase, brandFolders, cancellationToken));
            var rows = ReadRows(coldDatabase);
            var (coldBaseline, _) = await TimeAsync(() => Task.FromResult(InsertWithDapper(Path.Combine(directory, "cold-baseline.db"), rows)));
            DeleteDatabase(coldDatabase);
            DeleteDatabase(Path.Combine(directory, "cold-baseline.db"));

            var runs = quick ? 1 : 3;
            var ingestTimes = new List<TimeSpan>();
            var baselineTimes = new List<TimeSpan>();
            for (var run = 0; run < runs; run++)
            {
                var ingestDatabase = Path.Combine(directory, $"ingest-{run}.db");
                var baselineDatabase = Path.Combine(directory, $"baseline-{run}.db");
                ingestTimes.Add((await TimeAsync(() => IngestAsync(ingestDatabase, brandFolders, cancellationToken))).Elapsed);
                baselineTimes.Add((await TimeAsync(() => Task.FromResult(InsertWithDapper(baselineDatabase, rows)))).Elapsed);
                DeleteDatabase(ingestDatabase);
                DeleteDatabase(baselineDatabase);
            }
            var ingest = Median(ingestTimes);
            var baseline = Median(baselineTimes);

            var ingestRate = accepted / ingest.TotalSeconds;
            var baselineRate = rows.Count / baseline.TotalSeconds;
            var share = ingestRate / baselineRate;
            var coldShare = (accepted / coldIngest.TotalSeconds) / (rows.Count / coldBaseline.TotalSeconds);
            var figures = new { batches, events = sample.Events, documents = sample.Documents, accepted, runs, ingestSeconds = ingest.TotalSeconds,
                ingestEventsPerSecond = ingestRate, baselineSeconds = baseline.TotalSeconds, baselineRowsPerSecond = baselineRate, share,
                coldIngestSeconds = coldIngest.TotalSeconds, coldBaselineSeconds = coldBaseline.TotalSeconds, coldShare };
            var markdown = $"""
                ## Ingest

                Command: `dotnet run -c Release --project bench/Anchor.Benchmarks -- ingest` (part of `make bench`).
                The sample set of `anchor sample --batches {batches}`: {sample.Events:N0} events in {sample.Documents} documents over 15
                publishers ({sample.Bytes / 1e6:N0} MB). Ingest reads and validates each document, computes every event's CBV 2.0 hash
                ID, salt, leaf and tree nodes, and commits each document durably (SQLite WAL, synchronous=FULL). The baseline
                inserts the very same entry rows (every column, event bytes included) with Dapper, one transaction per publisher.
                Each side first runs once untimed in this process (the cold pass below), then {runs} times into fresh
                databases, alternating; the table gives the median.

                | work | time | rate | share of baseline |
                | --- | ---: | ---: | ---: |
                | baseline: plain Dapper insert of the {rows.Count:N0} entry rows | {baseline.TotalSeconds:N2} s | {baselineRate:N0} rows/s | 100% |
                | `anchor ingest` of the same events | {ingest.TotalSeconds:N2} s | {ingestRate:N0} events/s | {share * 100:N0}% |

                Goal: at least 50% of the baseline's rate. {(share >= 0.5 ? "Met." : "**Not met.**")}
                The cold first pass of each (a fresh process, so the JIT's work included) took {coldIngest.TotalSeconds:N2} s for ingest and
                {coldBaseline.TotalSeconds:N2} s for the baseline: {coldShare * 100:N0}% of the baseline's rate. Ingest reads and hashes
                on one thread while another writes to SQLite, in batches of 32 events.
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

    private static async Task<(TimeSpan Elapsed, T Result)> TimeAsync<T>(Func<Task<T>> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var stopwatch = Stopwatch.StartNew();
        var result = await action();
        return (stopwatch.Elapsed, result);
    }

    private static TimeSpan Median(List<TimeSpan> samples) => samples.Order().ElementAt(samples.Count / 2);

    private static void DeleteDatabase(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
    }

    private static int InsertWithDapper(string databasePath, List<Row> rows)
    {
        using var connection = new SqliteDatabase(databasePath).Open();
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
        return rows.Count;
    }
}
