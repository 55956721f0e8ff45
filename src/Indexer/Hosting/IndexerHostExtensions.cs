using Anchor.Chain;
using Anchor.Ethereum.Rpc;
using Anchor.Indexer.Configuration;
using Anchor.Indexer.Following;
using Anchor.Indexer.Storage;
using Anchor.Indexer.Storage.Sqlite;
using Anchor.Ledger.Storage;
using Anchor.Ledger.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Anchor.Indexer.Hosting;

/// <summary>The wiring of <c>indexer run</c>, in the Generic Host.</summary>
public static class IndexerHostExtensions
{
    /// <summary>
    /// Adds the indexer: the ledger and index stores on Ledger:Database, the JSON-RPC client of
    /// Chain:RpcUrl, the <see cref="ChainFollower"/> and the <see cref="IndexerService"/> that steps
    /// it. The "Indexer" section is bound and validated on start; <paramref name="settings"/> was
    /// already validated from the same configuration, so a bad value fails before this point.
    /// </summary>
    public static IHostApplicationBuilder AddAnchorIndexer(this IHostApplicationBuilder builder, IndexerSettings settings, IndexerRunMode mode)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var services = builder.Services;
        services.AddOptions<IndexerOptions>()
            .Bind(builder.Configuration.GetSection(IndexerOptions.Section), o => o.ErrorOnUnknownConfiguration = true)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<IndexerOptions>, IndexerOptionsValidator>();
        services.AddSingleton(settings);
        services.AddSingleton(new IndexerRunOutcome(mode));
        services.AddSingleton(new SqliteDatabase(settings.Anchor.Ledger.Database));
        services.AddSingleton<ILedgerStore>(sp => new SqliteLedgerStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IIndexStore>(sp => new SqliteIndexStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IEthereumRpc>(_ => ChainConnection.CreateClient(settings.Anchor.Chain));
        services.AddSingleton(sp => new ChainFollower(
            sp.GetRequiredService<IEthereumRpc>(), sp.GetRequiredService<IIndexStore>(), sp.GetRequiredService<ILedgerStore>(),
            settings.Anchor.Chain, sp.GetRequiredService<IOptions<IndexerOptions>>().Value, sp.GetRequiredService<ILogger<ChainFollower>>()));
        services.AddHostedService<IndexerService>();
        return builder;
    }
}
