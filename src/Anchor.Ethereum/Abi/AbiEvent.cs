using System.Text;
using Anchor.Ethereum.Crypto;

namespace Anchor.Ethereum.Abi;

/// <summary>
/// A contract event: its topic (keccak256 of the signature) and the decoding of its logs, where
/// indexed parameters are topics and the rest are ABI-encoded in the data.
/// </summary>
public sealed class AbiEvent
{
    /// <summary>Creates an event from its parts.</summary>
    public AbiEvent(string name, IReadOnlyList<AbiParameter> parameters)
    {
        if (parameters.Count(p => p.Indexed) > 3)
        {
            throw new AbiFormatException($"event {name} has more than 3 indexed parameters");
        }
        Name = name;
        Parameters = parameters;
        Signature = $"{name}({string.Join(",", parameters.Select(p => p.Type.CanonicalName))})";
        Topic = Bytes32.FromBytes(Keccak256.Hash(Encoding.ASCII.GetBytes(Signature)));
    }

    /// <summary>The event's name.</summary>
    public string Name { get; }

    /// <summary>All parameters in declaration order, indexed or not.</summary>
    public IReadOnlyList<AbiParameter> Parameters { get; }

    /// <summary>The canonical signature, e.g. <c>Transfer(address,address,uint256)</c>.</summary>
    public string Signature { get; }

    /// <summary>keccak256(signature): topic 0 of every log of this event.</summary>
    public Bytes32 Topic { get; }

    /// <summary>Parses a declaration such as <c>event Anchored(address indexed publisher, uint64 size)</c>.</summary>
    /// <exception cref="AbiFormatException">Not an event declaration.</exception>
    public static AbiEvent Parse(string declaration)
    {
        var (kind, name, inputs, modifiers, _) = AbiSignatureParser.ParseDeclaration(declaration);
        if (kind != "event") throw new AbiFormatException($"'{declaration}' declares a {kind}, not an event");
        if (modifiers.Contains("anonymous")) throw new AbiFormatException($"anonymous events are not supported ('{declaration}')");
        return new AbiEvent(name, inputs);
    }

    /// <summary>True if <paramref name="topics"/> starts with this event's topic.</summary>
    public bool Matches(IReadOnlyList<Bytes32> topics) => topics.Count > 0 && topics[0] == Topic;

    /// <summary>
    /// Decodes a log's topics and data into the parameters, in declaration order. An indexed
    /// parameter of a dynamic type (string, bytes, array, tuple) is only its keccak256 hash in
    /// the log, so it decodes to those 32 bytes.
    /// </summary>
    /// <exception cref="AbiDecodingException">Wrong topic 0, wrong topic count, or data that does not decode.</exception>
    public AbiValues Decode(IReadOnlyList<Bytes32> topics, ReadOnlySpan<byte> data)
    {
        if (!Matches(topics)) throw new AbiDecodingException(Name, $"the log's first topic is not {Topic}");
        var indexed = Parameters.Where(p => p.Indexed).ToArray();
        if (topics.Count != indexed.Length + 1)
        {
            throw new AbiDecodingException(Name, $"expects {indexed.Length + 1} topics, the log has {topics.Count}");
        }
        var dataValues = AbiDecoder.Decode(Parameters.Where(p => !p.Indexed).ToArray(), data, Name);
        var values = new object?[Parameters.Count];
        int topic = 1, dataIndex = 0;
        for (var i = 0; i < Parameters.Count; i++)
        {
            var parameter = Parameters[i];
            if (!parameter.Indexed)
            {
                values[i] = dataValues[dataIndex++];
                continue;
            }
            var word = topics[topic++].ToArray();
            values[i] = parameter.Type.IsDynamic || parameter.Type.Kind is AbiTypeKind.Tuple or AbiTypeKind.FixedArray
                ? word
                : AbiDecoder.Decode([parameter with { Indexed = false }], word, Name)[0];
        }
        return new AbiValues(Parameters, values);
    }

    /// <summary>
    /// The topic that filters on an indexed parameter's value, e.g. a publisher's address. Only
    /// elementary types are supported.
    /// </summary>
    /// <exception cref="ArgumentException">No indexed parameter has that name, or its type is not elementary.</exception>
    public Bytes32 EncodeTopic(string parameterName, object value)
    {
        var parameter = Parameters.FirstOrDefault(p => p.Name == parameterName && p.Indexed)
            ?? throw new ArgumentException($"event {Name} has no indexed parameter '{parameterName}'", nameof(parameterName));
        if (parameter.Type.IsDynamic || parameter.Type.Kind is AbiTypeKind.Tuple or AbiTypeKind.FixedArray)
        {
            throw new ArgumentException($"filtering on {parameter.Type} topics is not supported", nameof(parameterName));
        }
        return Bytes32.FromBytes(AbiEncoder.Encode([parameter], [value], Name));
    }

    /// <inheritdoc />
    public override string ToString() => $"event {Signature} // {Topic}";
}
