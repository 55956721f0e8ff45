using System.Diagnostics;
using System.Text;
using Anchor.Ledger.Entries;
using Anchor.Ledger.Storage.Sqlite;
using Anchor.Merkle;
using Dapper;

namespace Anchor.Benchmarks.Merkle;

/// <summary>
/// Inclusion and consistency proofs at 1M entries, read from the tree persisted in SQLite, against
/// a single-row primary-key read of an entry from the same file in the same run.
/// </summary>
public sealed class ProofSuite : IBenchmarkSuite
{
    public string Name => "proofs";

    public async Task<SuiteReport> RunAsync(bool quick, CancellationToken cancellationToken)
    {
        var size = quick ? 20_000UL : 1_000_000UL;
        var samples = quick ? 200 : 2_000;
        var directory = Path.Combine(Path.GetTempPath(), "anchor-bench-proofs-" + Environment.ProcessId);
        Directory.CreateDirectory(directory);
        try
        {
            var database = new SqliteDatabase(Path.Combine(directory, "ledger.db"));
            var store = new SqliteLedgerStore(database);
            var publisher = await store.GetOrCreatePublisherAsync("bench");
            var build = Stopwatch.StartNew();
            await using (var appender = await LogAppender.OpenAsync(store, publisher, cancellationToken))
            {
                for (var i = 0UL; i < size; i++)
                {
                    appender.Append(new NewEntry($"ni:///sha-256;{i:x64}?ver=CBV2.0", "09506000134352", $"L{i % 5000}", "ObjectEvent",
                        DateTimeOffset.UnixEpoch, Encoding.UTF8.GetBytes($"{{\"n\":{i}}}"), "bench"));
                }
                await appender.CommitAsync(cancellationToken);
            }
            build.Stop();

            publisher = (await store.FindPublisherAsync("bench", cancellationToken))!;
            var reader = new MerkleLogReader(store.Nodes(publisher));
            var root = reader.Root(size);
            var random = new Random(7);
            var indices = Enumerable.Range(0, samples).Select(_ => (ulong)random.NextInt64((long)size)).ToArray();
            var oldSizes = Enumerable.Range(0, samples).Select(_ => (ulong)random.NextInt64(1, (long)size)).ToArray();

            // Warm the page cache and the connection pool, as a serving process would be.
            for (var i = 0; i < 50; i++) reader.InclusionProof(indices[i], size);

            var baseline = Measure(samples, i =>
            {
                using var connection = database.Open();
                connection.ExecuteScalar<byte[]>("SELECT leaf_hash FROM entries WHERE publisher_id = @p AND leaf_index = @i",
                    new { p = publisher.Id, i = (long)indices[i] });
            });
            var inclusion = Measure(samples, i =>
            {
                var proof = reader.InclusionProof(indices[i], size);
                if (proof.Length == 0) throw new InvalidOperationException("empty proof");
            });
            var consistency = Measure(samples, i => reader.ConsistencyProof(oldSizes[i], size));

            // The proofs must also be right, or their speed means nothing.
            var leaf = (await store.ReadEntriesAsync(publisher, indices[0], indices[0] + 1, cancellationToken))[0].LeafHash;
            InclusionProofVerifier.Verify(indices[0], size, leaf, root, reader.InclusionProof(indices[0], size));
            ConsistencyProofVerifier.Verify(oldSizes[0], size, reader.Root(oldSizes[0]), root, reader.ConsistencyProof(oldSizes[0], size));

            var bundle = BundleSize.Measure(reader, size);
            var figures = new { size, samples, buildSeconds = build.Elapsed.TotalSeconds, baselineMicroseconds = baseline, inclusionMicroseconds = inclusion, consistencyMicroseconds = consistency, bundle = bundle.Figures };
            var markdown = $"""
                ## Proofs from the persisted tree

                Command: `dotnet run -c Release --project bench/Anchor.Benchmarks -- proofs` (part of `make bench`).
                A ledger of {size:N0} entries in SQLite (built in {build.Elapsed.TotalSeconds:N0} s), {samples:N0} random indices and
                old sizes; mean time per proof, each read through a fresh pooled connection as a server would.

                | work | mean | vs baseline |
                | --- | ---: | ---: |
                | baseline: read one entry's leaf hash by primary key | {baseline:N1} µs | 1.00× |
                | inclusion proof of a random entry at size {size:N0} | {inclusion:N1} µs | {Timing.Ratio(inclusion, baseline)} |
                | consistency proof from a random size to {size:N0} | {consistency:N1} µs | {Timing.Ratio(consistency, baseline)} |

                Goal: at most 1 ms for each. {(inclusion <= 1000 && consistency <= 1000 ? "Met." : "**Not met.**")} A proof needs O(log n) stored nodes,
                fetched in at most two queries (leaves and inner nodes), and at most O(log n) hashes for the
                right edge.

                {bundle.Markdown}
                """;
            return new SuiteReport(figures, markdown);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static double Measure(int samples, Action<int> action)
    {
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < samples; i++) action(i);
        return stopwatch.Elapsed.TotalMicroseconds / samples;
    }
}
