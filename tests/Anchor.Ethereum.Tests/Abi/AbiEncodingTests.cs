using System.Numerics;
using Anchor.Ethereum.Abi;
using Anchor.Ethereum.Tests.Support;
using Xunit;

namespace Anchor.Ethereum.Tests.Abi;

public class AbiEncodingTests
{
    public static TheoryData<string> SelectorCases => VectorFile.Rows("abi.json", "selectors");

    public static TheoryData<string> TopicCases => VectorFile.Rows("abi.json", "topics");

    public static TheoryData<string> EncodingCases => VectorFile.Rows("abi.json", "encodings");

    [Theory]
    [MemberData(nameof(SelectorCases))]
    public void Selectors_come_from_signatures(string caseJson)
    {
        var vector = VectorFile.Parse(caseJson);

        var function = AbiFunction.Parse("function " + vector.Text("signature"));

        Assert.Equal(vector.Text("signature"), function.Signature);
        Assert.Equal(vector.Text("selector"), function.SelectorHex);
    }

    [Theory]
    [MemberData(nameof(TopicCases))]
    public void Topics_come_from_signatures(string caseJson)
    {
        var vector = VectorFile.Parse(caseJson);

        var @event = AbiEvent.Parse("event " + vector.Text("signature"));

        Assert.Equal(vector.Text("topic"), @event.Topic.ToString());
    }

    [Theory]
    [MemberData(nameof(EncodingCases))]
    public void Encodes_the_specification_examples(string caseJson)
    {
        var vector = VectorFile.Parse(caseJson);
        var function = AbiFunction.Parse("function " + vector.Text("signature"));
        var values = AbiJsonValues.ToValues(function.Inputs, vector.GetProperty("values"));

        var encoded = vector.GetProperty("withSelector").GetBoolean()
            ? function.EncodeCall(values)
            : AbiEncoder.Encode(function.Inputs, values);

        Assert.Equal(vector.Text("encoded"), Hex.Encode(encoded));
    }

    [Theory]
    [MemberData(nameof(EncodingCases))]
    public void Decodes_what_it_encodes(string caseJson)
    {
        var vector = VectorFile.Parse(caseJson);
        var function = AbiFunction.Parse("function " + vector.Text("signature"));
        var encoded = Hex.Decode(vector.Text("encoded"));
        var expected = AbiJsonValues.ToValues(function.Inputs, vector.GetProperty("values"));

        var decoded = vector.GetProperty("withSelector").GetBoolean()
            ? function.DecodeCall(encoded)
            : AbiDecoder.Decode(function.Inputs, encoded);

        Assert.Equal(Flatten(expected), Flatten(decoded));
    }

    [Fact]
    public void Tuple_outputs_decode_by_member_name()
    {
        var function = AbiFunction.Parse("function member(address publisher) view returns ((string name, string metadataURI, uint64 admittedAt))");
        var encoded = AbiEncoder.Encode(function.Outputs, [new object?[] { "By-Health", "ipfs://x", 1_767_225_600UL }]);

        var member = function.DecodeOutput(encoded).Get<AbiValues>(0);

        Assert.Equal("By-Health", member.Get<string>("name"));
        Assert.Equal("ipfs://x", member["metadataURI"]);
        Assert.Equal(1_767_225_600UL, member.Get<ulong>("admittedAt"));
    }

    [Fact]
    public void Accepts_the_dotnet_types_callers_have()
    {
        var function = AbiFunction.Parse("function f(address a, uint64 n, bytes32 h, bytes32[] list, (uint8, bool) t)");
        var hash = Bytes32.Parse("0x" + new string('1', 64));

        var fromTypes = function.EncodeCall(Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), 7UL, hash, new List<Bytes32> { hash }, (3, true));
        var fromRaw = function.EncodeCall("0x70997970c51812dc3a010c7d01b50e0d17dc79c8", new BigInteger(7), hash.ToArray(), new[] { hash.ToArray() }, new object?[] { (byte)3, true });

        Assert.Equal(fromRaw, fromTypes);
    }

    [Theory]
    [InlineData("function f(uint8 x)", 256, "x: 256 is out of range for uint8 [0, 255]")]
    [InlineData("function f(int8 x)", -129, "x: -129 is out of range for int8 [-128, 127]")]
    [InlineData("function f(uint64 x)", -1, "x: -1 is out of range for uint64")]
    public void Out_of_range_integers_name_the_parameter(string declaration, long value, string expected)
    {
        var function = AbiFunction.Parse(declaration);

        var error = Assert.Throws<AbiEncodingException>(() => function.EncodeCall(value));

        Assert.Contains(expected, error.Message);
        Assert.Equal("f.x", error.ParameterPath);
    }

    [Fact]
    public void Wrong_kinds_and_counts_are_clear_errors()
    {
        var function = AbiFunction.Parse("function anchor(uint64 size, bytes32 root, bytes32[] consistencyProof)");

        var wrongCount = Assert.Throws<AbiEncodingException>(() => function.EncodeCall(1UL));
        var wrongKind = Assert.Throws<AbiEncodingException>(() => function.EncodeCall(1UL, "not bytes", Array.Empty<byte[]>()));
        var wrongLength = Assert.Throws<AbiEncodingException>(() => function.EncodeCall(1UL, new byte[31], Array.Empty<byte[]>()));
        var badItem = Assert.Throws<AbiEncodingException>(() => function.EncodeCall(1UL, new byte[32], new[] { new byte[32], new byte[3] }));

        Assert.Contains("expects 3 values, got 1", wrongCount.Message);
        Assert.Contains("anchor.root: bytes32 cannot take a String", wrongKind.Message);
        Assert.Contains("bytes32 needs exactly 32 bytes, got 31", wrongLength.Message);
        Assert.Equal("anchor.consistencyProof[1]", badItem.ParameterPath);
    }

    private static IEnumerable<string> Flatten(IEnumerable<object?> values) => values.SelectMany(v => v switch
    {
        byte[] bytes => [Hex.Encode(bytes)],
        object?[] or AbiValues => Flatten((IEnumerable<object?>)v).Prepend("["),
        _ => [v?.ToString() ?? "null"],
    });
}
