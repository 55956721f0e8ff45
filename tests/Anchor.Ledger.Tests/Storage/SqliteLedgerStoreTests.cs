using System.Text;
using Anchor.Ledger.Entries;
using Anchor.Ledger.Storage.Sqlite;
using Anchor.Merkle;
using Dapper;
using Xunit;

namespace Anchor.Ledger.Tests.Storage;

public class SqliteLedgerStoreTests
{
    [Fact]
    public async Task Committed_entries_survive_reopening_and_match_an_in_memory_log()
    {
        using var temp = new TempDatabase();
        var memory = new MemoryNodeStore();
        var store = new SqliteLedgerStore(temp.Database);
        var publisher = await store.GetOrCreatePublisherAsync("by-health");

        await using (var appender = await LogAppender.OpenAsync(store, publisher))
        {
            for (var i = 0; i < 37; i++) memory.Append(appender.Append(Event(i)).LeafHash);
            await appender.CommitAsync();
        }

        var reopened = new SqliteLedgerStore(new SqliteDatabase(temp.FilePath));
        var again = (await reopened.FindPublisherAsync("by-health"))!;
        var reader = new MerkleLogReader(reopened.Nodes(again));
        Assert.Equal(37UL, again.Size);
        Assert.Equal(memory.Root(), reader.Root(37));
        Assert.Equal(new MerkleLogReader(memory).InclusionProof(20, 30), reader.InclusionProof(20, 30));
        Assert.Equal(new MerkleLogReader(memory).ConsistencyProof(11, 37), reader.ConsistencyProof(11, 37));
    }

    [Fact]
    public async Task An_uncommitted_session_leaves_nothing_behind()
    {
        using var temp = new TempDatabase();
        var store = new SqliteLedgerStore(temp.Database);
        var publisher = await store.GetOrCreatePublisherAsync("centrum");

        await using (var appender = await LogAppender.OpenAsync(store, publisher))
        {
            appender.Append(Event(1));
            appender.Append(Event(2));
        }

        Assert.Equal(0UL, (await store.FindPublisherAsync("centrum"))!.Size);
        await using var connection = temp.Database.Open();
        Assert.Equal(0, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM entries"));
        Assert.Equal(0, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM nodes"));
    }

    [Fact]
    public async Task A_later_session_continues_the_same_tree()
    {
        using var temp = new TempDatabase();
        var store = new SqliteLedgerStore(temp.Database);
        var publisher = await store.GetOrCreatePublisherAsync("harbin-pharma");
        var memory = new MemoryNodeStore();

        for (var session = 0; session < 3; session++)
        {
            publisher = (await store.FindPublisherAsync(publisher.Name))!;
            await using var appender = await LogAppender.OpenAsync(store, publisher);
            for (var i = 0; i < 5 + session; i++) memory.Append(appender.Append(Event(session * 100 + i)).LeafHash);
            Assert.Equal(memory.Root(), appender.Root());
            await appender.CommitAsync();
        }

        var reader = new MerkleLogReader(store.Nodes((await store.FindPublisherAsync(publisher.Name))!));
        Assert.Equal(memory.Root(), reader.Root(18));
    }

    [Fact]
    public async Task Events_are_found_by_hash_id_and_batches_read_in_log_order()
    {
        using var temp = new TempDatabase();
        var store = new SqliteLedgerStore(temp.Database);
        var publisher = await store.GetOrCreatePublisherAsync("by-health");
        await using (var appender = await LogAppender.OpenAsync(store, publisher))
        {
            for (var i = 0; i < 6; i++) appender.Append(Event(i, lot: i % 2 == 0 ? "EVEN" : "ODD"));
            Assert.True(appender.Contains(Event(3).EventHashId));
            Assert.False(appender.Contains("ni:///sha-256;unknown?ver=CBV2.0"));
            await appender.CommitAsync();
        }

        var batch = await store.ReadBatchAsync(publisher, BatchKey.Of("09506000134352", "ODD"));

        Assert.Equal([1UL, 3UL, 5UL], batch.Select(e => e.Index));
        Assert.Equal(Event(3).EventBytes, batch[1].EventBytes);
        Assert.Equal(LeafEncoding.LeafHash(batch[1].Salt, batch[1].BatchKey, batch[1].EventHashId, batch[1].EventBytes), batch[1].LeafHash);
    }

    [Fact]
    public async Task Salts_are_random_per_entry()
    {
        using var temp = new TempDatabase();
        var store = new SqliteLedgerStore(temp.Database);
        var publisher = await store.GetOrCreatePublisherAsync("by-health");
        await using var appender = await LogAppender.OpenAsync(store, publisher);

        var a = appender.Append(Event(1));
        var b = appender.Append(Event(2));

        Assert.NotEqual(a.Salt, b.Salt);
        Assert.Equal(32, a.Salt.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("By-Health")]
    [InlineData("by health")]
    public async Task Publisher_names_are_checked(string name)
    {
        using var temp = new TempDatabase();
        var store = new SqliteLedgerStore(temp.Database);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.GetOrCreatePublisherAsync(name));
        Assert.Contains("a-z, 0-9", error.Message);
    }

    [Fact]
    public async Task A_database_from_a_newer_build_is_refused_by_name()
    {
        using var temp = new TempDatabase();
        _ = new SqliteLedgerStore(temp.Database);
        await using (var connection = temp.Database.Open())
        {
            connection.Execute("INSERT INTO schema_migrations VALUES ('ledger', 99, 'from the future', '2030-01-01')");
        }

        var error = Assert.Throws<InvalidOperationException>(() => new SqliteLedgerStore(temp.Database));
        Assert.Contains("version 99", error.Message);
    }

    internal static NewEntry Event(int i, string lot = "LOT1") =>
        new($"ni:///sha-256;{i:x64}?ver=CBV2.0", "09506000134352", lot, "ObjectEvent",
            DateTimeOffset.Parse("2026-05-01T08:00:00+08:00").AddMinutes(i),
            Encoding.UTF8.GetBytes($$"""{"type":"ObjectEvent","n":{{i}},"note":"2–8 °C"}"""), $"test.jsonld event {i}");
}

public class PublisherAddressTests
{
    [Fact]
    public async Task An_address_maps_to_one_publisher_and_a_publisher_to_one_address()
    {
        using var temp = new TempDatabase();
        var store = new SqliteLedgerStore(temp.Database);
        var byHealth = await store.GetOrCreatePublisherAsync("by-health");
        var centrum = await store.GetOrCreatePublisherAsync("centrum");
        const string Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

        await store.SetPublisherAddressAsync(byHealth, Address);
        await store.SetPublisherAddressAsync(byHealth, Address.ToLowerInvariant());

        Assert.Equal("by-health", (await store.FindPublisherByAddressAsync(Address.ToLowerInvariant()))!.Name);
        Assert.Equal(Address, (await store.FindPublisherAsync("by-health"))!.Address);
        Assert.Null(await store.FindPublisherByAddressAsync("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"));
        var taken = await Assert.ThrowsAsync<InvalidOperationException>(() => store.SetPublisherAddressAsync(centrum, Address));
        Assert.Contains("by-health", taken.Message);
        var second = await Assert.ThrowsAsync<InvalidOperationException>(() => store.SetPublisherAddressAsync(byHealth, "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"));
        Assert.Contains("one address", second.Message);
    }
}
