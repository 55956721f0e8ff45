using System.Text.Json;
using System.Text.Json.Nodes;

namespace Anchor.Demo;

/// <summary>
/// The demo's folder: its configuration (appsettings.json, which the programs read from their
/// working folder), the ledger, the deployment file, the sample data and the tags. It starts empty
/// on every run, so a run never depends on an earlier one.
/// </summary>
public sealed class DemoWorkspace
{
    /// <summary>The public Hardhat mnemonic: its keys are refused on every chain but the local one.</summary>
    public const string LocalMnemonic = "test test test test test test test test test test test junk";

    public DemoWorkspace(string root, string repositoryRoot)
    {
        Root = Path.GetFullPath(root);
        RepositoryRoot = repositoryRoot;
    }

    public string Root { get; }
    public string RepositoryRoot { get; }
    public string SampleFolder => Path.Combine(Root, "sample");
    public string TagsFolder => Path.Combine(Root, "tags");
    public string BrandsFile => Path.Combine(SampleFolder, "brands.json");

    /// <summary>Empties the folder and writes the configuration for a local chain at <paramref name="rpcUrl"/>.</summary>
    public void Prepare(Uri rpcUrl, IReadOnlyList<string> publishers, string resolverDomain)
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(TagsFolder);
        var mnemonic = Path.Combine(Root, "mnemonic.txt");
        File.WriteAllText(mnemonic, LocalMnemonic + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(mnemonic, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var publishersNode = new JsonObject();
        for (var i = 0; i < publishers.Count; i++)
        {
            // Account 0 deploys and owns the alliance roll; each brand anchors from its own account.
            publishersNode[publishers[i]] = new JsonObject { ["MnemonicFile"] = "mnemonic.txt", ["AccountIndex"] = i + 1 };
        }
        var settings = new JsonObject
        {
            ["Ledger"] = new JsonObject { ["Database"] = "anchor.db" },
            ["Chain"] = new JsonObject
            {
                ["RpcUrl"] = rpcUrl.ToString(),
                ["ChainId"] = 31337,
                ["Deployment"] = "deployments/{chainId}.json",
                ["Artifacts"] = Path.Combine(RepositoryRoot, "artifacts"),
                ["Confirmations"] = 2,
            },
            ["Worker"] = new JsonObject { ["PollInterval"] = "00:00:00.200" },
            ["Deployer"] = new JsonObject { ["MnemonicFile"] = "mnemonic.txt", ["AccountIndex"] = 0 },
            ["Publishers"] = publishersNode,
            ["Tags"] = new JsonObject { ["ResolverDomain"] = resolverDomain },
            // A local chain: two confirmations are final here, as the worker and indexer count them.
            ["Web"] = new JsonObject { ["MinConfirmations"] = 2 },
        };
        File.WriteAllText(Path.Combine(Root, "appsettings.json"), settings.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
