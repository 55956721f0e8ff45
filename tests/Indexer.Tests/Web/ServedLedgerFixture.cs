using Anchor.Ethereum.Contracts.AllianceRegistry;
using Anchor.Indexer.Tests.Support;
using Anchor.Ledger.Entries;
using Xunit;

namespace Anchor.Indexer.Tests.Web;

/// <summary>
/// One served world for a test class that only reads: By-Health's sample ledger anchored whole,
/// By-Health admitted to the alliance, one of its batches recalled, a second publisher's batch
/// ingested but never anchored, everything indexed, and the web application in front of it.
/// </summary>
public sealed class ServedLedgerFixture : IAsyncLifetime
{
    /// <summary>The recall's reason.</summary>
    public const string RecallReason = "supplier notice: contaminated raw material";

    /// <summary>The lot of the batch that was ingested but never anchored (by a second publisher).</summary>
    public const string UnanchoredLot = "U2605";

    private ChainScenario? _chain;
    private WebTestHost? _web;

    public ChainScenario Chain => _chain ?? throw new InvalidOperationException("not started");

    public WebTestHost Web => _web ?? throw new InvalidOperationException("not started");

    /// <summary>By-Health's batches; the second one is recalled.</summary>
    public IReadOnlyList<SampleBatch> Batches { get; private set; } = [];

    public async Task InitializeAsync()
    {
        _chain = await ChainScenario.StartAsync();
        var (publisher, _, batches) = await SampleLedger.IngestAsync(Chain.Ledger, Chain.Folder, "by-health", batches: 30);
        Batches = batches;
        await Chain.Ledger.SetPublisherAddressAsync(publisher, Chain.AddressOf(1).ToString());
        publisher = (await Chain.Ledger.FindPublisherAsync("by-health"))!;
        await Chain.AnchorLedgerAsync(1, publisher, 0, publisher.Size);
        await Chain.AllianceAsync(new AdmitFunction(Chain.AddressOf(1), "By-Health", "https://by-health.example/anchor.json"));
        await Chain.RecallAsync(1, BatchKey.Of(batches[1].Gtin, batches[1].Lot), RecallReason);
        await TestLedger.CreateAsync(Chain.Ledger, "kelpwise", Chain.AddressOf(2).ToString(), UnanchoredLot);
        await Chain.CatchUpAsync();
        _web = await WebTestHost.StartAsync(WebTestHost.Configuration(Chain));
    }

    public async Task DisposeAsync()
    {
        if (_web is not null) await _web.DisposeAsync();
        if (_chain is not null) await _chain.DisposeAsync();
    }
}

/// <summary>The test classes that share one <see cref="ServedLedgerFixture"/>: they only read it.</summary>
[CollectionDefinition(Name)]
public sealed class ServedLedgerCollection : ICollectionFixture<ServedLedgerFixture>
{
    public const string Name = "served ledger";
}
