using System.Text.Json;
using System.Text.Json.Serialization;

namespace Anchor.Ethereum.Contracts;

/// <summary>Where one contract of a deployment lives.</summary>
public sealed record DeployedContractInfo(Address Address, ulong BlockNumber, Bytes32 TransactionHash);

/// <summary>
/// The deployment file: which addresses on which chain hold the three Anchor contracts.
/// <c>anchor deploy</c> writes one file per chain id and every other command reads it. The
/// genesis hash lets a reader notice that a local chain was reset under it (a restarted Hardhat
/// node keeps its chain id but not its contracts).
/// </summary>
public sealed record AnchorDeployment(
    ulong ChainId,
    Bytes32 GenesisHash,
    Address Deployer,
    DateTimeOffset DeployedAt,
    DeployedContractInfo AnchorRegistry,
    DeployedContractInfo RecallRegistry,
    DeployedContractInfo AllianceRegistry)
{
    /// <summary>The version of the file format.</summary>
    public const int FormatVersion = 1;

    /// <summary>The earliest block of the three deployments: where a log scan starts.</summary>
    public ulong FirstBlock => Math.Min(AnchorRegistry.BlockNumber, Math.Min(RecallRegistry.BlockNumber, AllianceRegistry.BlockNumber));

    /// <summary>Reads and checks a deployment file.</summary>
    /// <exception cref="DeploymentFileException">The file is missing, unreadable or malformed; the message says which field.</exception>
    public static AnchorDeployment Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new DeploymentFileException(path, "does not exist; run `anchor deploy` for this chain first");
        }
        FileModel? model;
        try
        {
            model = JsonSerializer.Deserialize<FileModel>(File.ReadAllText(path), JsonOptions);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new DeploymentFileException(path, $"cannot be read: {e.Message}", e);
        }
        if (model is null) throw new DeploymentFileException(path, "is empty");
        if (model.FormatVersion != FormatVersion)
        {
            throw new DeploymentFileException(path, $"formatVersion is {model.FormatVersion}; this build reads {FormatVersion}");
        }
        try
        {
            return new AnchorDeployment(
                model.ChainId,
                Bytes32.Parse(Required(model.GenesisHash, "genesisHash")),
                Address.Parse(Required(model.Deployer, "deployer")),
                model.DeployedAt,
                Contract(model.Contracts, "AnchorRegistry"),
                Contract(model.Contracts, "RecallRegistry"),
                Contract(model.Contracts, "AllianceRegistry"));
        }
        catch (FormatException e)
        {
            throw new DeploymentFileException(path, e.Message, e);
        }
    }

    /// <summary>Writes the file atomically (a temporary file, then a rename), creating its folder.</summary>
    public void Save(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var model = new FileModel
        {
            FormatVersion = FormatVersion,
            ChainId = ChainId,
            GenesisHash = GenesisHash.ToString(),
            Deployer = Deployer.ToString(),
            DeployedAt = DeployedAt,
            Contracts = new Dictionary<string, ContractModel>
            {
                ["AnchorRegistry"] = ContractModel.From(AnchorRegistry),
                ["RecallRegistry"] = ContractModel.From(RecallRegistry),
                ["AllianceRegistry"] = ContractModel.From(AllianceRegistry),
            },
        };
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        File.WriteAllText(temporary, JsonSerializer.Serialize(model, JsonOptions) + "\n");
        File.Move(temporary, path, overwrite: true);
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrEmpty(value) ? throw new FormatException($"{field} is missing") : value;

    private static DeployedContractInfo Contract(Dictionary<string, ContractModel>? contracts, string name)
    {
        if (contracts is null || !contracts.TryGetValue(name, out var c)) throw new FormatException($"contracts.{name} is missing");
        try
        {
            return new DeployedContractInfo(Address.Parse(Required(c.Address, "address")), c.BlockNumber, Bytes32.Parse(Required(c.TransactionHash, "transactionHash")));
        }
        catch (FormatException e)
        {
            throw new FormatException($"contracts.{name}: {e.Message}", e);
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private sealed class FileModel
    {
        public int FormatVersion { get; set; }
        public ulong ChainId { get; set; }
        public string? GenesisHash { get; set; }
        public string? Deployer { get; set; }
        public DateTimeOffset DeployedAt { get; set; }
        public Dictionary<string, ContractModel>? Contracts { get; set; }
    }

    private sealed class ContractModel
    {
        public string? Address { get; set; }
        public ulong BlockNumber { get; set; }
        public string? TransactionHash { get; set; }

        public static ContractModel From(DeployedContractInfo info) =>
            new() { Address = info.Address.ToString(), BlockNumber = info.BlockNumber, TransactionHash = info.TransactionHash.ToString() };
    }
}

/// <summary>A deployment file cannot be used; the message names the file and the problem.</summary>
public sealed class DeploymentFileException(string path, string problem, Exception? inner = null)
    : Exception($"deployment file {path} {problem}", inner)
{
    public string FilePath { get; } = path;
}
