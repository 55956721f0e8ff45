using System.Text.Json;

namespace Anchor.Ethereum.Rpc;

/// <summary>Reads blocks, receipts, logs and fee history out of JSON-RPC results.</summary>
internal static class RpcModelReader
{
    public static Block ReadBlock(JsonElement result, string method)
    {
        var json = RpcJson.Object(result, method, "block");
        var hashes = new List<Bytes32>();
        foreach (var item in json.Array("transactions"))
        {
            // With full transactions off, each item is a hash; accept objects too, by their hash.
            hashes.Add(item.ValueKind == JsonValueKind.Object
                ? RpcJson.Object(item, method, "block.transactions[]").Hash("hash")
                : RpcJson.ParseHash(item, method, "block.transactions[]"));
        }
        return new Block(
            json.Quantity("number"), json.Hash("hash"), json.Hash("parentHash"), json.Quantity("timestamp"),
            json.Quantity("gasLimit"), json.Quantity("gasUsed"), json.OptionalBigQuantity("baseFeePerGas"), hashes);
    }

    public static FilterLog ReadLog(JsonElement element, string method)
    {
        var json = RpcJson.Object(element, method, "log");
        var topics = new List<Bytes32>();
        foreach (var topic in json.Array("topics")) topics.Add(RpcJson.ParseHash(topic, method, "log.topics[]"));
        return new FilterLog(
            json.Address("address"), topics, json.Data("data"), json.Quantity("blockNumber"), json.Hash("blockHash"),
            json.Hash("transactionHash"), json.Quantity("transactionIndex"), json.Quantity("logIndex"),
            json.OptionalBool("removed", false));
    }

    public static TransactionReceipt ReadReceipt(JsonElement result, string method)
    {
        var json = RpcJson.Object(result, method, "receipt");
        var status = json.Quantity("status");
        if (status > 1) throw RpcJson.Invalid(method, $"receipt.status is {status}, not 0 or 1");
        var logs = new List<FilterLog>();
        foreach (var log in json.Array("logs")) logs.Add(ReadLog(log, method));
        return new TransactionReceipt(
            json.Hash("transactionHash"), json.Quantity("transactionIndex"), json.Hash("blockHash"), json.Quantity("blockNumber"),
            json.Address("from"), json.OptionalAddress("to"), json.OptionalAddress("contractAddress"),
            json.Quantity("gasUsed"), json.Quantity("cumulativeGasUsed"), json.OptionalBigQuantity("effectiveGasPrice") ?? 0,
            status == 1, logs);
    }

    public static RpcTransaction ReadTransaction(JsonElement result, string method)
    {
        var json = RpcJson.Object(result, method, "transaction");
        return new RpcTransaction(
            json.Hash("hash"), json.Address("from"), json.OptionalAddress("to"), json.Quantity("nonce"), json.BigQuantity("value"),
            json.Data("input"), json.Quantity("gas"), json.OptionalBigQuantity("gasPrice"), json.OptionalBigQuantity("maxFeePerGas"),
            json.OptionalBigQuantity("maxPriorityFeePerGas"), json.OptionalQuantity("blockNumber"), json.OptionalHash("blockHash"));
    }

    public static FeeHistory ReadFeeHistory(JsonElement result, string method)
    {
        var json = RpcJson.Object(result, method, "feeHistory");
        var baseFees = json.Array("baseFeePerGas").Select(v => RpcJson.ParseBigQuantity(v, method, "feeHistory.baseFeePerGas[]")).ToArray();
        var ratios = json.Array("gasUsedRatio").Select(v => v.ValueKind == JsonValueKind.Number
            ? v.GetDouble()
            : throw RpcJson.Invalid(method, "feeHistory.gasUsedRatio[] is not a number")).ToArray();
        var rewards = json.Element.TryGetProperty("reward", out var r) && r.ValueKind == JsonValueKind.Array
            ? r.EnumerateArray().Select(block => (IReadOnlyList<System.Numerics.BigInteger>)(block.ValueKind == JsonValueKind.Array
                ? block.EnumerateArray().Select(v => RpcJson.ParseBigQuantity(v, method, "feeHistory.reward[][]")).ToArray()
                : throw RpcJson.Invalid(method, "feeHistory.reward[] is not an array"))).ToArray()
            : [];
        return new FeeHistory(json.Quantity("oldestBlock"), baseFees, ratios, rewards);
    }
}
