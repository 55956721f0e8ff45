using Anchor.Ethereum.Abi;
using Xunit;

namespace Anchor.Ethereum.Tests.Abi;

public class AbiSignatureParserTests
{
    [Theory]
    [InlineData("uint", "uint256")]
    [InlineData("bytes32[]", "bytes32[]")]
    [InlineData("(uint64 size, bytes32 root)", "(uint64,bytes32)")]
    [InlineData("tuple(uint8,(bool,string)[2])[]", "(uint8,(bool,string)[2])[]")]
    [InlineData("int", "int256")]
    public void Parses_type_names_to_canonical_form(string name, string canonical)
    {
        Assert.Equal(canonical, AbiType.Parse(name).CanonicalName);
    }

    [Theory]
    [InlineData("uint7")]
    [InlineData("uint264")]
    [InlineData("bytes33")]
    [InlineData("bytes0")]
    [InlineData("uint08")]
    [InlineData("address[0]")]
    [InlineData("(uint8")]
    [InlineData("strin")]
    public void Rejects_invalid_type_names_with_a_position(string name)
    {
        var error = Assert.Throws<AbiFormatException>(() => AbiType.Parse(name));

        Assert.Contains("position", error.Message);
    }

    [Fact]
    public void Reads_modifiers_outputs_data_locations_and_indexed()
    {
        var function = AbiFunction.Parse("function admit(address publisher, string calldata name, string memory metadataURI) external returns (bool)");
        var @event = AbiEvent.Parse("event BatchRecalled(address indexed publisher, bytes32 indexed batchKey, string reason)");

        Assert.Equal("admit(address,string,string)", function.Signature);
        Assert.Equal(["publisher", "name", "metadataURI"], function.Inputs.Select(p => p.Name));
        Assert.Equal("nonpayable", function.StateMutability);
        Assert.Single(function.Outputs);
        Assert.Equal([true, true, false], @event.Parameters.Select(p => p.Indexed));
    }

    [Fact]
    public void Declaration_kinds_are_checked()
    {
        Assert.Throws<AbiFormatException>(() => AbiFunction.Parse("event Anchored(uint64 size)"));
        Assert.Throws<AbiFormatException>(() => AbiError.Parse("function f()"));
        Assert.Throws<AbiFormatException>(() => AbiFunction.Parse("function f(uint256 indexed x)"));
    }
}
