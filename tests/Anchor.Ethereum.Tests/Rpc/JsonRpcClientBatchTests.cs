using System.Globalization;
using Anchor.Ethereum.Rpc;
using Xunit;

namespace Anchor.Ethereum.Tests.Rpc;

/// <summary>Block reads sent as JSON-RPC batches, against a real HTTP server on loopback that answers them on cue.</summary>
public class JsonRpcClientBatchTests
{
    private static JsonRpcClientOptions Options(int maxBatchSize = 50) => new()
    {
        RequestTimeout = TimeSpan.FromMilliseconds(500),
        MaxRetries = 3,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        RetryMaxDelay = TimeSpan.FromMilliseconds(50),
        MaxBatchSize = maxBatchSize,
    };

    [Fact]
    public async Task Blocks_come_back_in_the_order_asked_from_one_batch_answered_in_any_order()
    {
        await using var server = FaultServer.StartWithBatches(
            call => FaultReply.Result(call, BlockJson(call)),
            calls => new FaultReply.Http(200, FaultServer.BatchAnswer(calls.Reverse(), BlockJson)));
        using var client = new JsonRpcClient(server.Url, Options());

        var blocks = await client.GetBlocksByNumberAsync([7, 3, 12]);

        Assert.Equal([7UL, 3UL, 12UL], blocks.Select(b => b!.Number));
        Assert.Equal([3], server.Batches);
        Assert.Equal(3, server.CountOf("eth_getBlockByNumber"));
        Assert.False(client.BatchesRefused);
    }

    [Fact]
    public async Task A_block_not_there_yet_is_null_and_an_empty_list_sends_nothing()
    {
        await using var server = FaultServer.StartWithBatches(
            call => FaultReply.Result(call, "null"),
            calls => new FaultReply.Http(200, FaultServer.BatchAnswer(calls, call => BlockNumberOf(call) > 5 ? "null" : BlockJson(call))));
        using var client = new JsonRpcClient(server.Url, Options());

        var blocks = await client.GetBlocksByNumberAsync([5, 6]);
        var none = await client.GetBlocksByNumberAsync([]);

        Assert.Equal(5UL, blocks[0]!.Number);
        Assert.Null(blocks[1]);
        Assert.Empty(none);
        Assert.Equal([2], server.Batches);
    }

    [Fact]
    public async Task A_long_list_is_split_into_batches_of_the_configured_size()
    {
        await using var server = FaultServer.StartWithBatches(
            call => FaultReply.Result(call, BlockJson(call)),
            calls => new FaultReply.Http(200, FaultServer.BatchAnswer(calls, BlockJson)));
        using var client = new JsonRpcClient(server.Url, Options(maxBatchSize: 2));

        var blocks = await client.GetBlocksByNumberAsync([1, 2, 3, 4, 5]);

        Assert.Equal([1UL, 2UL, 3UL, 4UL, 5UL], blocks.Select(b => b!.Number));
        // The fifth block is alone: a batch of one is sent as a single call.
        Assert.Equal([2, 2], server.Batches);
        Assert.Equal(5, server.CountOf("eth_getBlockByNumber"));
    }

    [Fact]
    public async Task A_node_that_refuses_batches_gets_single_calls_from_then_on()
    {
        await using var server = FaultServer.Start(call => FaultReply.Result(call, BlockJson(call)));
        using var client = new JsonRpcClient(server.Url, Options());

        var first = await client.GetBlocksByNumberAsync([4, 9, 2]);
        var second = await client.GetBlocksByNumberAsync([8, 1]);

        Assert.Equal([4UL, 9UL, 2UL], first.Select(b => b!.Number));
        Assert.Equal([8UL, 1UL], second.Select(b => b!.Number));
        Assert.True(client.BatchesRefused);
        // One refused batch of three, then five single calls.
        Assert.Equal([3], server.Batches);
        Assert.Equal(3 + 5, server.CountOf("eth_getBlockByNumber"));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(413)]
    public async Task An_http_error_on_a_batch_falls_back_to_single_calls(int status)
    {
        await using var server = FaultServer.StartWithBatches(
            call => FaultReply.Result(call, BlockJson(call)),
            _ => new FaultReply.Http(status, "<html>no</html>"));
        using var client = new JsonRpcClient(server.Url, Options());

        var blocks = await client.GetBlocksByNumberAsync([6, 7]);

        Assert.Equal([6UL, 7UL], blocks.Select(b => b!.Number));
        Assert.True(client.BatchesRefused);
    }

    [Fact]
    public async Task A_busy_node_gets_the_batch_again_rather_than_single_calls()
    {
        var batches = 0;
        await using var server = FaultServer.StartWithBatches(
            call => FaultReply.Result(call, BlockJson(call)),
            calls => Interlocked.Increment(ref batches) == 1
                ? new FaultReply.Http(503, "<html>busy</html>")
                : new FaultReply.Http(200, FaultServer.BatchAnswer(calls, BlockJson)));
        using var client = new JsonRpcClient(server.Url, Options());

        var blocks = await client.GetBlocksByNumberAsync([10, 11]);

        Assert.Equal([10UL, 11UL], blocks.Select(b => b!.Number));
        Assert.Equal([2, 2], server.Batches);
        Assert.False(client.BatchesRefused);
    }

    [Fact]
    public async Task An_error_for_one_call_of_a_batch_is_that_call_s_error()
    {
        await using var server = FaultServer.StartWithBatches(
            call => FaultReply.Result(call, BlockJson(call)),
            calls => new FaultReply.Http(200, FaultServer.BatchAnswer(calls, call =>
                BlockNumberOf(call) == 3 ? "error:{\"code\":-32000,\"message\":\"header not found\"}" : BlockJson(call))));
        using var client = new JsonRpcClient(server.Url, Options());

        var error = await Assert.ThrowsAsync<RpcException>(() => client.GetBlocksByNumberAsync([2, 3]));

        Assert.Equal("eth_getBlockByNumber", error.Method);
        Assert.Equal(-32000, error.Code);
        Assert.Contains("header not found", error.Message);
        Assert.False(client.BatchesRefused);
    }

    [Fact]
    public async Task A_batch_answer_without_every_id_is_an_invalid_answer()
    {
        await using var server = FaultServer.StartWithBatches(
            call => FaultReply.Result(call, BlockJson(call)),
            calls => new FaultReply.Http(200, FaultServer.BatchAnswer(calls.Take(1), BlockJson)));
        using var client = new JsonRpcClient(server.Url, Options());

        var error = await Assert.ThrowsAsync<RpcException>(() => client.GetBlocksByNumberAsync([2, 3]));

        Assert.Equal(RpcErrorKind.InvalidResponse, error.Kind);
        Assert.Contains("has no answer for id", error.Message);
    }

    [Fact]
    public void A_batch_size_below_one_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new JsonRpcClientOptions { MaxBatchSize = 0 }.Validate());
        Assert.Equal("MaxBatchSize", error.ParamName);
    }

    private static ulong BlockNumberOf(RpcCall call) =>
        ulong.Parse(call.Params[0].GetString()!.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static string BlockJson(RpcCall call)
    {
        var number = BlockNumberOf(call);
        var hash = "0x" + number.ToString("x64", CultureInfo.InvariantCulture);
        var parent = "0x" + (number - 1).ToString("x64", CultureInfo.InvariantCulture);
        return $$"""{"number":"0x{{number:x}}","hash":"{{hash}}","parentHash":"{{parent}}","timestamp":"0x{{1_700_000_000 + number:x}}","gasLimit":"0x1c9c380","gasUsed":"0x0","baseFeePerGas":"0x7","transactions":[]}""";
    }
}
