using Anchor.Configuration;
using Anchor.Ethereum;
using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Contracts.AllianceRegistry;
using Anchor.Ethereum.Contracts.AnchorRegistry;
using Anchor.Ethereum.Contracts.RecallRegistry;
using Anchor.Ethereum.Keys;
using Anchor.Ethereum.Rpc;
using Anchor.Ethereum.Transactions;
using Anchor.Indexer.Configuration;
using Anchor.Indexer.Following;
using Anchor.Indexer.Storage.Sqlite;
using Anchor.Ledger.Storage;
using Anchor.Ledger.Storage.Sqlite;
using Anchor.Merkle;
using Anchor.TestSupport;
using Microsoft.Data.Sqlite;

namespace Anchor.Indexer.Tests.Support;

/// <summary>
/// One test's world: its own Hardhat node, the three contracts deployed from their artifacts, a
/// deployment file and a SQLite database in a temporary folder, and helpers to anchor, recall and
/// admit with Hardhat's accounts (allowed on chain 31337 only).
/// </summary>
public sealed class ChainScenario : IAsyncDisposable
{
    public static readonly Wallet TestWallet = new(HardhatTestMnemonic.Phrase);

    private readonly Dictionary<int, Web3> _accounts = [];

    private ChainScenario(HardhatNode node, string folder)
    {
        Node = node;
        Folder = folder;
        Database = new SqliteDatabase(Path.Combine(folder, "anchor.db"));
        Ledger = new SqliteLedgerStore(Database);
        Index = new SqliteIndexStore(Database);
    }

    public HardhatNode Node { get; private set; }

    public string Folder { get; }

    public SqliteDatabase Database { get; }

    public SqliteLedgerStore Ledger { get; }

    public SqliteIndexStore Index { get; }

    public string DeploymentPath => Path.Combine(Folder, "deployments", "{chainId}.json");

    public AnchorDeployment Deployment { get; private set; } = null!;

    /// <summary>Starts a node and deploys the contracts (the alliance is owned by account 0).</summary>
    public static async Task<ChainScenario> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "anchor-indexer-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        var scenario = new ChainScenario(await HardhatNode.StartAsync(), folder);
        await scenario.DeployAsync();
        return scenario;
    }

    /// <summary>
    /// Kills the node and starts a fresh one (a new genesis), on the same port or a new one, then
    /// deploys again, rewriting the deployment file: a restarted Hardhat node.
    /// </summary>
    public async Task RestartNodeAsync(bool samePort)
    {
        foreach (var web3 in _accounts.Values) web3.Dispose();
        _accounts.Clear();
        var port = Node.RpcUrl.Port;
        var oldGenesis = await GenesisAsync();
        await Node.DisposeAsync();
        // Hardhat stamps its genesis block with the start time in whole seconds: a node restarted
        // within the same second would rebuild the very same chain, which is no reset at all.
        var genesisTime = DateTimeOffset.FromUnixTimeSeconds((long)oldGenesis.Timestamp);
        while (DateTimeOffset.UtcNow < genesisTime.AddSeconds(1)) await Task.Delay(50);
        Node = await HardhatNode.StartAsync(port: samePort ? port : null);
        if ((await GenesisAsync()).Hash == oldGenesis.Hash) throw new InvalidOperationException("the restarted node kept its genesis block");
        await DeployAsync();
    }

    private async Task<Block> GenesisAsync()
    {
        using var rpc = new JsonRpcClient(Node.RpcUrl);
        return (await rpc.GetBlockByNumberAsync(BlockParameter.At(0)))!;
    }

    public ChainOptions ChainOptions(int confirmations = 1, Uri? rpcUrl = null) => new()
    {
        RpcUrl = (rpcUrl ?? Node.RpcUrl).ToString(),
        ChainId = HardhatNode.LocalChainId,
        Deployment = DeploymentPath,
        Confirmations = confirmations,
    };

    /// <summary>The environment that points an <c>indexer</c> process at this scenario (the ANCHOR__ variables of its configuration).</summary>
    public Dictionary<string, string?> Environment(int confirmations = 1, Uri? rpcUrl = null, params (string Key, string Value)[] more)
    {
        var environment = new Dictionary<string, string?>
        {
            ["ANCHOR__Ledger__Database"] = Database.FilePath,
            ["ANCHOR__Chain__RpcUrl"] = (rpcUrl ?? Node.RpcUrl).ToString(),
            ["ANCHOR__Chain__Deployment"] = DeploymentPath,
            ["ANCHOR__Chain__Confirmations"] = confirmations.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ANCHOR__Indexer__PollInterval"] = "00:00:00.200",
        };
        foreach (var (key, value) in more) environment["ANCHOR__" + key.Replace(":", "__", StringComparison.Ordinal)] = value;
        return environment;
    }

    public static IndexerOptions IndexerOptions(int window = 64, int maxRange = 2000, int minRange = 1) =>
        new() { ReorgWindow = window, MaxBlockRange = maxRange, MinBlockRange = minRange, PollInterval = TimeSpan.FromMilliseconds(100) };

    /// <summary>A follower on this scenario's node (or on <paramref name="rpcUrl"/>, e.g. a proxy in front of it).</summary>
    public (ChainFollower Follower, JsonRpcClient Rpc) Follower(int confirmations = 1, IndexerOptions? options = null, Uri? rpcUrl = null)
    {
        var rpc = new JsonRpcClient(rpcUrl ?? Node.RpcUrl, new JsonRpcClientOptions { RequestTimeout = TimeSpan.FromSeconds(30), MaxRetries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(50) });
        return (new ChainFollower(rpc, Index, Ledger, ChainOptions(confirmations, rpcUrl), options ?? IndexerOptions()), rpc);
    }

    /// <summary>Indexes every final block once, with a follower of its own.</summary>
    public async Task<CatchUpResult> CatchUpAsync(int confirmations = 1, IndexerOptions? options = null)
    {
        var (follower, rpc) = Follower(confirmations, options);
        using (rpc) return await follower.CatchUpAsync();
    }

    /// <summary>A Web3 signing with Hardhat account <paramref name="index"/>.</summary>
    public Web3 Account(int index)
    {
        if (!_accounts.TryGetValue(index, out var web3))
        {
            web3 = new Web3(TestWallet.GetAccount(index, HardhatNode.LocalChainId), Node.RpcUrl.ToString(),
                new JsonRpcClientOptions { RequestTimeout = TimeSpan.FromSeconds(30), MaxRetries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(50) },
                new TransactionManagerOptions { ReceiptPollInterval = TimeSpan.FromMilliseconds(20), ReceiptTimeout = TimeSpan.FromSeconds(60) });
            _accounts[index] = web3;
        }
        return web3;
    }

    public Address AddressOf(int account) => Account(account).Account!.Address;

    /// <summary>Anchors (size, root, proof) from <paramref name="account"/>; with automine on, in a block of its own.</summary>
    public Task<TransactionReceipt> AnchorAsync(int account, ulong size, Bytes32 root, IReadOnlyList<Bytes32> proof) =>
        Account(account).GetAnchorRegistry(Deployment.AnchorRegistry.Address).AnchorAndWaitAsync(new AnchorFunction(size, root, proof));

    /// <summary>Anchors <paramref name="publisher"/>'s ledger at <paramref name="size"/>, with the consistency proof from <paramref name="previousSize"/>.</summary>
    public Task<TransactionReceipt> AnchorLedgerAsync(int account, Publisher publisher, ulong previousSize, ulong size)
    {
        var reader = new MerkleLogReader(Ledger.Nodes(publisher));
        var proof = previousSize == 0 ? [] : reader.ConsistencyProof(previousSize, size).Select(ToBytes32).ToArray();
        return AnchorAsync(account, size, ToBytes32(reader.Root(size)), proof);
    }

    public Task<TransactionReceipt> RecallAsync(int account, Hash32 batchKey, string reason) =>
        Account(account).GetRecallRegistry(Deployment.RecallRegistry.Address).RecallAndWaitAsync(new RecallFunction(ToBytes32(batchKey), reason));

    /// <summary>Sends an alliance owner action (admit, update, remove) from account 0, the owner.</summary>
    public Task<TransactionReceipt> AllianceAsync(IFunctionMessage action) =>
        Account(0).GetAllianceRegistry(Deployment.AllianceRegistry.Address).SendAndWaitAsync(action);

    public async Task<ulong> HeadAsync() => Convert.ToUInt64((await Node.RpcAsync("eth_blockNumber")).GetString(), 16);

    public async Task MineAsync(int blocks)
    {
        for (var i = 0; i < blocks; i++) await Node.RpcAsync("evm_mine");
    }

    public async Task<string> SnapshotAsync() => (await Node.RpcAsync("evm_snapshot")).GetString()!;

    /// <summary>
    /// Reverts to <paramref name="snapshot"/> and moves the clock on, so that the blocks mined
    /// next differ from the forgotten ones even when they hold the same transactions (Hardhat
    /// would otherwise mine identical blocks within the same second).
    /// </summary>
    public async Task RevertAsync(string snapshot)
    {
        if (!(await Node.RpcAsync("evm_revert", snapshot)).GetBoolean()) throw new InvalidOperationException($"evm_revert {snapshot} failed");
        await Node.RpcAsync("evm_increaseTime", 600);
    }

    public async Task<Bytes32> BlockHashAsync(ulong number)
    {
        var block = await Node.RpcAsync("eth_getBlockByNumber", "0x" + number.ToString("x"), false);
        return Bytes32.Parse(block.GetProperty("hash").GetString()!);
    }

    public static Bytes32 ToBytes32(Hash32 hash) => Bytes32.FromBytes(hash.ToArray());

    /// <summary>A root that no ledger here has: the Keccak-256 of <paramref name="text"/>.</summary>
    public static Bytes32 Root(string text) => Bytes32.FromBytes(Anchor.Ethereum.Crypto.Keccak256.Hash(System.Text.Encoding.UTF8.GetBytes(text)));

    private async Task DeployAsync()
    {
        var deployer = Account(0);
        var deployed = new Dictionary<string, DeployedContractInfo>();
        foreach (var name in new[] { "AnchorRegistry", "RecallRegistry", "AllianceRegistry" })
        {
            IReadOnlyList<object?> arguments = name == "AllianceRegistry" ? [deployer.Account!.Address] : [];
            var result = await deployer.DeployContractAsync(HardhatArtifact.Load(HardhatArtifact.PathFor(RepositoryPaths.Root, name)), arguments);
            deployed[name] = new DeployedContractInfo(result.Address, result.Receipt.BlockNumber, result.Receipt.TransactionHash);
        }
        var genesis = await deployer.Eth.GetBlockByNumberAsync(BlockParameter.At(0)) ?? throw new InvalidOperationException("no genesis block");
        Deployment = new AnchorDeployment(HardhatNode.LocalChainId, genesis.Hash, deployer.Account!.Address, DateTimeOffset.UtcNow,
            deployed["AnchorRegistry"], deployed["RecallRegistry"], deployed["AllianceRegistry"]);
        Deployment.Save(DeploymentPath.Replace("{chainId}", "31337", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var web3 in _accounts.Values) web3.Dispose();
        await Node.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A process the test started may still hold the database for a moment; the folder is under the temp directory.
        }
    }
}
