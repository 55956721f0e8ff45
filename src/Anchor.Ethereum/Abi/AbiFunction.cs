using System.Text;
using Anchor.Ethereum.Crypto;

namespace Anchor.Ethereum.Abi;

/// <summary>
/// A contract function: its signature, 4-byte selector, and the encoding of its calls and results.
/// </summary>
public sealed class AbiFunction
{
    /// <summary>Creates a function from its parts.</summary>
    public AbiFunction(string name, IReadOnlyList<AbiParameter> inputs, IReadOnlyList<AbiParameter> outputs, string stateMutability = "nonpayable")
    {
        Name = name;
        Inputs = inputs;
        Outputs = outputs;
        StateMutability = stateMutability;
        Signature = $"{name}({string.Join(",", inputs.Select(p => p.Type.CanonicalName))})";
        Selector = Keccak256.Hash(Encoding.ASCII.GetBytes(Signature)).AsSpan(0, 4).ToArray();
    }

    /// <summary>The function's name.</summary>
    public string Name { get; }

    /// <summary>The parameters.</summary>
    public IReadOnlyList<AbiParameter> Inputs { get; }

    /// <summary>The return values.</summary>
    public IReadOnlyList<AbiParameter> Outputs { get; }

    /// <summary><c>view</c>, <c>pure</c>, <c>nonpayable</c> or <c>payable</c>.</summary>
    public string StateMutability { get; }

    /// <summary>True for <c>view</c> and <c>pure</c> functions, which are read with <c>eth_call</c>.</summary>
    public bool IsReadOnly => StateMutability is "view" or "pure";

    /// <summary>The canonical signature, e.g. <c>transfer(address,uint256)</c>.</summary>
    public string Signature { get; }

    /// <summary>The first 4 bytes of keccak256(signature).</summary>
    public ReadOnlyMemory<byte> Selector { get; }

    /// <summary>The selector as 0x-prefixed hex, e.g. <c>0xa9059cbb</c>.</summary>
    public string SelectorHex => Hex.Encode(Selector.Span);

    /// <summary>Parses a human-readable declaration, e.g. <c>function head(address publisher) view returns (uint64 size, bytes32 root)</c>.</summary>
    /// <exception cref="AbiFormatException">Not a function declaration.</exception>
    public static AbiFunction Parse(string declaration)
    {
        var (kind, name, inputs, modifiers, outputs) = AbiSignatureParser.ParseDeclaration(declaration);
        if (kind != "function") throw new AbiFormatException($"'{declaration}' declares a {kind}, not a function");
        var mutability = modifiers.FirstOrDefault(m => m is "view" or "pure" or "payable") ?? "nonpayable";
        return new AbiFunction(name, inputs, outputs, mutability);
    }

    /// <summary>Call data: the selector followed by the encoded arguments.</summary>
    /// <exception cref="AbiEncodingException">An argument does not fit its parameter.</exception>
    public byte[] EncodeCall(params IReadOnlyList<object?> arguments) =>
        [.. Selector.Span, .. AbiEncoder.Encode(Inputs, arguments, Name)];

    /// <summary>Decodes call data made by <see cref="EncodeCall"/>.</summary>
    /// <exception cref="AbiDecodingException">The selector differs or the arguments do not decode.</exception>
    public AbiValues DecodeCall(ReadOnlySpan<byte> callData)
    {
        if (callData.Length < 4 || !callData[..4].SequenceEqual(Selector.Span))
        {
            throw new AbiDecodingException(Name, $"call data does not start with the selector {SelectorHex}");
        }
        return AbiDecoder.Decode(Inputs, callData[4..], Name);
    }

    /// <summary>Decodes what the function returned.</summary>
    /// <exception cref="AbiDecodingException">The data does not match the outputs.</exception>
    public AbiValues DecodeOutput(ReadOnlySpan<byte> returnData) => AbiDecoder.Decode(Outputs, returnData, Name);

    /// <inheritdoc />
    public override string ToString() => $"function {Signature} // {SelectorHex}";
}
