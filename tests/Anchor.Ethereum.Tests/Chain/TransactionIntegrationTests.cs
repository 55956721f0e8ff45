using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using Anchor.Ethereum.Accounts;
using Anchor.Ethereum.Crypto;
using Anchor.Ethereum.Rpc;
using Anchor.Ethereum.Tests.Rpc;
using Anchor.Ethereum.Transactions;
using Anchor.TestSupport;
using Xunit;

namespace Anchor.Ethereum.Tests.Chain;

/// <summary>Transactions signed here and sent to a real Hardhat node: it accepting them proves the signatures.</summary>
public class TransactionIntegrationTests(HardhatNodeFixture fixture) : IClassFixture<HardhatNodeFixture>
{
    private static readonly BigInteger OneGwei = 1_000_000_000;

    private HardhatNode Node => fixture.Node;

    [Fact]
    public async Task An_eip1559_transfer_signed_here_is_accepted_and_mined()
    {
        using var web3 = LocalChain.Connect(Node, accountIndex: 10);
        var recipient = PrivateKey.Generate().Address;

        var signed = await web3.TransactionManager.SignAsync(new TransactionRequest { To = recipient, Value = 12345 });
        var hash = await web3.TransactionManager.BroadcastAsync(signed);
        var receipt = await web3.TransactionManager.WaitForReceiptAsync(hash);
        var block = await web3.Eth.GetBlockByHashAsync(receipt.BlockHash);
        var byNumber = await web3.Eth.GetBlockByNumberAsync(receipt.BlockNumber);

        Assert.Equal(TransactionType.Eip1559, signed.Transaction.Type);
        Assert.Equal(Bytes32.FromBytes(Keccak256.Hash(signed.Raw.Span)), hash);
        Assert.True(receipt.Succeeded);
        Assert.Equal(web3.Account!.Address, receipt.From);
        Assert.Equal(recipient, receipt.To);
        Assert.True(receipt.EffectiveGasPrice <= ((Eip1559Transaction)signed.Transaction).MaxFeePerGas);
        Assert.Equal(new BigInteger(12345), await web3.Eth.GetBalanceAsync(recipient));
        Assert.Contains(hash, block!.TransactionHashes);
        Assert.Equal(block.Hash, byNumber!.Hash);
        Assert.Equal(block.TransactionHashes, byNumber.TransactionHashes);
    }

    [Fact]
    public async Task A_legacy_eip155_transaction_signed_here_is_accepted()
    {
        using var web3 = LocalChain.Connect(Node, accountIndex: 11);
        var recipient = PrivateKey.Generate().Address;

        var receipt = await web3.TransactionManager.SendAndWaitAsync(new TransactionRequest { Type = TransactionType.Legacy, To = recipient, Value = 7 });
        var mined = await web3.Eth.GetTransactionByHashAsync(receipt.TransactionHash);

        Assert.True(receipt.Succeeded);
        Assert.Equal(new BigInteger(7), await web3.Eth.GetBalanceAsync(recipient));
        Assert.NotNull(mined!.GasPrice);
        Assert.Null(mined.MaxFeePerGas);
        Assert.Equal(receipt.BlockNumber, mined.BlockNumber);
    }

    [Fact]
    public async Task The_nonce_comes_from_the_pending_count_and_a_replacement_needs_higher_fees()
    {
        using var web3 = LocalChain.Connect(Node, accountIndex: 12);
        var manager = web3.TransactionManager;
        var recipient = PrivateKey.Generate().Address;
        var fees = new TransactionRequest { To = recipient, GasLimit = 21_000, MaxPriorityFeePerGas = OneGwei, MaxFeePerGas = 10 * OneGwei };

        await LocalChain.WithoutAutomineAsync(Node, async () =>
        {
            var minedCount = await web3.Eth.GetTransactionCountAsync(web3.Account!.Address, BlockParameter.Latest);
            var first = await manager.SignAsync(fees with { Value = 1 });
            await manager.BroadcastAsync(first);
            var pendingAfterFirst = await manager.GetPendingNonceAsync();
            var pendingView = await web3.Eth.GetTransactionByHashAsync(first.Hash);

            var sameFees = await manager.SignAsync(fees with { Nonce = first.Transaction.Nonce, Value = 2 });
            var underpriced = await Assert.ThrowsAsync<RpcException>(() => manager.BroadcastAsync(sameFees));
            var replacement = await manager.SignAsync(fees with { Nonce = first.Transaction.Nonce, Value = 3, MaxPriorityFeePerGas = 2 * OneGwei, MaxFeePerGas = 20 * OneGwei });
            await manager.BroadcastAsync(replacement);
            await Node.RpcAsync("evm_mine");

            Assert.Equal(minedCount, first.Transaction.Nonce);
            Assert.Equal(minedCount + 1, pendingAfterFirst);
            Assert.Null(pendingView!.BlockNumber);
            Assert.Equal(RpcErrorKind.ReplacementUnderpriced, underpriced.Kind);
            Assert.Equal("eth_sendRawTransaction", underpriced.Method);
            Assert.True((await manager.WaitForReceiptAsync(replacement.Hash)).Succeeded);
            Assert.Null(await web3.Eth.GetTransactionReceiptAsync(first.Hash));
            Assert.Equal(new BigInteger(3), await web3.Eth.GetBalanceAsync(recipient));
        });
    }

    [Fact]
    public async Task Rebroadcasting_the_same_bytes_is_safe_and_a_used_nonce_is_typed()
    {
        using var web3 = LocalChain.Connect(Node, accountIndex: 13);
        var manager = web3.TransactionManager;
        var request = new TransactionRequest { To = PrivateKey.Generate().Address, Value = 1, GasLimit = 21_000 };

        await LocalChain.WithoutAutomineAsync(Node, async () =>
        {
            var signed = await manager.SignAsync(request);
            await manager.BroadcastAsync(signed);

            var again = await manager.BroadcastAsync(signed);
            var raw = await Assert.ThrowsAsync<RpcException>(() => web3.Eth.SendRawTransactionAsync(signed.Raw));
            await Node.RpcAsync("evm_mine");
            var stale = await manager.SignAsync(request with { Nonce = signed.Transaction.Nonce, Value = 2 });
            var tooLow = await Assert.ThrowsAsync<RpcException>(() => manager.BroadcastAsync(stale));

            Assert.Equal(signed.Hash, again);
            Assert.Equal(RpcErrorKind.AlreadyKnown, raw.Kind);
            Assert.Equal(RpcErrorKind.NonceTooLow, tooLow.Kind);
        });
    }

    [Fact]
    public async Task A_wrong_chain_id_is_refused_before_and_by_the_node()
    {
        var stranger = PrivateKey.Generate();
        using var boundToMainnet = new Web3(new Account(stranger, chainId: 1), Node.RpcUrl.ToString(), LocalChain.RpcOptions);
        var forMainnet = SignedTransaction.Sign(
            new Eip1559Transaction { ChainId = 1, Nonce = 0, MaxPriorityFeePerGas = 1, MaxFeePerGas = OneGwei, GasLimit = 21_000, To = stranger.Address },
            stranger);

        var beforeSending = await Assert.ThrowsAsync<ChainIdMismatchException>(() =>
            boundToMainnet.TransactionManager.SignAsync(new TransactionRequest { To = stranger.Address, GasLimit = 21_000 }));
        var byNode = await Assert.ThrowsAsync<RpcException>(() => boundToMainnet.Eth.SendRawTransactionAsync(forMainnet.Raw));

        Assert.Equal(1UL, beforeSending.Expected);
        Assert.Equal(31337UL, beforeSending.Actual);
        Assert.Equal(RpcErrorKind.WrongChainId, byNode.Kind);
    }

    [Fact]
    public async Task Fees_fall_back_to_fee_history_when_the_node_lacks_max_priority_fee()
    {
        // A proxy in front of the real node that answers -32601 for eth_maxPriorityFeePerGas.
        using var forward = new HttpClient();
        await using var proxy = FaultServer.Start(async call =>
        {
            if (call.Method == "eth_maxPriorityFeePerGas") return FaultReply.Error(call, -32601, "the method eth_maxPriorityFeePerGas does not exist/is not available");
            var response = await forward.PostAsJsonAsync(Node.RpcUrl, new { jsonrpc = "2.0", id = call.Id, method = call.Method, @params = call.Params });
            return new FaultReply.Http((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        });
        using var web3 = new Web3(LocalChain.TestWallet.GetAccount(14, HardhatNode.LocalChainId), proxy.Url.ToString(), LocalChain.RpcOptions, LocalChain.TransactionOptions);
        using var direct = new JsonRpcClient(Node.RpcUrl);

        var fees = await web3.TransactionManager.SuggestFeesAsync();
        var history = await direct.FeeHistoryAsync(5, BlockParameter.Latest, [50]);
        var receipt = await web3.TransactionManager.SendAndWaitAsync(new TransactionRequest { To = PrivateKey.Generate().Address, Value = 1 });

        var tips = history.Reward.Select(r => r[0]).Where(t => t > 0).Order().ToArray();
        var expectedTip = tips.Length == 0 ? LocalChain.RpcOptions.FallbackPriorityFeePerGas : tips[tips.Length / 2];
        Assert.Equal(expectedTip, fees.MaxPriorityFeePerGas);
        Assert.Equal(fees.BaseFeePerGas * 2 + fees.MaxPriorityFeePerGas, fees.MaxFeePerGas);
        Assert.True(proxy.CountOf("eth_feeHistory") >= 2);
        Assert.True(receipt.Succeeded);
    }

    [Fact]
    public async Task Blocks_that_do_not_exist_yet_are_null()
    {
        using var client = new JsonRpcClient(Node.RpcUrl);

        var latest = await client.BlockNumberAsync();
        var future = await client.GetBlockByNumberAsync(latest + 1000);
        var unknown = await client.GetBlockByHashAsync(Bytes32.FromBytes(Keccak256.Hash("no such block"u8)));
        var noReceipt = await client.GetTransactionReceiptAsync(Bytes32.FromBytes(Keccak256.Hash("no such tx"u8)));

        Assert.Null(future);
        Assert.Null(unknown);
        Assert.Null(noReceipt);
        Assert.Equal(HardhatNode.LocalChainId, (long)await client.ChainIdAsync());
    }

    [Fact]
    public async Task Hardhat_takes_a_batch_of_block_reads_and_answers_as_single_calls_do()
    {
        using var client = new JsonRpcClient(Node.RpcUrl);
        using var web3 = LocalChain.Connect(Node, accountIndex: 11);
        var hash = await web3.TransactionManager.BroadcastAsync(
            await web3.TransactionManager.SignAsync(new TransactionRequest { To = PrivateKey.Generate().Address, Value = 1 }));
        var mined = (await web3.TransactionManager.WaitForReceiptAsync(hash)).BlockNumber;
        var latest = await client.BlockNumberAsync();

        var batched = await client.GetBlocksByNumberAsync([mined, 0, latest, latest + 1000]);
        var single = await Task.WhenAll(new ulong[] { mined, 0, latest }.Select(n => client.GetBlockByNumberAsync(n)));

        Assert.False(client.BatchesRefused);
        Assert.Equal(single.Select(b => (b!.Number, b.Hash, b.ParentHash, b.Timestamp)), batched.Take(3).Select(b => (b!.Number, b.Hash, b.ParentHash, b.Timestamp)));
        Assert.Contains(hash, batched[0]!.TransactionHashes);
        Assert.Null(batched[3]);
    }
}
