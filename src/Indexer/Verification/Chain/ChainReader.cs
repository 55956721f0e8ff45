using Anchor.Ethereum;
using Anchor.Ethereum.Abi;
using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Contracts.AllianceRegistry;
using Anchor.Ethereum.Contracts.AnchorRegistry;
using Anchor.Ethereum.Contracts.RecallRegistry;
using Anchor.Ethereum.Crypto;
using Anchor.Ethereum.Rpc;
using Anchor.Merkle;

namespace Anchor.Indexer.Verification;

/// <summary>The chain could not give a usable answer: the check is "cannot check", never "fail".</summary>
internal sealed class ChainUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The reads the on-chain checks make, through the project's typed registry wrappers. Views and
/// code are read at one pinned block (<see cref="Pinned"/>), so that every answer describes the same
/// state of the chain. Every way a read can go wrong (transport, time-out, JSON-RPC error, revert,
/// an answer that does not decode) becomes a <see cref="ChainUnavailableException"/>.
/// </summary>
internal sealed class ChainReader(IEthereumRpc rpc, EvidenceBundle bundle)
{
    private readonly Web3 _web3 = new(rpc);

    /// <summary>The block every view and code read is pinned to; set by <see cref="PinLatestBlockAsync"/>.</summary>
    public BlockParameter Pinned { get; private set; } = BlockParameter.Latest;

    public Task<ulong> ChainIdAsync(CancellationToken token) => Guard("eth_chainId", token, () => rpc.ChainIdAsync(token));

    /// <summary>Reads the latest block and pins every later read to it.</summary>
    public async Task<ulong> PinLatestBlockAsync(CancellationToken token)
    {
        var latest = await Guard("eth_blockNumber", token, () => rpc.BlockNumberAsync(token));
        Pinned = BlockParameter.At(latest);
        return latest;
    }

    /// <summary>keccak256 of the code at <paramref name="address"/>, or null when it has none.</summary>
    public async Task<Hash32?> CodeHashAsync(Address address, CancellationToken token)
    {
        var code = await Guard("eth_getCode", token, () => rpc.GetCodeAsync(address, Pinned, token));
        return code.Length == 0 ? null : new Hash32(Keccak256.Hash(code));
    }

    public Task<AnchorRecord> AnchorRecordAsync(Hash32 root, CancellationToken token) =>
        Guard("anchorRecord", token, () => _web3.GetAnchorRegistry(bundle.Chain.AnchorRegistry).AnchorRecordAsync(bundle.Publisher.Address, ToBytes32(root), Pinned, token));

    public Task<AllianceMember> MemberAsync(CancellationToken token) =>
        Guard("member", token, () => _web3.GetAllianceRegistry(bundle.Chain.AllianceRegistry).MemberAsync(bundle.Publisher.Address, Pinned, token));

    public Task<ulong> RecalledAtAsync(CancellationToken token) =>
        Guard("recalledAt", token, () => _web3.GetRecallRegistry(bundle.Chain.RecallRegistry).RecalledAtAsync(bundle.Publisher.Address, ToBytes32(bundle.Batch.BatchKey), Pinned, token));

    public Task<Block?> BlockAsync(long number, CancellationToken token) =>
        Guard("eth_getBlockByNumber", token, () => rpc.GetBlockByNumberAsync(BlockParameter.At((ulong)number), token));

    /// <summary>The registry's Anchored logs in the block with hash <paramref name="blockHash"/>.</summary>
    public Task<IReadOnlyList<FilterLog>> AnchoredLogsAsync(Hash32 blockHash, CancellationToken token) =>
        Guard("eth_getLogs", token, () => rpc.GetLogsAsync(new LogFilter
        {
            BlockHash = ToBytes32(blockHash),
            Addresses = [bundle.Chain.AnchorRegistry],
            Topics = [[AnchorRegistryAbi.Anchored.Topic]],
        }, token));

    /// <summary>Decodes an Anchored log.</summary>
    public static AnchoredEvent DecodeAnchored(FilterLog log)
    {
        try
        {
            return AnchoredEvent.FromValues(AnchoredEvent.Event.Decode(log.Topics, log.Data.Span));
        }
        catch (Exception e) when (e is AbiDecodingException or ArgumentException or InvalidOperationException or FormatException)
        {
            throw new ChainUnavailableException($"an Anchored log does not decode ({e.Message})", e);
        }
    }

    /// <summary>The reason of the publisher's BatchRecalled event for the batch, or null when it cannot be found or read.</summary>
    public async Task<string?> RecallReasonAsync(CancellationToken token)
    {
        try
        {
            var filter = EventDecoder.Filter<BatchRecalledEvent>(bundle.Chain.RecallRegistry, BlockParameter.At(0), Pinned,
                RecallRegistryAbi.BatchRecalled.EncodeTopic("publisher", bundle.Publisher.Address), ToBytes32(bundle.Batch.BatchKey));
            var logs = EventDecoder.Decode<BatchRecalledEvent>(await rpc.GetLogsAsync(filter, token), bundle.Chain.RecallRegistry);
            return logs.Count > 0 ? logs[0].Event.Reason : null;
        }
        catch (Exception e) when (IsUnavailable(e, token))
        {
            return null;
        }
    }

    private static async Task<T> Guard<T>(string what, CancellationToken token, Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception e) when (e is not ChainUnavailableException && IsUnavailable(e, token))
        {
            throw new ChainUnavailableException($"{what}: {e.Message}", e);
        }
    }

    // Anything but the caller's own cancellation: the chain did not give a usable answer.
    private static bool IsUnavailable(Exception e, CancellationToken token) =>
        e is RpcException or AbiDecodingException or HttpRequestException or IOException or FormatException or ArgumentException
            or InvalidOperationException or OverflowException || (e is OperationCanceledException && !token.IsCancellationRequested);

    private static Bytes32 ToBytes32(Hash32 hash) => Bytes32.FromBytes(hash.ToArray());
}
