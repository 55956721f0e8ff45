using System.Text;
using Anchor.Chain;
using Anchor.Configuration;
using Anchor.Ethereum;
using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Contracts.AnchorRegistry;
using Anchor.Ethereum.Keys;
using Anchor.Ledger.Entries;
using Anchor.Ledger.Storage;
using Anchor.Ledger.Storage.Sqlite;
using Anchor.TestSupport;
using Anchor.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Anchor.Cli.Tests.Worker;

/// <summary>
/// A real Hardhat node with the contracts deployed, a real SQLite ledger in a temporary folder,
/// and settings for a worker that anchors for the given publishers (Hardhat accounts 1, 2, …,
/// read from a 0600 mnemonic file). Everything the worker tests need, torn down on dispose.
/// </summary>
public sealed class WorkerHarness : IAsyncDisposable
{
    private static readonly Wallet HardhatWallet = new(HardhatTestMnemonic.Phrase);

    private WorkerHarness(HardhatNode node, string directory, IReadOnlyList<string> publishers)
    {
        Node = node;
        Directory = directory;
        PublisherNames = publishers;
        Database = new SqliteDatabase(Path.Combine(directory, "anchor.db"));
        Ledger = new SqliteLedgerStore(Database);
    }

    public HardhatNode Node { get; }
    public string Directory { get; }
    public IReadOnlyList<string> PublisherNames { get; }
    public SqliteDatabase Database { get; }
    public SqliteLedgerStore Ledger { get; }
    public AnchorDeployment Deployment { get; private set; } = null!;
    public Dictionary<string, string?> Configuration { get; } = new();
    public string ConfigFile => Path.Combine(Directory, "appsettings.test.json");

    /// <summary>Starts a node, deploys, and writes the configuration file for the CLI.</summary>
    public static async Task<WorkerHarness> StartAsync(int confirmations = 1, params string[] publishers)
    {
        if (publishers.Length == 0) publishers = ["by-health"];
        var node = await HardhatNode.StartAsync();
        var directory = Path.Combine(Path.GetTempPath(), "anchor-worker-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var harness = new WorkerHarness(node, directory, publishers);
        var mnemonicFile = Path.Combine(directory, "mnemonic.txt");
        await File.WriteAllTextAsync(mnemonicFile, HardhatTestMnemonic.Phrase);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(mnemonicFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        harness.Configuration["Ledger:Database"] = harness.Database.FilePath;
        harness.Configuration["Chain:RpcUrl"] = node.RpcUrl.ToString();
        harness.Configuration["Chain:Confirmations"] = confirmations.ToString();
        harness.Configuration["Chain:Deployment"] = Path.Combine(directory, "deployments", "{chainId}.json");
        harness.Configuration["Chain:Artifacts"] = RepositoryPaths.Combine("artifacts");
        harness.Configuration["Chain:RpcTimeout"] = "00:00:03";
        harness.Configuration["Worker:PollInterval"] = "00:00:00.100";
        harness.Configuration["Worker:ReplaceAfter"] = "00:00:01";
        harness.Configuration["Worker:Period"] = "00:00:01";
        harness.Configuration["Worker:MaxBackoff"] = "00:00:01";
        harness.Configuration["Deployer:MnemonicFile"] = mnemonicFile;
        for (var i = 0; i < publishers.Length; i++)
        {
            harness.Configuration[$"Publishers:{publishers[i]}:MnemonicFile"] = mnemonicFile;
            harness.Configuration[$"Publishers:{publishers[i]}:AccountIndex"] = (i + 1).ToString();
        }

        using var web3 = new Web3(node.RpcUrl.ToString());
        using var deployerWeb3 = new Web3(HardhatWallet.GetAccount(0, HardhatNode.LocalChainId), node.RpcUrl.ToString());
        harness.Deployment = await ContractDeployer.DeployAsync(deployerWeb3, RepositoryPaths.Combine("artifacts"), null, CancellationToken.None);
        harness.Deployment.Save(harness.Settings().Chain.DeploymentPath);
        harness.WriteConfigFile();
        return harness;
    }

    /// <summary>The settings, as the CLI would load them.</summary>
    public AnchorSettings Settings() =>
        AnchorSettings.Load(new ConfigurationBuilder().AddInMemoryCollection(Configuration).Build());

    /// <summary>Writes <see cref="Configuration"/> as the JSON file the CLI reads with --config.</summary>
    public void WriteConfigFile()
    {
        var root = new Dictionary<string, object>();
        foreach (var (key, value) in Configuration)
        {
            var parts = key.Split(':');
            var node = root;
            foreach (var part in parts[..^1])
            {
                if (!node.TryGetValue(part, out var child)) node[part] = child = new Dictionary<string, object>();
                node = (Dictionary<string, object>)child;
            }
            node[parts[^1]] = value!;
        }
        File.WriteAllText(ConfigFile, System.Text.Json.JsonSerializer.Serialize(root));
    }

    /// <summary>The Hardhat account of the i-th publisher (account i + 1).</summary>
    public static Address AddressOf(int publisherIndex) => HardhatWallet.GetAddress(publisherIndex + 1);

    /// <summary>Appends <paramref name="count"/> synthetic entries to a publisher's log.</summary>
    public async Task<Publisher> AppendAsync(string publisher, int count)
    {
        var target = await Ledger.GetOrCreatePublisherAsync(publisher);
        await using var appender = await LogAppender.OpenAsync(Ledger, target);
        var start = appender.Size;
        for (var i = 0UL; i < (ulong)count; i++)
        {
            var n = start + i;
            appender.Append(new NewEntry($"ni:///sha-256;{publisher.GetHashCode():x8}{n:x56}?ver=CBV2.0", "09506000134352", $"LOT{n % 7}", "ObjectEvent",
                DateTimeOffset.UnixEpoch.AddMinutes((double)n), Encoding.UTF8.GetBytes($"{{\"publisher\":\"{publisher}\",\"n\":{n}}}"), "test"));
        }
        await appender.CommitAsync();
        return (await Ledger.FindPublisherAsync(publisher))!;
    }

    /// <summary>A worker context over the harness, as `anchor commit` builds it.</summary>
    public Task<WorkerContext> ContextAsync(ICycleObserver? observer = null, ILogger? logger = null) =>
        WorkerContext.CreateAsync(Settings(), observer ?? new StepGate(), logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, CancellationToken.None);

    /// <summary>The publisher's head on chain.</summary>
    public async Task<AnchorHead> HeadAsync(Address publisher)
    {
        using var web3 = new Web3(Node.RpcUrl.ToString());
        return await web3.GetAnchorRegistry(Deployment.AnchorRegistry.Address).HeadAsync(publisher);
    }

    /// <summary>Every Anchored event of the publisher on the chain, oldest first.</summary>
    public async Task<IReadOnlyList<AnchoredEvent>> AnchoredEventsAsync(Address publisher)
    {
        using var web3 = new Web3(Node.RpcUrl.ToString());
        var events = await web3.GetAnchorRegistry(Deployment.AnchorRegistry.Address)
            .GetAnchoredAsync(Anchor.Ethereum.Rpc.BlockParameter.At(0), Anchor.Ethereum.Rpc.BlockParameter.Latest, publisher);
        return [.. events.Select(e => e.Event)];
    }

    /// <summary>The CLI arguments that point a command at this harness.</summary>
    public string[] CliArgs(params string[] command) => [.. command, "--config", ConfigFile];

    public async ValueTask DisposeAsync()
    {
        await Node.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>
/// A cycle observer that can hold a cycle at a step until the test releases it, to act on the
/// chain at exactly that point (drop a transaction, reorganise, spike the fees).
/// </summary>
public sealed class StepGate : ICycleObserver
{
    private readonly Dictionary<CycleStep, (TaskCompletionSource Reached, TaskCompletionSource Release)> _gates = new();
    private readonly List<CycleStep> _seen = [];

    /// <summary>The steps reached so far, in order.</summary>
    public IReadOnlyList<CycleStep> Seen { get { lock (_seen) return [.. _seen]; } }

    /// <summary>Holds the first arrival at <paramref name="step"/>.</summary>
    public StepGate HoldAt(CycleStep step)
    {
        _gates[step] = (new(TaskCreationOptions.RunContinuationsAsynchronously), new(TaskCreationOptions.RunContinuationsAsynchronously));
        return this;
    }

    /// <summary>Completes when the cycle is held at <paramref name="step"/>.</summary>
    public Task Reached(CycleStep step) => _gates[step].Reached.Task.WaitAsync(TimeSpan.FromSeconds(60));

    /// <summary>Lets the held cycle go on.</summary>
    public void Release(CycleStep step) => _gates[step].Release.TrySetResult();

    public async Task OnStepAsync(string publisher, CycleStep step, CancellationToken cancellationToken)
    {
        lock (_seen) _seen.Add(step);
        if (_gates.TryGetValue(step, out var gate) && gate.Reached.TrySetResult())
        {
            await gate.Release.Task.WaitAsync(cancellationToken);
        }
    }
}
