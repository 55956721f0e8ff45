using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Anchor.Ethereum.Rlp;
using Anchor.Ethereum.Tests.Support;
using Xunit;
using RlpCodec = Anchor.Ethereum.Rlp.Rlp;

namespace Anchor.Ethereum.Tests.Rlp;

public class RlpTests
{
    public static TheoryData<string> ValidCases()
    {
        var data = new TheoryData<string>();
        foreach (var property in VectorFile.Load("rlp.json").GetProperty("cases").EnumerateObject()) data.Add(property.Name);
        return data;
    }

    public static TheoryData<string> InvalidCases()
    {
        var data = new TheoryData<string>();
        foreach (var property in VectorFile.Load("rlp.json").GetProperty("invalid").GetProperty("cases").EnumerateObject()) data.Add(property.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Encodes_the_ethereum_tests_vectors(string name)
    {
        var vector = VectorFile.Load("rlp.json").GetProperty("cases").GetProperty(name);

        var encoded = Encode(vector.GetProperty("in"));

        Assert.Equal(vector.Text("out"), Hex.Encode(encoded));
    }

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Decodes_the_vectors_back_to_the_same_bytes(string name)
    {
        var encoded = Hex.Decode(VectorFile.Load("rlp.json").GetProperty("cases").GetProperty(name).Text("out"));

        var item = RlpCodec.Decode(encoded);

        Assert.Equal(encoded, RlpCodec.Encode(item));
    }

    [Fact]
    public void Decodes_a_list_into_its_items()
    {
        var item = RlpCodec.Decode(Hex.Decode("0xcc83646f6783676f6483636174"));

        var list = Assert.IsType<RlpList>(item);
        Assert.Equal(["dog", "god", "cat"], list.Items.Select(i => Encoding.ASCII.GetString(((RlpString)i).Bytes.Span)));
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Rejects_malformed_and_non_canonical_encodings(string name)
    {
        var bytes = Hex.Decode(VectorFile.Load("rlp.json").GetProperty("invalid").GetProperty("cases").Text(name));

        var error = Assert.Throws<RlpException>(() => RlpCodec.Decode(bytes));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Reading_an_integer_rejects_leading_zeros()
    {
        var item = (RlpString)RlpCodec.Decode(Hex.Decode("0x820001"));

        var error = Assert.Throws<RlpException>(() => item.ToBigInteger("nonce"));

        Assert.Contains("nonce has a leading zero", error.Message);
    }

    [Fact]
    public void Rejects_hostile_nesting_depth()
    {
        var deep = Enumerable.Repeat((byte)0xc0, 1).ToArray();
        for (var i = 0; i < 100; i++) deep = RlpCodec.EncodeList(deep);

        var error = Assert.Throws<RlpException>(() => RlpCodec.Decode(deep));

        Assert.Contains("nested deeper", error.Message);
    }

    [Fact]
    public void Refuses_negative_integers()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RlpCodec.EncodeInteger(BigInteger.MinusOne));
    }

    private static byte[] Encode(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => RlpCodec.EncodeList(value.EnumerateArray().Select(Encode).ToArray()),
        JsonValueKind.Number => RlpCodec.EncodeInteger(value.GetUInt64()),
        _ => EncodeString(value.GetString()!),
    };

    private static byte[] EncodeString(string text)
    {
        if (text.StartsWith('#')) return RlpCodec.EncodeInteger(BigInteger.Parse(text[1..], CultureInfo.InvariantCulture));
        if (text.StartsWith("0x", StringComparison.Ordinal)) return RlpCodec.EncodeBytes(Hex.Decode(text));
        return RlpCodec.EncodeBytes(Encoding.Latin1.GetBytes(text));
    }
}
