using Anchor.Ethereum.Abi;
using Xunit;

namespace Anchor.Ethereum.Tests.Abi;

public class AbiDecodingTests
{
    private static readonly AbiFunction Head =
        AbiFunction.Parse("function head(address publisher) view returns (uint64 size, bytes32 root)");

    [Fact]
    public void Decodes_a_view_result_into_typed_values()
    {
        var root = Bytes32.Parse("0x" + new string('a', 64));
        var encoded = AbiEncoder.Encode(Head.Outputs, [42UL, root]);

        var values = Head.DecodeOutput(encoded);

        Assert.Equal(42UL, values.Get<ulong>("size"));
        Assert.Equal(root, values.Get<Bytes32>("root"));
        Assert.Equal("size=42, root=0x" + new string('a', 64), values.ToString());
    }

    [Fact]
    public void Truncated_data_names_the_parameter()
    {
        var encoded = AbiEncoder.Encode(Head.Outputs, [42UL, Bytes32.Zero]);

        var error = Assert.Throws<AbiDecodingException>(() => Head.DecodeOutput(encoded.AsSpan(0, 40)));

        Assert.Equal("head.root", error.ParameterPath);
    }

    [Fact]
    public void Dirty_high_bits_are_rejected_like_solidity_does()
    {
        var tooLarge = new byte[64];
        tooLarge[23] = 1; // 2^64: one bit above uint64
        var function = AbiFunction.Parse("function f() returns (uint64 a, bool b)");
        var badBool = new byte[64];
        badBool[63] = 2;

        var sizeError = Assert.Throws<AbiDecodingException>(() => function.DecodeOutput(tooLarge));
        var boolError = Assert.Throws<AbiDecodingException>(() => function.DecodeOutput(badBool));

        Assert.Contains("does not fit in uint64", sizeError.Message);
        Assert.Contains("bool is 2", boolError.Message);
    }

    [Fact]
    public void Offsets_and_lengths_beyond_the_data_are_rejected()
    {
        var function = AbiFunction.Parse("function f() returns (bytes32[] list, string s)");
        var hugeLength = new byte[96];
        hugeLength[31] = 0x40; // offset of list
        hugeLength[63] = 0x40; // offset of s
        hugeLength[64] = 0x7f; // length: an enormous number

        var error = Assert.Throws<AbiDecodingException>(() => function.DecodeOutput(hugeLength));

        Assert.Contains("larger than the data", error.Message);
    }

    [Fact]
    public void Converting_a_value_that_does_not_fit_is_an_error()
    {
        var function = AbiFunction.Parse("function f() returns (uint256 n)");
        var encoded = AbiEncoder.Encode(function.Outputs, [System.Numerics.BigInteger.One << 70]);

        var error = Assert.Throws<AbiDecodingException>(() => function.DecodeOutput(encoded).Get<ulong>("n"));

        Assert.Contains("does not fit in UInt64", error.Message);
    }

    [Fact]
    public void Events_decode_indexed_topics_and_data()
    {
        var transfer = AbiEvent.Parse("event Transfer(address indexed from, address indexed to, uint256 value)");
        var from = Address.Parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        var to = Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        Bytes32[] topics = [transfer.Topic, transfer.EncodeTopic("from", from), transfer.EncodeTopic("to", to)];

        var values = transfer.Decode(topics, AbiEncoder.Encode([new AbiParameter("value", AbiType.Parse("uint256"))], [1000]));

        Assert.Equal(from, values.Get<Address>("from"));
        Assert.Equal(to, values.Get<Address>("to"));
        Assert.Equal(1000UL, values.Get<ulong>("value"));
    }

    [Fact]
    public void An_event_log_with_the_wrong_topic_count_is_rejected()
    {
        var transfer = AbiEvent.Parse("event Transfer(address indexed from, address indexed to, uint256 value)");

        var error = Assert.Throws<AbiDecodingException>(() => transfer.Decode([transfer.Topic], new byte[32]));

        Assert.Contains("expects 3 topics, the log has 1", error.Message);
    }
}
