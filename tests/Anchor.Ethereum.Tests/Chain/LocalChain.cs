using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Keys;
using Anchor.Ethereum.Rpc;
using Anchor.Ethereum.Transactions;
using Anchor.TestSupport;

namespace Anchor.Ethereum.Tests.Chain;

/// <summary>Web3 instances and deployments on a test's own Hardhat node.</summary>
internal static class LocalChain
{
    public static readonly Wallet TestWallet = new(HardhatTestMnemonic.Phrase);

    public static JsonRpcClientOptions RpcOptions => new()
    {
        RequestTimeout = TimeSpan.FromSeconds(20),
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(50),
    };

    public static TransactionManagerOptions TransactionOptions => new() { ReceiptPollInterval = TimeSpan.FromMilliseconds(50), ReceiptTimeout = TimeSpan.FromSeconds(30) };

    /// <summary>A Web3 signing with Hardhat account <paramref name="accountIndex"/>.</summary>
    public static Web3 Connect(HardhatNode node, int accountIndex = 0) =>
        new(TestWallet.GetAccount(accountIndex, HardhatNode.LocalChainId), node.RpcUrl.ToString(), RpcOptions, TransactionOptions);

    public static HardhatArtifact Artifact(string contractName) =>
        HardhatArtifact.Load(HardhatArtifact.PathFor(RepositoryPaths.Root, contractName));

    /// <summary>Runs <paramref name="action"/> with automine off, so transactions wait in the pool until <c>evm_mine</c>.</summary>
    public static async Task WithoutAutomineAsync(HardhatNode node, Func<Task> action)
    {
        await node.RpcAsync("evm_setAutomine", false);
        try
        {
            await action();
        }
        finally
        {
            await node.RpcAsync("evm_setAutomine", true);
        }
    }
}
