using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace Anchor.Ethereum.Rpc;

public sealed partial class JsonRpcClient
{
    /// <inheritdoc />
    public async Task<ulong> ChainIdAsync(CancellationToken cancellationToken = default) =>
        RpcJson.ParseQuantity(await SendAsync("eth_chainId", [], cancellationToken), "eth_chainId", "result");

    /// <inheritdoc />
    public async Task<ulong> BlockNumberAsync(CancellationToken cancellationToken = default) =>
        RpcJson.ParseQuantity(await SendAsync("eth_blockNumber", [], cancellationToken), "eth_blockNumber", "result");

    /// <inheritdoc />
    public async Task<Block?> GetBlockByNumberAsync(BlockParameter block, CancellationToken cancellationToken = default)
    {
        const string method = "eth_getBlockByNumber";
        var result = await SendAsync(method, [block.ToRpcString(), false], cancellationToken);
        return result.ValueKind == JsonValueKind.Null ? null : RpcModelReader.ReadBlock(result, method);
    }

    /// <inheritdoc />
    public async Task<Block?> GetBlockByHashAsync(Bytes32 hash, CancellationToken cancellationToken = default)
    {
        const string method = "eth_getBlockByHash";
        var result = await SendAsync(method, [hash.ToString(), false], cancellationToken);
        return result.ValueKind == JsonValueKind.Null ? null : RpcModelReader.ReadBlock(result, method);
    }

    /// <inheritdoc />
    public async Task<ulong> GetTransactionCountAsync(Address address, BlockParameter? block = null, CancellationToken cancellationToken = default) =>
        RpcJson.ParseQuantity(
            await SendAsync("eth_getTransactionCount", [address.ToLowerHex(), Tag(block)], cancellationToken),
            "eth_getTransactionCount", "result");

    /// <inheritdoc />
    public async Task<BigInteger> GetBalanceAsync(Address address, BlockParameter? block = null, CancellationToken cancellationToken = default) =>
        RpcJson.ParseBigQuantity(
            await SendAsync("eth_getBalance", [address.ToLowerHex(), Tag(block)], cancellationToken),
            "eth_getBalance", "result");

    /// <inheritdoc />
    public async Task<ulong> EstimateGasAsync(CallRequest request, CancellationToken cancellationToken = default) =>
        RpcJson.ParseQuantity(await SendAsync("eth_estimateGas", [CallObject(request)], cancellationToken), "eth_estimateGas", "result");

    /// <inheritdoc />
    public async Task<FeeHistory> FeeHistoryAsync(int blockCount, BlockParameter newestBlock, IReadOnlyList<double> rewardPercentiles,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blockCount, 1);
        const string method = "eth_feeHistory";
        var result = await SendAsync(method, [Quantity(blockCount), newestBlock.ToRpcString(), rewardPercentiles], cancellationToken);
        return RpcModelReader.ReadFeeHistory(result, method);
    }

    /// <inheritdoc />
    public async Task<BigInteger> MaxPriorityFeePerGasAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return RpcJson.ParseBigQuantity(await SendAsync("eth_maxPriorityFeePerGas", [], cancellationToken), "eth_maxPriorityFeePerGas", "result");
        }
        catch (RpcException e) when (e.Kind == RpcErrorKind.MethodNotFound)
        {
            // The method is a geth extension that some nodes lack; the recent blocks' median tip
            // is what it computes anyway.
            var history = await FeeHistoryAsync(5, BlockParameter.Latest, [50], cancellationToken);
            var tips = history.Reward.Where(r => r.Count > 0 && r[0] > 0).Select(r => r[0]).Order().ToArray();
            return tips.Length == 0 ? _options.FallbackPriorityFeePerGas : tips[tips.Length / 2];
        }
    }

    /// <inheritdoc />
    public async Task<Bytes32> SendRawTransactionAsync(ReadOnlyMemory<byte> rawTransaction, CancellationToken cancellationToken = default)
    {
        const string method = "eth_sendRawTransaction";
        return RpcJson.ParseHash(await SendAsync(method, [Hex.Encode(rawTransaction.Span)], cancellationToken), method, "result");
    }

    /// <inheritdoc />
    public async Task<RpcTransaction?> GetTransactionByHashAsync(Bytes32 hash, CancellationToken cancellationToken = default)
    {
        const string method = "eth_getTransactionByHash";
        var result = await SendAsync(method, [hash.ToString()], cancellationToken);
        return result.ValueKind == JsonValueKind.Null ? null : RpcModelReader.ReadTransaction(result, method);
    }

    /// <inheritdoc />
    public async Task<TransactionReceipt?> GetTransactionReceiptAsync(Bytes32 hash, CancellationToken cancellationToken = default)
    {
        const string method = "eth_getTransactionReceipt";
        var result = await SendAsync(method, [hash.ToString()], cancellationToken);
        return result.ValueKind == JsonValueKind.Null ? null : RpcModelReader.ReadReceipt(result, method);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FilterLog>> GetLogsAsync(LogFilter filter, CancellationToken cancellationToken = default)
    {
        const string method = "eth_getLogs";
        var result = await SendAsync(method, [FilterObject(filter)], cancellationToken);
        if (result.ValueKind != JsonValueKind.Array) throw RpcJson.Invalid(method, "the result is not an array of logs");
        return result.EnumerateArray().Select(log => RpcModelReader.ReadLog(log, method)).ToArray();
    }

    /// <inheritdoc />
    public async Task<byte[]> CallAsync(CallRequest request, BlockParameter? block = null, CancellationToken cancellationToken = default) =>
        RpcJson.ParseData(await SendAsync("eth_call", [CallObject(request), Tag(block)], cancellationToken), "eth_call", "result");

    /// <inheritdoc />
    public async Task<byte[]> GetCodeAsync(Address address, BlockParameter? block = null, CancellationToken cancellationToken = default) =>
        RpcJson.ParseData(await SendAsync("eth_getCode", [address.ToLowerHex(), Tag(block)], cancellationToken), "eth_getCode", "result");

    private static string Tag(BlockParameter? block) => (block ?? BlockParameter.Latest).ToRpcString();

    private static string Quantity(BigInteger value) => "0x" + (value.IsZero ? "0" : value.ToString("x", CultureInfo.InvariantCulture).TrimStart('0'));

    private static Dictionary<string, object?> CallObject(CallRequest request)
    {
        var call = new Dictionary<string, object?>();
        if (request.From is { } from) call["from"] = from.ToLowerHex();
        if (request.To is { } to) call["to"] = to.ToLowerHex();
        if (!request.Data.IsEmpty) call["data"] = Hex.Encode(request.Data.Span);
        if (request.Value is { } value) call["value"] = Quantity(value);
        if (request.Gas is { } gas) call["gas"] = Quantity(gas);
        return call;
    }

    private static Dictionary<string, object?> FilterObject(LogFilter filter)
    {
        var json = new Dictionary<string, object?>();
        if (filter.BlockHash is { } blockHash)
        {
            if (filter.FromBlock is not null || filter.ToBlock is not null)
            {
                throw new ArgumentException("a log filter takes a block hash or a block range, not both", nameof(filter));
            }
            json["blockHash"] = blockHash.ToString();
        }
        else
        {
            json["fromBlock"] = Tag(filter.FromBlock);
            json["toBlock"] = Tag(filter.ToBlock);
        }
        if (filter.Addresses.Count > 0) json["address"] = filter.Addresses.Select(a => a.ToLowerHex()).ToArray();
        if (filter.Topics.Count > 0)
        {
            json["topics"] = filter.Topics.Select(alternatives => alternatives?.Select(t => t.ToString()).ToArray()).ToArray();
        }
        return json;
    }
}
