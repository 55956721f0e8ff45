using Anchor.Ethereum.Abi;
using Anchor.Ethereum.Rpc;

namespace Anchor.Ethereum.Contracts;

/// <summary>A typed call of a contract function: which function, and its arguments in order.</summary>
public interface IFunctionMessage
{
    /// <summary>The function.</summary>
    AbiFunction Function { get; }

    /// <summary>The arguments, in the function's parameter order.</summary>
    IReadOnlyList<object?> Arguments { get; }
}

/// <summary>A typed call of a view function that returns <typeparamref name="TOutput"/>.</summary>
public interface IFunctionMessage<out TOutput> : IFunctionMessage
{
    /// <summary>Turns the decoded return values into the typed output.</summary>
    TOutput DecodeOutput(AbiValues outputs);
}

/// <summary>A typed event, decoded from a log.</summary>
public interface IEventMessage<out TSelf> where TSelf : IEventMessage<TSelf>
{
    /// <summary>The event.</summary>
    static abstract AbiEvent Event { get; }

    /// <summary>Builds the typed event from the decoded parameters.</summary>
    static abstract TSelf FromValues(AbiValues values);
}

/// <summary>A decoded event with the log it came from (block, transaction, index).</summary>
/// <param name="Event">The typed event.</param>
/// <param name="Log">The raw log.</param>
public sealed record EventLog<TEvent>(TEvent Event, FilterLog Log);

/// <summary>Decodes logs into typed events.</summary>
public static class EventDecoder
{
    /// <summary>
    /// The logs whose first topic is <typeparamref name="TEvent"/>'s, decoded; other logs are
    /// skipped. WARNING: any contract can emit an event with the same signature; pass
    /// <paramref name="emitter"/> unless the logs were already filtered by address.
    /// </summary>
    /// <param name="logs">Logs, e.g. a receipt's or <c>eth_getLogs</c>'s.</param>
    /// <param name="emitter">If set, only logs of this contract are decoded.</param>
    /// <exception cref="AbiDecodingException">A log with the event's topic does not decode.</exception>
    public static IReadOnlyList<EventLog<TEvent>> Decode<TEvent>(IEnumerable<FilterLog> logs, Address? emitter = null) where TEvent : IEventMessage<TEvent> =>
        logs.Where(log => TEvent.Event.Matches(log.Topics) && (emitter is null || log.Address == emitter))
            .Select(log => new EventLog<TEvent>(TEvent.FromValues(TEvent.Event.Decode(log.Topics, log.Data.Span)), log))
            .ToArray();

    /// <summary>A filter for <typeparamref name="TEvent"/> logs of <paramref name="contract"/> in a block range.</summary>
    /// <param name="contract">The emitting contract.</param>
    /// <param name="fromBlock">First block, inclusive.</param>
    /// <param name="toBlock">Last block, inclusive.</param>
    /// <param name="indexedTopics">Optional filters on topics 1 to 3 (null matches any).</param>
    public static LogFilter Filter<TEvent>(Address contract, BlockParameter fromBlock, BlockParameter toBlock, params Bytes32?[] indexedTopics)
        where TEvent : IEventMessage<TEvent>
    {
        IReadOnlyList<Bytes32>?[] topics = [[TEvent.Event.Topic], .. indexedTopics.Select(t => t is { } topic ? (IReadOnlyList<Bytes32>)[topic] : null)];
        return new LogFilter { FromBlock = fromBlock, ToBlock = toBlock, Addresses = [contract], Topics = topics };
    }
}

/// <summary>A contract deployed by <see cref="Web3.DeployContractAsync"/>.</summary>
/// <param name="Address">The new contract's address.</param>
/// <param name="Receipt">The deployment's receipt.</param>
public sealed record DeployedContract(Address Address, TransactionReceipt Receipt);
