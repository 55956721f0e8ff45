using System.Diagnostics;
using System.Net;
using System.Numerics;
using Anchor.Ethereum.Contracts.AnchorRegistry;
using Anchor.Ethereum.Rpc;
using Anchor.TestSupport;
using Xunit;

namespace Anchor.Ethereum.Tests.Rpc;

/// <summary>The client's fault handling, against a real HTTP server on loopback that misbehaves on cue.</summary>
public class JsonRpcClientFaultTests
{
    private static JsonRpcClientOptions FastOptions(int retries = 3) => new()
    {
        RequestTimeout = TimeSpan.FromMilliseconds(300),
        MaxRetries = retries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        RetryMaxDelay = TimeSpan.FromMilliseconds(50),
        KnownErrors = AnchorRegistryAbi.Contract.Errors,
    };

    [Fact]
    public async Task A_timed_out_attempt_is_retried()
    {
        await using var server = FaultServer.Start(call => call.Attempt == 1
            ? new FaultReply.Hang(TimeSpan.FromSeconds(5))
            : FaultReply.Result(call, "\"0x2a\""));
        using var client = new JsonRpcClient(server.Url, FastOptions());

        var block = await client.BlockNumberAsync();

        Assert.Equal(42UL, block);
        Assert.Equal(2, server.CountOf("eth_blockNumber"));
    }

    [Fact]
    public async Task A_node_that_never_answers_is_a_transport_error_after_every_retry()
    {
        await using var server = FaultServer.Start(_ => new FaultReply.Hang(TimeSpan.FromSeconds(5)));
        using var client = new JsonRpcClient(server.Url, FastOptions(retries: 2));

        var error = await Assert.ThrowsAsync<RpcTransportException>(() => client.ChainIdAsync());

        Assert.Equal("eth_chainId", error.Method);
        Assert.Equal(RpcErrorKind.Transport, error.Kind);
        Assert.Equal(3, error.Attempts);
        Assert.Contains("did not answer within 0.3 s", error.Message);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(429)]
    public async Task Http_429_and_5xx_are_retried(int status)
    {
        await using var server = FaultServer.Start(call => call.Attempt <= 2
            ? new FaultReply.Http(status, "<html>busy</html>")
            : FaultReply.Result(call, "\"0x7a69\""));
        using var client = new JsonRpcClient(server.Url, FastOptions());

        var chainId = await client.ChainIdAsync();

        Assert.Equal(31337UL, chainId);
        Assert.Equal(3, server.CountOf("eth_chainId"));
    }

    [Fact]
    public async Task Retry_after_is_honoured()
    {
        await using var server = FaultServer.Start(call => call.Attempt == 1
            ? new FaultReply.Http(429, "", "Retry-After: 1")
            : FaultReply.Result(call, "\"0x1\""));
        var options = FastOptions();
        options.RetryMaxDelay = TimeSpan.FromSeconds(5);
        using var client = new JsonRpcClient(server.Url, options);
        var clock = Stopwatch.StartNew();

        await client.BlockNumberAsync();

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {clock.Elapsed}");
    }

    [Fact]
    public async Task Persistent_5xx_reports_the_status()
    {
        await using var server = FaultServer.Start(_ => new FaultReply.Http(503, "down"));
        using var client = new JsonRpcClient(server.Url, FastOptions(retries: 1));

        var error = await Assert.ThrowsAsync<RpcTransportException>(() => client.BlockNumberAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(2, error.Attempts);
        Assert.Contains("HTTP 503", error.Message);
    }

    [Fact]
    public async Task A_connection_reset_is_retried()
    {
        await using var server = FaultServer.Start(call => call.Attempt == 1 ? new FaultReply.Reset() : FaultReply.Result(call, "\"0x10\""));
        using var client = new JsonRpcClient(server.Url, FastOptions());

        var block = await client.BlockNumberAsync();

        Assert.Equal(16UL, block);
        Assert.Equal(2, server.CountOf("eth_blockNumber"));
    }

    [Fact]
    public async Task An_unreachable_node_is_a_transport_error_that_hides_the_url_path()
    {
        var port = HardhatNode.FreeLoopbackPort();
        using var client = new JsonRpcClient(new Uri($"http://127.0.0.1:{port}/v3/SECRET-API-KEY"), FastOptions(retries: 1));

        var error = await Assert.ThrowsAsync<RpcTransportException>(() => client.ChainIdAsync());

        Assert.Contains($"cannot reach http://127.0.0.1:{port}", error.Message);
        Assert.DoesNotContain("SECRET-API-KEY", error.ToString());
    }

    [Theory]
    [InlineData("<html>not json</html>", "is not JSON")]
    [InlineData("[1,2]", "is not a JSON-RPC object")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1}", "neither a result nor an error")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":999,\"result\":\"0x1\"}", "the answer's id is not the request's id")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":5}", "result is not a hex quantity")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0xzz\"}", "result is not a hex quantity")]
    public async Task Garbage_answers_are_invalid_response_errors_and_not_retried(string body, string expected)
    {
        await using var server = FaultServer.Start(_ => new FaultReply.Http(200, body));
        using var client = new JsonRpcClient(server.Url, FastOptions());

        var error = await Assert.ThrowsAsync<RpcException>(() => client.BlockNumberAsync());

        Assert.Equal(RpcErrorKind.InvalidResponse, error.Kind);
        Assert.Equal("eth_blockNumber", error.Method);
        Assert.Contains(expected, error.Message);
        Assert.Equal(1, server.CountOf("eth_blockNumber"));
    }

    [Fact]
    public async Task A_malformed_receipt_names_the_field()
    {
        await using var server = FaultServer.Start(call => FaultReply.Result(call, "{\"transactionHash\":\"0x12\"}"));
        using var client = new JsonRpcClient(server.Url, FastOptions());

        var error = await Assert.ThrowsAsync<RpcException>(() => client.GetTransactionReceiptAsync(Bytes32.Zero));

        Assert.Equal(RpcErrorKind.InvalidResponse, error.Kind);
        Assert.Contains("receipt.status is missing", error.Message);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(500)]
    public async Task A_revert_is_never_retried_and_decodes_its_custom_error(int status)
    {
        var publisher = Address.Parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        var data = Hex.Encode(AnchorRegistryAbi.AnchorZeroRoot.Encode(publisher));
        await using var server = FaultServer.Start(call => FaultReply.Error(call, 3, "execution reverted", $"\"{data}\"", status));
        using var client = new JsonRpcClient(server.Url, FastOptions());

        var error = await Assert.ThrowsAsync<ContractCustomErrorException>(() => client.EstimateGasAsync(new CallRequest { To = publisher }));

        Assert.Equal("AnchorZeroRoot", error.ErrorName);
        Assert.Equal(publisher, error.Arguments.Get<Address>("publisher"));
        Assert.Equal("eth_estimateGas", error.Method);
        Assert.Equal(3, error.Code);
        Assert.Equal(1, server.CountOf("eth_estimateGas"));
    }

    [Fact]
    public async Task Max_priority_fee_falls_back_to_the_fee_history_median_on_minus_32601()
    {
        await using var server = FaultServer.Start(call => call.Method switch
        {
            "eth_maxPriorityFeePerGas" => FaultReply.Error(call, -32601, "the method eth_maxPriorityFeePerGas does not exist/is not available"),
            "eth_feeHistory" => FaultReply.Result(call,
                "{\"oldestBlock\":\"0x10\",\"baseFeePerGas\":[\"0x1\",\"0x1\",\"0x1\",\"0x1\",\"0x1\",\"0x1\"],\"gasUsedRatio\":[0.5,0.5,0.5,0.5,0.5]," +
                "\"reward\":[[\"0x3\"],[\"0x1\"],[\"0x0\"],[\"0x5\"],[\"0x2\"]]}"),
            _ => FaultReply.Error(call, -32601, "no"),
        });
        using var client = new JsonRpcClient(server.Url, FastOptions());

        var tip = await client.MaxPriorityFeePerGasAsync();

        Assert.Equal(new BigInteger(3), tip); // median of the non-zero tips 1, 2, 3, 5
        Assert.Equal(1, server.CountOf("eth_maxPriorityFeePerGas"));
        Assert.Equal(1, server.CountOf("eth_feeHistory"));
    }

    [Fact]
    public async Task The_fallback_uses_the_configured_tip_when_blocks_carry_none()
    {
        await using var server = FaultServer.Start(call => call.Method == "eth_feeHistory"
            ? FaultReply.Result(call, "{\"oldestBlock\":\"0x0\",\"baseFeePerGas\":[\"0x1\",\"0x1\"],\"gasUsedRatio\":[0],\"reward\":[[\"0x0\"]]}")
            : FaultReply.Error(call, -32601, "Method not found"));
        var options = FastOptions();
        options.FallbackPriorityFeePerGas = 1234;
        using var client = new JsonRpcClient(server.Url, options);

        var tip = await client.MaxPriorityFeePerGasAsync();

        Assert.Equal(new BigInteger(1234), tip);
    }

    [Fact]
    public async Task Errors_carry_the_method_the_code_and_the_message()
    {
        await using var server = FaultServer.Start(call => FaultReply.Error(call, -32000, "nonce too low: next nonce 5, tx nonce 3"));
        using var client = new JsonRpcClient(server.Url, FastOptions());

        var error = await Assert.ThrowsAsync<RpcException>(() => client.SendRawTransactionAsync(new byte[] { 1 }));

        Assert.Equal("eth_sendRawTransaction", error.Method);
        Assert.Equal(-32000, error.Code);
        Assert.Equal("nonce too low: next nonce 5, tx nonce 3", error.RpcMessage);
        Assert.Equal(RpcErrorKind.NonceTooLow, error.Kind);
        Assert.Equal("eth_sendRawTransaction failed: nonce too low: next nonce 5, tx nonce 3 (RPC error -32000)", error.Message);
    }

    [Theory]
    [InlineData(-32005, "query returned more than 10000 results")]
    [InlineData(-32602, "block range too large")]
    [InlineData(-32000, "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range")]
    [InlineData(-32600, "exceed maximum block range: 5000")]
    [InlineData(-32005, "limit exceeded")]
    public async Task Provider_log_limits_are_a_typed_error(int code, string message)
    {
        await using var server = FaultServer.Start(call => FaultReply.Error(call, code, message));
        using var client = new JsonRpcClient(server.Url, FastOptions());

        var error = await Assert.ThrowsAsync<LogQueryLimitException>(() => client.GetLogsAsync(new LogFilter { FromBlock = 0, ToBlock = 1_000_000 }));

        Assert.Equal(RpcErrorKind.LogQueryLimitExceeded, error.Kind);
        Assert.Equal(message, error.RpcMessage);
    }

    [Fact]
    public async Task A_rate_limit_message_is_retried()
    {
        await using var server = FaultServer.Start(call => call.Attempt == 1
            ? FaultReply.Error(call, -32005, "Your app has exceeded its compute units per second capacity")
            : FaultReply.Result(call, "\"0x1\""));
        using var client = new JsonRpcClient(server.Url, FastOptions());

        var block = await client.BlockNumberAsync();

        Assert.Equal(1UL, block);
        Assert.Equal(2, server.CountOf("eth_blockNumber"));
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_a_transport_fault()
    {
        await using var server = FaultServer.Start(_ => new FaultReply.Hang(TimeSpan.FromSeconds(5)));
        var options = FastOptions();
        options.RequestTimeout = TimeSpan.FromSeconds(10);
        using var client = new JsonRpcClient(server.Url, options);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.BlockNumberAsync(cancel.Token));

        Assert.Equal(1, server.CountOf("eth_blockNumber"));
    }

    [Fact]
    public void Options_out_of_range_are_refused_at_construction()
    {
        var options = new JsonRpcClientOptions { MaxRetries = -1 };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new JsonRpcClient(new Uri("http://127.0.0.1:1/"), options));

        Assert.Equal("MaxRetries", error.ParamName);
    }
}
