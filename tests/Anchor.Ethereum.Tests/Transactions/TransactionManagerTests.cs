using System.Numerics;
using Anchor.Ethereum.Accounts;
using Anchor.Ethereum.Crypto;
using Anchor.Ethereum.Rpc;
using Anchor.Ethereum.Tests.Rpc;
using Anchor.Ethereum.Transactions;
using Xunit;

namespace Anchor.Ethereum.Tests.Transactions;

/// <summary>How the manager fills in transactions, against a scripted node (the Hardhat tests cover the real one).</summary>
public class TransactionManagerTests
{
    private static readonly Account Signer = new(PrivateKey.Parse("0x" + new string('7', 64)), chainId: 10);

    private static FaultReply ScriptedNode(RpcCall call) => call.Method switch
    {
        "eth_chainId" => FaultReply.Result(call, "\"0xa\""),
        "eth_getTransactionCount" => FaultReply.Result(call, "\"0x5\""),
        "eth_estimateGas" => FaultReply.Result(call, "\"0x186a0\""),
        "eth_maxPriorityFeePerGas" => FaultReply.Result(call, "\"0x3b9aca00\""),
        "eth_getBlockByNumber" => FaultReply.Result(call,
            "{\"number\":\"0x64\",\"hash\":\"0x" + new string('1', 64) + "\",\"parentHash\":\"0x" + new string('2', 64) +
            "\",\"timestamp\":\"0x1\",\"gasLimit\":\"0x1c9c380\",\"gasUsed\":\"0x0\",\"baseFeePerGas\":\"0x77359400\",\"transactions\":[]}"),
        "eth_sendRawTransaction" => FaultReply.Result(call, "\"0x" + new string('9', 64) + "\""),
        "eth_getTransactionReceipt" => FaultReply.Result(call, "null"),
        _ => FaultReply.Error(call, -32601, "Method not found"),
    };

    private static TransactionManager Manager(FaultServer node) =>
        new(new JsonRpcClient(node.Url, new JsonRpcClientOptions { MaxRetries = 0 }), Signer,
            new TransactionManagerOptions { ReceiptPollInterval = TimeSpan.FromMilliseconds(20) });

    [Fact]
    public async Task Fills_nonce_gas_and_fees_from_the_node()
    {
        await using var node = FaultServer.Start(ScriptedNode);

        var transaction = (Eip1559Transaction)await Manager(node).BuildAsync(new TransactionRequest { To = Address.Zero });

        Assert.Equal(10UL, transaction.ChainId);
        Assert.Equal(5UL, transaction.Nonce);
        Assert.Equal(120_000UL, transaction.GasLimit); // 100,000 estimated + 20 %
        Assert.Equal(new BigInteger(1_000_000_000), transaction.MaxPriorityFeePerGas);
        Assert.Equal(new BigInteger(2 * 2_000_000_000L + 1_000_000_000L), transaction.MaxFeePerGas);
    }

    [Fact]
    public async Task Explicit_nonce_gas_and_fees_are_kept_and_ask_the_node_nothing_else()
    {
        await using var node = FaultServer.Start(ScriptedNode);
        var request = new TransactionRequest { To = Address.Zero, Nonce = 9, GasLimit = 50_000, MaxFeePerGas = 30, MaxPriorityFeePerGas = 3 };

        var transaction = (Eip1559Transaction)await Manager(node).BuildAsync(request);

        Assert.Equal((9UL, 50_000UL, new BigInteger(30), new BigInteger(3)),
            (transaction.Nonce, transaction.GasLimit, transaction.MaxFeePerGas, transaction.MaxPriorityFeePerGas));
        Assert.Equal(["eth_chainId"], node.Calls.Select(c => c.Method));
    }

    [Theory]
    [InlineData(true, "a legacy transaction takes GasPrice")]
    [InlineData(false, "an EIP-1559 transaction takes MaxFeePerGas")]
    public async Task Fee_fields_of_the_other_type_are_refused(bool legacy, string expected)
    {
        await using var node = FaultServer.Start(ScriptedNode);
        var request = legacy
            ? new TransactionRequest { Type = TransactionType.Legacy, Nonce = 0, GasLimit = 21_000, MaxFeePerGas = 1 }
            : new TransactionRequest { Nonce = 0, GasLimit = 21_000, GasPrice = 1 };

        var error = await Assert.ThrowsAsync<InvalidTransactionException>(() => Manager(node).BuildAsync(request));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public async Task A_node_that_reports_another_hash_is_not_believed()
    {
        await using var node = FaultServer.Start(ScriptedNode);
        var manager = Manager(node);
        var signed = await manager.SignAsync(new TransactionRequest { To = Address.Zero });

        var error = await Assert.ThrowsAsync<RpcException>(() => manager.BroadcastAsync(signed));

        Assert.Equal(RpcErrorKind.InvalidResponse, error.Kind);
        Assert.Contains(signed.Hash.ToString(), error.Message);
    }

    [Fact]
    public async Task Waiting_for_a_receipt_has_a_time_limit()
    {
        await using var node = FaultServer.Start(ScriptedNode);

        var error = await Assert.ThrowsAsync<TimeoutException>(() => Manager(node).WaitForReceiptAsync(Bytes32.Zero, TimeSpan.FromMilliseconds(100)));

        Assert.Contains("was not mined within", error.Message);
    }
}
