using Anchor.Ethereum.Abi;
using Anchor.Ethereum.Accounts;
using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Contracts.AllianceRegistry;
using Anchor.Ethereum.Contracts.AnchorRegistry;
using Anchor.Ethereum.Contracts.RecallRegistry;
using Anchor.Ethereum.Rpc;
using Anchor.Ethereum.Transactions;

namespace Anchor.Ethereum;

/// <summary>
/// The entry point, in the shape Nethereum users know: <c>new Web3(account, url)</c>, then
/// <see cref="Eth"/> for JSON-RPC, <see cref="TransactionManager"/> to sign and send, and
/// <see cref="GetContractHandler"/> or the typed services for contracts.
/// </summary>
public sealed class Web3 : IDisposable
{
    private readonly JsonRpcClient? _ownedClient;
    private readonly TransactionManager? _transactions;

    /// <summary>A Web3 on a JSON-RPC URL; reverts of the Anchor contracts decode into their custom errors.</summary>
    /// <param name="account">The signer; null for read-only use.</param>
    /// <param name="url">The node's JSON-RPC endpoint.</param>
    /// <param name="rpcOptions">Time-outs and retries.</param>
    /// <param name="transactionOptions">Gas margin, fee multiplier, receipt polling.</param>
    public Web3(Account? account, string url, JsonRpcClientOptions? rpcOptions = null, TransactionManagerOptions? transactionOptions = null)
        : this(CreateClient(url, rpcOptions), account, transactionOptions, ownsClient: true)
    {
    }

    /// <summary>A read-only Web3 on a JSON-RPC URL.</summary>
    public Web3(string url, JsonRpcClientOptions? rpcOptions = null)
        : this(null, url, rpcOptions)
    {
    }

    /// <summary>A Web3 on any <see cref="IEthereumRpc"/>.</summary>
    public Web3(IEthereumRpc rpc, Account? account = null, TransactionManagerOptions? transactionOptions = null)
        : this(rpc, account, transactionOptions, ownsClient: false)
    {
    }

    private Web3(IEthereumRpc rpc, Account? account, TransactionManagerOptions? transactionOptions, bool ownsClient)
    {
        Eth = rpc ?? throw new ArgumentNullException(nameof(rpc));
        Account = account;
        _ownedClient = ownsClient ? rpc as JsonRpcClient : null;
        _transactions = account is null ? null : new TransactionManager(rpc, account, transactionOptions);
    }

    /// <summary>The JSON-RPC methods.</summary>
    public IEthereumRpc Eth { get; }

    /// <summary>The signer, if any.</summary>
    public Account? Account { get; }

    /// <summary>Builds, signs, sends and follows the account's transactions.</summary>
    /// <exception cref="InvalidOperationException">This Web3 has no account.</exception>
    public TransactionManager TransactionManager =>
        _transactions ?? throw new InvalidOperationException("this Web3 has no account: create it with one to sign transactions");

    /// <summary>A handler for the contract at <paramref name="address"/>, decoding reverts with <paramref name="errors"/> (default: the Anchor contracts' errors).</summary>
    public ContractHandler GetContractHandler(Address address, IEnumerable<AbiError>? errors = null) =>
        new(Eth, address, errors ?? AnchorContracts.AllErrors, _transactions);

    /// <summary>The AnchorRegistry at <paramref name="address"/>.</summary>
    public AnchorRegistryService GetAnchorRegistry(Address address) => new(GetContractHandler(address, AnchorRegistryAbi.Contract.Errors));

    /// <summary>The RecallRegistry at <paramref name="address"/>.</summary>
    public RecallRegistryService GetRecallRegistry(Address address) => new(GetContractHandler(address, RecallRegistryAbi.Contract.Errors));

    /// <summary>The AllianceRegistry at <paramref name="address"/>.</summary>
    public AllianceRegistryService GetAllianceRegistry(Address address) => new(GetContractHandler(address, AllianceRegistryAbi.Contract.Errors));

    /// <summary>Deploys a contract from its Hardhat artifact and waits for it to be mined.</summary>
    /// <exception cref="ContractRevertedException">The constructor reverted.</exception>
    /// <exception cref="RpcException">The receipt names no contract, or the address has no code.</exception>
    public async Task<DeployedContract> DeployContractAsync(HardhatArtifact artifact, IReadOnlyList<object?>? constructorArguments = null,
        TransactionRequest? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        var request = (options ?? new TransactionRequest()) with { To = null, Data = artifact.CreateDeploymentData(constructorArguments ?? []) };
        var receipt = await TransactionManager.SendAndWaitAsync(request, artifact.Abi.Errors, cancellationToken);
        var address = receipt.ContractAddress
            ?? throw new RpcException("eth_getTransactionReceipt", RpcErrorKind.InvalidResponse, null, $"the receipt of deploying {artifact.ContractName} has no contract address");
        if ((await Eth.GetCodeAsync(address, BlockParameter.At(receipt.BlockNumber), cancellationToken)).Length == 0)
        {
            throw new RpcException("eth_getCode", RpcErrorKind.Other, null, $"{artifact.ContractName} was deployed to {address} but has no code there");
        }
        return new DeployedContract(address, receipt);
    }

    /// <summary>Disposes the JSON-RPC client if this Web3 created it.</summary>
    public void Dispose() => _ownedClient?.Dispose();

    private static JsonRpcClient CreateClient(string url, JsonRpcClientOptions? options)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var endpoint))
        {
            throw new ArgumentException("the RPC URL is not an absolute URL", nameof(url));
        }
        var given = options ?? new JsonRpcClientOptions();
        var effective = new JsonRpcClientOptions
        {
            RequestTimeout = given.RequestTimeout,
            MaxRetries = given.MaxRetries,
            RetryBaseDelay = given.RetryBaseDelay,
            RetryMaxDelay = given.RetryMaxDelay,
            FallbackPriorityFeePerGas = given.FallbackPriorityFeePerGas,
            KnownErrors = given.KnownErrors.Count > 0 ? given.KnownErrors : AnchorContracts.AllErrors,
        };
        return new JsonRpcClient(endpoint, effective);
    }
}
