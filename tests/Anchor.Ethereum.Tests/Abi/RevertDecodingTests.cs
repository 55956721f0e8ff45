using System.Numerics;
using Anchor.Ethereum.Abi;
using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Contracts.AnchorRegistry;
using Anchor.Ethereum.Rpc;
using Xunit;

namespace Anchor.Ethereum.Tests.Abi;

public class RevertDecodingTests
{
    private static readonly Address Publisher = Address.Parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

    [Fact]
    public void A_custom_error_decodes_into_its_name_and_arguments()
    {
        var data = AnchorRegistryAbi.AnchorSizeNotIncreasing.Encode(Publisher, 10UL, 7UL);
        var revert = new ContractRevertedException("eth_estimateGas", 3, "execution reverted", data);

        var decoded = revert.WithKnownErrors(AnchorContracts.AllErrors);

        var custom = Assert.IsType<ContractCustomErrorException>(decoded);
        Assert.Equal("AnchorSizeNotIncreasing", custom.ErrorName);
        Assert.Equal(Publisher, custom.Arguments.Get<Address>("publisher"));
        Assert.Equal(10UL, custom.Arguments.Get<ulong>("currentSize"));
        Assert.Equal(7UL, custom.Arguments.Get<ulong>("size"));
        Assert.Equal(RpcErrorKind.Reverted, custom.Kind);
        Assert.Equal("eth_estimateGas reverted: AnchorSizeNotIncreasing(publisher=0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266, currentSize=10, size=7)", custom.Message);
    }

    [Fact]
    public void Require_messages_and_panics_are_decoded_too()
    {
        var message = new ContractRevertedException("eth_call", 3, "execution reverted", AbiError.StandardError.Encode("not allowed"));
        var panic = new ContractRevertedException("eth_call", 3, "execution reverted", AbiError.Panic.Encode(new BigInteger(0x11)));

        Assert.Equal("not allowed", message.Reason);
        Assert.Contains("\"not allowed\"", message.Message);
        Assert.Equal(0x11, panic.PanicCode);
        Assert.Contains("panic 17", panic.Message);
    }

    [Fact]
    public void Unknown_revert_data_stays_a_plain_revert_with_its_bytes()
    {
        byte[] data = [0xde, 0xad, 0xbe, 0xef, 1, 2];
        var revert = new ContractRevertedException("eth_call", 3, "execution reverted", data);

        var decoded = revert.WithKnownErrors(AnchorContracts.AllErrors);

        Assert.Same(revert, decoded);
        Assert.Equal(data, decoded.RevertData.ToArray());
        Assert.Contains("unrecognised revert data 0xdeadbeef", decoded.Message);
    }

    [Fact]
    public void Errors_without_arguments_decode()
    {
        var error = AbiError.Parse("error AllianceZeroAddress()");

        var decoded = new ContractRevertedException("eth_call", 3, "reverted", error.Selector).WithKnownErrors([error]);

        Assert.Equal("AllianceZeroAddress", Assert.IsType<ContractCustomErrorException>(decoded).ErrorName);
        Assert.Equal("0x32287fe8", error.SelectorHex);
    }
}
