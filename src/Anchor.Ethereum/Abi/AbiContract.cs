using System.Text.Json;

namespace Anchor.Ethereum.Abi;

/// <summary>
/// A contract's whole ABI: constructor, functions, events and errors, from human-readable lines
/// or from the JSON ABI that solc and Hardhat write.
/// </summary>
public sealed class AbiContract
{
    /// <summary>Creates a contract ABI from its members.</summary>
    public AbiContract(
        IReadOnlyList<AbiParameter> constructorInputs,
        IReadOnlyList<AbiFunction> functions,
        IReadOnlyList<AbiEvent> events,
        IReadOnlyList<AbiError> errors)
    {
        ConstructorInputs = constructorInputs;
        Functions = functions;
        Events = events;
        Errors = errors;
    }

    /// <summary>The constructor's parameters (empty if it has none).</summary>
    public IReadOnlyList<AbiParameter> ConstructorInputs { get; }

    /// <summary>The functions.</summary>
    public IReadOnlyList<AbiFunction> Functions { get; }

    /// <summary>The events.</summary>
    public IReadOnlyList<AbiEvent> Events { get; }

    /// <summary>The custom errors.</summary>
    public IReadOnlyList<AbiError> Errors { get; }

    /// <summary>Builds an ABI from human-readable declarations, one per entry.</summary>
    /// <exception cref="AbiFormatException">A declaration does not parse.</exception>
    public static AbiContract FromDeclarations(IEnumerable<string> declarations)
    {
        IReadOnlyList<AbiParameter> constructor = [];
        var functions = new List<AbiFunction>();
        var events = new List<AbiEvent>();
        var errors = new List<AbiError>();
        foreach (var declaration in declarations)
        {
            var kind = declaration.TrimStart().Split(' ', '(')[0];
            switch (kind)
            {
                case "function": functions.Add(AbiFunction.Parse(declaration)); break;
                case "event": events.Add(AbiEvent.Parse(declaration)); break;
                case "error": errors.Add(AbiError.Parse(declaration)); break;
                case "constructor": constructor = AbiSignatureParser.ParseDeclaration(declaration).Inputs; break;
                default: throw new AbiFormatException($"'{declaration}' is not a function, event, error or constructor");
            }
        }
        return new AbiContract(constructor, functions, events, errors);
    }

    /// <summary>Reads a JSON ABI array (solc's output, the <c>abi</c> field of a Hardhat artifact).</summary>
    /// <exception cref="AbiFormatException">The JSON is not an ABI.</exception>
    public static AbiContract FromJson(JsonElement abi) => AbiJsonReader.Read(abi);

    /// <summary>The function called <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such function, or it is overloaded.</exception>
    public AbiFunction Function(string name)
    {
        var matches = Functions.Where(f => f.Name == name).ToArray();
        return matches.Length switch
        {
            1 => matches[0],
            0 => throw new KeyNotFoundException($"the ABI has no function '{name}'"),
            _ => throw new KeyNotFoundException($"function '{name}' is overloaded; pick one by signature"),
        };
    }

    /// <summary>The event whose topic is <paramref name="topic"/>, or null.</summary>
    public AbiEvent? FindEvent(Bytes32 topic) => Events.FirstOrDefault(e => e.Topic == topic);

    /// <summary>The error whose selector starts <paramref name="revertData"/>, or null.</summary>
    public AbiError? FindError(ReadOnlySpan<byte> revertData)
    {
        foreach (var error in Errors)
        {
            if (error.Matches(revertData)) return error;
        }
        return null;
    }
}
