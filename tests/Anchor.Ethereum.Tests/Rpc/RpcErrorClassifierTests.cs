using Anchor.Ethereum.Rpc;
using Xunit;

namespace Anchor.Ethereum.Tests.Rpc;

public class RpcErrorClassifierTests
{
    [Theory]
    [InlineData("eth_sendRawTransaction", -32000, "already known", RpcErrorKind.AlreadyKnown)]
    [InlineData("eth_sendRawTransaction", -32000, "Known transaction: 0x0b92", RpcErrorKind.AlreadyKnown)]
    [InlineData("eth_sendRawTransaction", -32000, "nonce too low", RpcErrorKind.NonceTooLow)]
    [InlineData("eth_sendRawTransaction", -32000, "Nonce too low. Expected nonce to be 1 but got 0.", RpcErrorKind.NonceTooLow)]
    [InlineData("eth_sendRawTransaction", -32000, "replacement transaction underpriced", RpcErrorKind.ReplacementUnderpriced)]
    [InlineData("eth_sendRawTransaction", -32000, "Replacement transaction underpriced. A gasPrice/maxFeePerGas of at least 11000000000 is necessary", RpcErrorKind.ReplacementUnderpriced)]
    [InlineData("eth_sendRawTransaction", -32000, "insufficient funds for gas * price + value", RpcErrorKind.InsufficientFunds)]
    [InlineData("eth_sendRawTransaction", -32000, "Sender doesn't have enough funds to send tx.", RpcErrorKind.InsufficientFunds)]
    [InlineData("eth_sendRawTransaction", -32602, "Trying to send a raw transaction with an invalid chainId. The expected chainId is 31337", RpcErrorKind.WrongChainId)]
    [InlineData("eth_sendRawTransaction", -32000, "invalid chain id for signer", RpcErrorKind.WrongChainId)]
    [InlineData("eth_call", 3, "execution reverted", RpcErrorKind.Reverted)]
    [InlineData("eth_call", -32603, "Error: VM Exception while processing transaction: reverted with custom error", RpcErrorKind.Reverted)]
    [InlineData("eth_foo", -32601, "Method not found", RpcErrorKind.MethodNotFound)]
    [InlineData("eth_foo", -32004, "Method eth_foo is not supported", RpcErrorKind.MethodNotFound)]
    [InlineData("eth_getLogs", -32005, "query returned more than 10000 results", RpcErrorKind.LogQueryLimitExceeded)]
    [InlineData("eth_call", -32005, "limit exceeded", RpcErrorKind.Other)]
    [InlineData("eth_call", -32000, "header not found", RpcErrorKind.Other)]
    public void Classifies_the_wording_of_common_nodes(string method, int code, string message, RpcErrorKind expected)
    {
        Assert.Equal(expected, RpcErrorClassifier.Classify(method, code, message, hasRevertData: false));
    }

    [Fact]
    public void Revert_data_makes_any_error_a_revert()
    {
        Assert.Equal(RpcErrorKind.Reverted, RpcErrorClassifier.Classify("eth_estimateGas", -32000, "gas required exceeds allowance", hasRevertData: true));
    }
}
