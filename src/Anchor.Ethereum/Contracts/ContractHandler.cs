using Anchor.Ethereum.Abi;
using Anchor.Ethereum.Rpc;
using Anchor.Ethereum.Transactions;

namespace Anchor.Ethereum.Contracts;

/// <summary>
/// One deployed contract, in Nethereum's shape: <see cref="QueryAsync{TOutput}"/> reads views with
/// <c>eth_call</c>; <see cref="SignTransactionAsync"/> and <see cref="SendTransactionAndWaitForReceiptAsync"/>
/// write. Reverts come back as <see cref="ContractCustomErrorException"/> when the contract's errors
/// are known.
/// </summary>
public sealed class ContractHandler
{
    private readonly IEthereumRpc _rpc;
    private readonly TransactionManager? _transactions;
    private readonly IReadOnlyList<AbiError> _errors;

    /// <summary>A handler for the contract at <paramref name="address"/>.</summary>
    /// <param name="rpc">The node.</param>
    /// <param name="address">The contract.</param>
    /// <param name="errors">The contract's custom errors, to decode reverts.</param>
    /// <param name="transactions">The signer, for writes; reads work without one.</param>
    public ContractHandler(IEthereumRpc rpc, Address address, IEnumerable<AbiError> errors, TransactionManager? transactions = null)
    {
        _rpc = rpc ?? throw new ArgumentNullException(nameof(rpc));
        Address = address;
        _errors = errors.ToArray();
        _transactions = transactions;
    }

    /// <summary>The contract's address.</summary>
    public Address Address { get; }

    /// <summary>Calls a view function and decodes its result.</summary>
    /// <exception cref="ContractRevertedException">The call reverted.</exception>
    /// <exception cref="AbiDecodingException">The result does not match the function's outputs (e.g. no contract at the address).</exception>
    public async Task<TOutput> QueryAsync<TOutput>(IFunctionMessage<TOutput> message, BlockParameter? block = null, CancellationToken cancellationToken = default) =>
        message.DecodeOutput(await QueryRawAsync(message, block, cancellationToken));

    /// <summary>Calls a function with <c>eth_call</c> and returns the decoded outputs.</summary>
    public async Task<AbiValues> QueryRawAsync(IFunctionMessage message, BlockParameter? block = null, CancellationToken cancellationToken = default)
    {
        var call = new CallRequest { From = _transactions?.Account.Address, To = Address, Data = Encode(message) };
        var data = await WithErrors(() => _rpc.CallAsync(call, block, cancellationToken));
        if (data.Length == 0 && message.Function.Outputs.Count > 0)
        {
            throw new AbiDecodingException(message.Function.Name, $"the call returned no data: is there a contract at {Address}?");
        }
        return message.Function.DecodeOutput(data);
    }

    /// <summary>The request for a transaction that calls <paramref name="message"/>; <paramref name="options"/> may fix nonce, gas and fees.</summary>
    public TransactionRequest CreateTransactionRequest(IFunctionMessage message, TransactionRequest? options = null) =>
        (options ?? new TransactionRequest()) with { To = Address, Data = Encode(message) };

    /// <summary>Builds and signs a transaction calling <paramref name="message"/>; nothing is sent.</summary>
    /// <exception cref="ContractRevertedException">Gas estimation shows that the call would revert.</exception>
    public Task<SignedTransaction> SignTransactionAsync(IFunctionMessage message, TransactionRequest? options = null, CancellationToken cancellationToken = default) =>
        WithErrors(() => Transactions.SignAsync(CreateTransactionRequest(message, options), cancellationToken));

    /// <summary>Signs, sends and waits for a transaction calling <paramref name="message"/>; throws if it reverts.</summary>
    /// <exception cref="ContractRevertedException">The transaction would revert, or did.</exception>
    public Task<TransactionReceipt> SendTransactionAndWaitForReceiptAsync(IFunctionMessage message, TransactionRequest? options = null,
        CancellationToken cancellationToken = default) =>
        WithErrors(() => Transactions.SendAndWaitAsync(CreateTransactionRequest(message, options), _errors, cancellationToken));

    /// <summary>
    /// The contract's <typeparamref name="TEvent"/> events in a block range, optionally filtered on
    /// indexed parameters (topics 1 to 3, null for any).
    /// </summary>
    /// <exception cref="LogQueryLimitException">The provider refuses so large a range; split it.</exception>
    public async Task<IReadOnlyList<EventLog<TEvent>>> GetEventsAsync<TEvent>(BlockParameter fromBlock, BlockParameter toBlock,
        IReadOnlyList<Bytes32?>? indexedTopics = null, CancellationToken cancellationToken = default) where TEvent : IEventMessage<TEvent>
    {
        var filter = EventDecoder.Filter<TEvent>(Address, fromBlock, toBlock, [.. indexedTopics ?? []]);
        return EventDecoder.Decode<TEvent>(await _rpc.GetLogsAsync(filter, cancellationToken), Address);
    }

    /// <summary>Decodes revert data with this contract's errors.</summary>
    public ContractRevertedException DecodeRevert(ContractRevertedException revert) => revert.WithKnownErrors(_errors);

    private TransactionManager Transactions =>
        _transactions ?? throw new InvalidOperationException($"the handler of {Address} has no account: create it from a Web3 with an account to send transactions");

    private static byte[] Encode(IFunctionMessage message) => message.Function.EncodeCall(message.Arguments);

    private async Task<T> WithErrors<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (ContractRevertedException revert) when (revert is not ContractCustomErrorException)
        {
            var decoded = revert.WithKnownErrors(_errors);
            if (ReferenceEquals(decoded, revert)) throw;
            throw decoded;
        }
    }
}
