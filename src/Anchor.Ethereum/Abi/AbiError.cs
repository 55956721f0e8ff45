using System.Text;
using Anchor.Ethereum.Crypto;

namespace Anchor.Ethereum.Abi;

/// <summary>A Solidity custom error: its selector, and the decoding of revert data that carries it.</summary>
public sealed class AbiError
{
    /// <summary>Creates an error from its parts.</summary>
    public AbiError(string name, IReadOnlyList<AbiParameter> inputs)
    {
        Name = name;
        Inputs = inputs;
        Signature = $"{name}({string.Join(",", inputs.Select(p => p.Type.CanonicalName))})";
        Selector = Keccak256.Hash(Encoding.ASCII.GetBytes(Signature)).AsSpan(0, 4).ToArray();
    }

    /// <summary>The built-in <c>Error(string)</c> of <c>require</c> and <c>revert("…")</c>.</summary>
    public static AbiError StandardError { get; } = Parse("error Error(string reason)");

    /// <summary>The built-in <c>Panic(uint256)</c> of failed asserts, overflow and the like.</summary>
    public static AbiError Panic { get; } = Parse("error Panic(uint256 code)");

    /// <summary>The error's name.</summary>
    public string Name { get; }

    /// <summary>The error's arguments.</summary>
    public IReadOnlyList<AbiParameter> Inputs { get; }

    /// <summary>The canonical signature, e.g. <c>AnchorZeroRoot(address)</c>.</summary>
    public string Signature { get; }

    /// <summary>The first 4 bytes of keccak256(signature), which start the revert data.</summary>
    public ReadOnlyMemory<byte> Selector { get; }

    /// <summary>The selector as 0x-prefixed hex.</summary>
    public string SelectorHex => Hex.Encode(Selector.Span);

    /// <summary>Parses a declaration such as <c>error AnchorZeroRoot(address publisher)</c>.</summary>
    /// <exception cref="AbiFormatException">Not an error declaration.</exception>
    public static AbiError Parse(string declaration)
    {
        var (kind, name, inputs, _, _) = AbiSignatureParser.ParseDeclaration(declaration);
        if (kind != "error") throw new AbiFormatException($"'{declaration}' declares a {kind}, not an error");
        return new AbiError(name, inputs);
    }

    /// <summary>True if <paramref name="revertData"/> starts with this error's selector.</summary>
    public bool Matches(ReadOnlySpan<byte> revertData) => revertData.Length >= 4 && revertData[..4].SequenceEqual(Selector.Span);

    /// <summary>Decodes the error's arguments from revert data.</summary>
    /// <exception cref="AbiDecodingException">The selector differs or the arguments do not decode.</exception>
    public AbiValues Decode(ReadOnlySpan<byte> revertData)
    {
        if (!Matches(revertData)) throw new AbiDecodingException(Name, $"revert data does not start with the selector {SelectorHex}");
        return AbiDecoder.Decode(Inputs, revertData[4..], Name);
    }

    /// <summary>Revert data for this error with <paramref name="arguments"/>, as a contract would produce it.</summary>
    public byte[] Encode(params IReadOnlyList<object?> arguments) => [.. Selector.Span, .. AbiEncoder.Encode(Inputs, arguments, Name)];

    /// <inheritdoc />
    public override string ToString() => $"error {Signature} // {SelectorHex}";
}
