using Anchor.Chain;
using Anchor.Configuration;
using Anchor.Ethereum;
using Anchor.Ethereum.Accounts;
using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Keys;
using Anchor.Ethereum.Rpc;

namespace Anchor.Commands;

/// <summary>
/// What a command that sends one transaction needs: the checked chain and deployment, and the
/// account to sign with (the deployer, or a configured publisher), with the public Hardhat keys
/// refused on any chain but 31337.
/// </summary>
internal sealed class ChainCommandContext : IDisposable
{
    private ChainCommandContext(JsonRpcClient rpc, AnchorDeployment deployment, Account account)
    {
        Rpc = rpc;
        Deployment = deployment;
        Account = account;
        Web3 = new Web3(rpc, account);
    }

    public JsonRpcClient Rpc { get; }
    public AnchorDeployment Deployment { get; }
    public Account Account { get; }
    public Web3 Web3 { get; }

    /// <summary>Connects with <paramref name="keys"/>'s account.</summary>
    public static async Task<ChainCommandContext> ConnectAsync(AnchorSettings settings, KeySourceOptions keys, string keyName, CancellationToken cancellationToken)
    {
        var chainId = (ulong)settings.Chain.ChainId;
        Account account;
        try
        {
            account = new Account(KeySource.Load(keys), chainId);
            HardhatTestMnemonic.EnsureAllowed(account.Address, chainId);
        }
        catch (Anchor.Ethereum.Crypto.KeyException e)
        {
            throw new KeySourceException($"{keyName}: {e.Message}", null, e);
        }
        var rpc = ChainConnection.CreateClient(settings.Chain);
        try
        {
            return new ChainCommandContext(rpc, await ChainConnection.LoadDeploymentAsync(rpc, settings.Chain, cancellationToken), account);
        }
        catch
        {
            rpc.Dispose();
            throw;
        }
    }

    /// <summary>Connects without a key, for commands that only read (a random key that never signs).</summary>
    public static async Task<ChainCommandContext> ConnectReadOnlyAsync(AnchorSettings settings, CancellationToken cancellationToken)
    {
        var rpc = ChainConnection.CreateClient(settings.Chain);
        try
        {
            var deployment = await ChainConnection.LoadDeploymentAsync(rpc, settings.Chain, cancellationToken);
            return new ChainCommandContext(rpc, deployment, new Account(Anchor.Ethereum.Crypto.PrivateKey.Generate(), (ulong)settings.Chain.ChainId));
        }
        catch
        {
            rpc.Dispose();
            throw;
        }
    }

    /// <summary>The configured key of <paramref name="publisher"/>.</summary>
    /// <exception cref="ConfigurationException">The publisher has no key configured.</exception>
    public static KeySourceOptions PublisherKeys(AnchorSettings settings, string publisher) =>
        settings.Publishers.TryGetValue(publisher, out var keys)
            ? keys
            : throw new ConfigurationException([$"{ConfigurationKeys.Describe($"Publishers:{publisher}")}: publisher {publisher} has no key configured"]);

    public void Dispose()
    {
        Web3.Dispose();
        Rpc.Dispose();
    }
}
