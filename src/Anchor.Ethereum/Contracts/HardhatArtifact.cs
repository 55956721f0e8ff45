using System.Text.Json;
using Anchor.Ethereum.Abi;

namespace Anchor.Ethereum.Contracts;

/// <summary>
/// A compiled contract as Hardhat writes it (<c>artifacts/contracts/&lt;Name&gt;.sol/&lt;Name&gt;.json</c>):
/// the ABI and the creation bytecode to deploy.
/// </summary>
public sealed class HardhatArtifact
{
    private HardhatArtifact(string contractName, AbiContract abi, byte[] bytecode, byte[] deployedBytecode)
    {
        ContractName = contractName;
        Abi = abi;
        Bytecode = bytecode;
        DeployedBytecode = deployedBytecode;
    }

    /// <summary>The contract's name.</summary>
    public string ContractName { get; }

    /// <summary>The contract's ABI.</summary>
    public AbiContract Abi { get; }

    /// <summary>The creation code.</summary>
    public ReadOnlyMemory<byte> Bytecode { get; }

    /// <summary>The runtime code, as <c>eth_getCode</c> returns it after deployment (immutables aside).</summary>
    public ReadOnlyMemory<byte> DeployedBytecode { get; }

    /// <summary>The artifact path of <paramref name="contractName"/> under a Hardhat project root.</summary>
    public static string PathFor(string projectRoot, string contractName) =>
        Path.Combine(projectRoot, "artifacts", "contracts", contractName + ".sol", contractName + ".json");

    /// <summary>Reads an artifact file.</summary>
    /// <exception cref="HardhatArtifactException">Missing, not JSON, or not a deployable artifact.</exception>
    public static HardhatArtifact Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HardhatArtifactException($"artifact {path} cannot be read ({e.Message}); run `npx hardhat compile`", e);
        }
        return Parse(json, path);
    }

    /// <summary>Reads an artifact from its JSON text.</summary>
    /// <exception cref="HardhatArtifactException">Not a deployable artifact; the message names <paramref name="source"/>.</exception>
    public static HardhatArtifact Parse(string json, string source = "artifact")
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var name = root.GetProperty("contractName").GetString() ?? throw new FormatException("contractName is null");
            if (root.TryGetProperty("linkReferences", out var links) && links.ValueKind == JsonValueKind.Object && links.EnumerateObject().Any())
            {
                throw new HardhatArtifactException($"{source}: {name} needs libraries linked ({string.Join(", ", links.EnumerateObject().Select(l => l.Name))}); linking is not supported");
            }
            var bytecode = Hex.Decode(root.GetProperty("bytecode").GetString() ?? "", $"{source} bytecode");
            if (bytecode.Length == 0) throw new HardhatArtifactException($"{source}: {name} has no bytecode (an interface or abstract contract?)");
            var deployed = Hex.Decode(root.GetProperty("deployedBytecode").GetString() ?? "", $"{source} deployedBytecode");
            return new HardhatArtifact(name, AbiContract.FromJson(root.GetProperty("abi")), bytecode, deployed);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new HardhatArtifactException($"{source} is not a Hardhat artifact: {e.Message}", e);
        }
    }

    /// <summary>The deployment's data: the creation code followed by the ABI-encoded constructor arguments.</summary>
    /// <exception cref="AbiEncodingException">The arguments do not match the constructor.</exception>
    public byte[] CreateDeploymentData(params IReadOnlyList<object?> constructorArguments) =>
        [.. Bytecode.Span, .. AbiEncoder.Encode(Abi.ConstructorInputs, constructorArguments, ContractName + ".constructor")];

    /// <inheritdoc />
    public override string ToString() => $"HardhatArtifact({ContractName}, {Bytecode.Length} bytes)";
}

/// <summary>An artifact file is missing or is not a deployable Hardhat artifact.</summary>
public sealed class HardhatArtifactException : Exception
{
    /// <summary>Creates the exception.</summary>
    public HardhatArtifactException(string message, Exception? inner = null) : base(message, inner) { }
}
