using Anchor.Ethereum.Abi;
using Anchor.Ethereum.Accounts;
using Anchor.Ethereum.Rpc;

namespace Anchor.Ethereum.Transactions;

/// <summary>
/// Builds, signs, broadcasts and follows an account's transactions. The steps are separate so a
/// worker can persist the signed bytes (<see cref="SignAsync"/>) before it broadcasts them
/// (<see cref="BroadcastAsync"/>), re-broadcast the same bytes after a crash, and replace a stuck
/// transaction by signing the same nonce with higher fees.
/// </summary>
public sealed class TransactionManager
{
    private readonly IEthereumRpc _rpc;
    private readonly TransactionManagerOptions _options;
    private ulong? _chainId;

    /// <summary>A manager for <paramref name="account"/> on the node behind <paramref name="rpc"/>.</summary>
    public TransactionManager(IEthereumRpc rpc, Account account, TransactionManagerOptions? options = null)
    {
        _rpc = rpc ?? throw new ArgumentNullException(nameof(rpc));
        Account = account ?? throw new ArgumentNullException(nameof(account));
        _options = options ?? new TransactionManagerOptions();
    }

    /// <summary>The signing account.</summary>
    public Account Account { get; }

    /// <summary>The node's chain id (asked once), checked against the account's.</summary>
    /// <exception cref="ChainIdMismatchException">The account is bound to another chain.</exception>
    public async Task<ulong> GetChainIdAsync(CancellationToken cancellationToken = default)
    {
        var chainId = _chainId ??= await _rpc.ChainIdAsync(cancellationToken);
        if (Account.ChainId is { } expected && expected != chainId)
        {
            throw new ChainIdMismatchException(expected, chainId, $"account {Account.Address} signs for chain {expected} but the node is on chain {chainId}");
        }
        return chainId;
    }

    /// <summary>The next nonce: the account's transaction count including pending ones.</summary>
    public Task<ulong> GetPendingNonceAsync(CancellationToken cancellationToken = default) =>
        _rpc.GetTransactionCountAsync(Account.Address, BlockParameter.Pending, cancellationToken);

    /// <summary>Fees from the latest base fee and the node's suggested tip.</summary>
    /// <exception cref="RpcException">The node fails, or its latest block has no base fee (no EIP-1559).</exception>
    public async Task<FeeSuggestion> SuggestFeesAsync(CancellationToken cancellationToken = default)
    {
        var latest = await _rpc.GetBlockByNumberAsync(BlockParameter.Latest, cancellationToken)
            ?? throw new RpcException("eth_getBlockByNumber", RpcErrorKind.InvalidResponse, null, "the node has no latest block");
        var baseFee = latest.BaseFeePerGas
            ?? throw new RpcException("eth_getBlockByNumber", RpcErrorKind.Other, null, "the latest block has no base fee: the chain does not support EIP-1559; send legacy transactions");
        var tip = await _rpc.MaxPriorityFeePerGasAsync(cancellationToken);
        return new FeeSuggestion(baseFee, tip, baseFee * _options.BaseFeeMultiplier + tip);
    }

    /// <summary>Fills what <paramref name="request"/> leaves open (chain id, nonce, gas, fees) and returns the unsigned transaction.</summary>
    /// <exception cref="ContractRevertedException">Gas estimation shows the call would revert.</exception>
    /// <exception cref="InvalidTransactionException">Fee fields that do not belong to the request's type.</exception>
    public async Task<IUnsignedTransaction> BuildAsync(TransactionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var chainId = await GetChainIdAsync(cancellationToken);
        var nonce = request.Nonce ?? await GetPendingNonceAsync(cancellationToken);
        var gasLimit = request.GasLimit ?? await EstimateGasLimitAsync(request, cancellationToken);
        if (request.Type == TransactionType.Legacy)
        {
            if (request.MaxFeePerGas is not null || request.MaxPriorityFeePerGas is not null)
            {
                throw new InvalidTransactionException("a legacy transaction takes GasPrice, not MaxFeePerGas or MaxPriorityFeePerGas");
            }
            var gasPrice = request.GasPrice ?? await SuggestGasPriceAsync(cancellationToken);
            return new LegacyTransaction
            {
                ChainId = chainId, Nonce = nonce, GasPrice = gasPrice, GasLimit = gasLimit,
                To = request.To, Value = request.Value, Data = request.Data,
            };
        }
        if (request.GasPrice is not null) throw new InvalidTransactionException("an EIP-1559 transaction takes MaxFeePerGas and MaxPriorityFeePerGas, not GasPrice");
        var (maxFee, tip) = (request.MaxFeePerGas, request.MaxPriorityFeePerGas);
        if (maxFee is null || tip is null)
        {
            var suggestion = await SuggestFeesAsync(cancellationToken);
            tip ??= suggestion.MaxPriorityFeePerGas;
            maxFee ??= suggestion.BaseFeePerGas * _options.BaseFeeMultiplier + tip.Value;
        }
        return new Eip1559Transaction
        {
            ChainId = chainId, Nonce = nonce, MaxPriorityFeePerGas = tip.Value, MaxFeePerGas = maxFee.Value, GasLimit = gasLimit,
            To = request.To, Value = request.Value, Data = request.Data,
        };
    }

    /// <summary>Builds and signs; nothing is sent. Persist <see cref="SignedTransaction.Raw"/> before broadcasting it.</summary>
    public async Task<SignedTransaction> SignAsync(TransactionRequest request, CancellationToken cancellationToken = default) =>
        Account.SignTransaction(await BuildAsync(request, cancellationToken));

    /// <summary>
    /// Sends the raw bytes. A node that already has them ("already known") counts as success, so
    /// re-broadcasting after a crash is safe.
    /// </summary>
    /// <exception cref="RpcException">Rejected: nonce too low, replacement underpriced, insufficient funds, a revert, …</exception>
    public async Task<Bytes32> BroadcastAsync(SignedTransaction transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        try
        {
            var hash = await _rpc.SendRawTransactionAsync(transaction.Raw, cancellationToken);
            if (hash != transaction.Hash)
            {
                throw new RpcException("eth_sendRawTransaction", RpcErrorKind.InvalidResponse, null,
                    $"the node reports hash {hash} for a transaction whose hash is {transaction.Hash}");
            }
            return hash;
        }
        catch (RpcException e) when (e.Kind == RpcErrorKind.AlreadyKnown)
        {
            return transaction.Hash;
        }
    }

    /// <summary>Polls until the transaction is mined and returns its receipt, whatever its status.</summary>
    /// <exception cref="TimeoutException">Not mined within the time-out.</exception>
    public async Task<TransactionReceipt> WaitForReceiptAsync(Bytes32 hash, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var limit = timeout ?? _options.ReceiptTimeout;
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            if (await _rpc.GetTransactionReceiptAsync(hash, cancellationToken) is { } receipt) return receipt;
            if (DateTime.UtcNow >= deadline) throw new TimeoutException($"transaction {hash} was not mined within {limit.TotalSeconds:0.#} s");
            await Task.Delay(_options.ReceiptPollInterval, cancellationToken);
        }
    }

    /// <summary>
    /// Throws if <paramref name="receipt"/> shows a revert, with the reason found by replaying the
    /// call with <c>eth_call</c> in the transaction's block.
    /// </summary>
    /// <exception cref="ContractRevertedException">The transaction reverted (a <see cref="ContractCustomErrorException"/> for a known error).</exception>
    public async Task EnsureSucceededAsync(TransactionReceipt receipt, SignedTransaction transaction, IEnumerable<AbiError>? knownErrors = null,
        CancellationToken cancellationToken = default)
    {
        if (receipt.Succeeded) return;
        var message = $"transaction {receipt.TransactionHash} reverted in block {receipt.BlockNumber}";
        var call = new CallRequest
        {
            From = transaction.From, To = transaction.Transaction.To, Data = transaction.Transaction.Data,
            Value = transaction.Transaction.Value, Gas = transaction.Transaction.GasLimit,
        };
        try
        {
            await _rpc.CallAsync(call, BlockParameter.At(receipt.BlockNumber), cancellationToken);
        }
        catch (ContractRevertedException replay)
        {
            throw new ContractRevertedException(replay.Method, replay.Code, message, replay.RevertData, receipt.TransactionHash)
                .WithKnownErrors(knownErrors ?? []);
        }
        throw new ContractRevertedException("eth_call", null, message + " (replaying it in that block did not reproduce the revert)",
            ReadOnlyMemory<byte>.Empty, receipt.TransactionHash);
    }

    /// <summary>Signs, broadcasts, waits for the receipt and checks it: the convenience path for tools and tests.</summary>
    public async Task<TransactionReceipt> SendAndWaitAsync(TransactionRequest request, IEnumerable<AbiError>? knownErrors = null,
        CancellationToken cancellationToken = default)
    {
        var signed = await SignAsync(request, cancellationToken);
        await BroadcastAsync(signed, cancellationToken);
        var receipt = await WaitForReceiptAsync(signed.Hash, cancellationToken: cancellationToken);
        await EnsureSucceededAsync(receipt, signed, knownErrors, cancellationToken);
        return receipt;
    }

    private async Task<ulong> EstimateGasLimitAsync(TransactionRequest request, CancellationToken cancellationToken)
    {
        var estimate = await _rpc.EstimateGasAsync(
            new CallRequest { From = Account.Address, To = request.To, Data = request.Data, Value = request.Value }, cancellationToken);
        return estimate + estimate * (ulong)_options.GasLimitMarginPercent / 100;
    }

    private async Task<System.Numerics.BigInteger> SuggestGasPriceAsync(CancellationToken cancellationToken)
    {
        var latest = await _rpc.GetBlockByNumberAsync(BlockParameter.Latest, cancellationToken);
        var tip = await _rpc.MaxPriorityFeePerGasAsync(cancellationToken);
        return (latest?.BaseFeePerGas ?? 0) * _options.BaseFeeMultiplier + tip;
    }
}
