using System.Numerics;
using Anchor.Chain;
using Anchor.Configuration;
using Anchor.Ethereum.Accounts;
using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Crypto;
using Anchor.Ethereum.Keys;
using Anchor.Ethereum.Rpc;
using Anchor.Ledger.Storage;
using Anchor.Ledger.Storage.Sqlite;
using Microsoft.Extensions.Logging;

namespace Anchor.Worker;

/// <summary>A publisher the worker anchors for: its log and the account its anchors come from.</summary>
public sealed record PublisherAccount(Publisher Publisher, Account Account);

/// <summary>
/// Everything a cycle needs, built from the settings and checked before anything is sent: the
/// ledger, the journal, the chain (its id and the deployment's contracts), and one account per
/// configured publisher. The public Hardhat keys are refused here on any chain but 31337.
/// </summary>
public sealed class WorkerContext : IDisposable
{
    private WorkerContext(ILedgerStore ledger, IAnchorJournal journal, JsonRpcClient rpc, AnchorDeployment deployment,
        IReadOnlyList<PublisherAccount> publishers, AnchorCycle cycle)
    {
        Ledger = ledger;
        Journal = journal;
        Rpc = rpc;
        Deployment = deployment;
        Publishers = publishers;
        Cycle = cycle;
    }

    public ILedgerStore Ledger { get; }
    public IAnchorJournal Journal { get; }
    public JsonRpcClient Rpc { get; }
    public AnchorDeployment Deployment { get; }
    public IReadOnlyList<PublisherAccount> Publishers { get; }
    public AnchorCycle Cycle { get; }

    /// <summary>The ledger and journal alone, for commands that read without touching the chain.</summary>
    public static (ILedgerStore Ledger, IAnchorJournal Journal) OpenStorage(AnchorSettings settings)
    {
        var database = new SqliteDatabase(settings.Ledger.Database);
        return (new SqliteLedgerStore(database), new SqliteAnchorJournal(database));
    }

    /// <summary>
    /// Loads every configured publisher's key. Done before anything touches the chain, so that a
    /// refused or unreadable key stops the worker at once, even when the chain is unreachable.
    /// </summary>
    /// <exception cref="KeyException">A key cannot be loaded, two publishers share one, or a public test key is used on a real chain.</exception>
    public static IReadOnlyList<(string Name, Account Account)> LoadAccounts(AnchorSettings settings)
    {
        var chainId = (ulong)settings.Chain.ChainId;
        var accounts = new List<(string Name, Account Account)>();
        foreach (var (name, keys) in settings.Publishers.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var account = LoadAccount(name, keys, chainId);
            if (accounts.FirstOrDefault(a => a.Account.Address == account.Address) is { Name: { } twin })
            {
                throw new KeySourceException($"publishers {twin} and {name} have the same key ({account.Address}); each publisher needs its own");
            }
            accounts.Add((name, account));
        }
        return accounts;
    }

    /// <summary>Loads the keys, then connects to the chain and checks the deployment.</summary>
    /// <exception cref="KeyException">See <see cref="LoadAccounts"/>.</exception>
    /// <exception cref="ChainMismatchException">The chain is not the configured one, or lacks the deployment.</exception>
    /// <exception cref="DeploymentFileException">There is no usable deployment file.</exception>
    /// <exception cref="Anchor.Ethereum.Rpc.RpcException">The chain cannot be reached.</exception>
    public static Task<WorkerContext> CreateAsync(AnchorSettings settings, ICycleObserver observer, ILogger logger, CancellationToken cancellationToken) =>
        ConnectAsync(settings, LoadAccounts(settings), observer, logger, cancellationToken);

    /// <summary>Connects to the chain for publishers whose keys are loaded.</summary>
    public static async Task<WorkerContext> ConnectAsync(AnchorSettings settings, IReadOnlyList<(string Name, Account Account)> accounts,
        ICycleObserver observer, ILogger logger, CancellationToken cancellationToken)
    {
        var chainId = (ulong)settings.Chain.ChainId;
        var (ledger, journal) = OpenStorage(settings);
        var rpc = ChainConnection.CreateClient(settings.Chain);
        try
        {
            var deployment = await ChainConnection.LoadDeploymentAsync(rpc, settings.Chain, cancellationToken);
            var publishers = new List<PublisherAccount>();
            foreach (var (name, account) in accounts)
            {
                publishers.Add(new PublisherAccount(await ledger.GetOrCreatePublisherAsync(name, cancellationToken), account));
            }
            var fees = new FeePolicy(GweiToWei(settings.Chain.MaxFeePerGasGwei), settings.Worker.FeeBumpPercent);
            var cycle = new AnchorCycle(ledger, journal, rpc, deployment.AnchorRegistry.Address, chainId,
                new CycleSettings(settings.Chain.Confirmations, settings.Worker.MinNewEntries, settings.Worker.PollInterval, settings.Worker.ReplaceAfter, fees),
                observer, logger);
            return new WorkerContext(ledger, journal, rpc, deployment, publishers, cycle);
        }
        catch
        {
            rpc.Dispose();
            throw;
        }
    }

    private static Account LoadAccount(string publisher, KeySourceOptions keys, ulong chainId)
    {
        try
        {
            var account = new Account(KeySource.Load(keys), chainId);
            HardhatTestMnemonic.EnsureAllowed(account.Address, chainId);
            return account;
        }
        catch (KeyException e)
        {
            throw new KeySourceException($"Publishers:{publisher}: {e.Message}", null, e);
        }
    }

    internal static BigInteger GweiToWei(decimal gwei) => new(decimal.Round(gwei * 1_000_000_000m, 0, MidpointRounding.ToZero));

    public void Dispose() => Rpc.Dispose();
}
