using System.CommandLine;
using Anchor.Configuration;

namespace Anchor.Cli;

/// <summary>
/// Options every command accepts, and the settings they yield: --config adds a JSON file to the
/// configuration, and the flags below override single keys (they are the last source).
/// </summary>
public static class GlobalOptions
{
    public static readonly Option<FileInfo?> Config = new("--config")
    {
        Description = "An extra JSON configuration file, read after appsettings.json and before ANCHOR__ variables",
        Recursive = true,
    };

    public static readonly Option<string?> Database = new("--database")
    {
        Description = "The ledger database file (Ledger:Database)",
        Recursive = true,
    };

    public static readonly Option<string?> Rpc = new("--rpc")
    {
        Description = "The chain's JSON-RPC URL (Chain:RpcUrl)",
        Recursive = true,
    };

    public static readonly Option<long?> ChainId = new("--chain-id")
    {
        Description = "The expected chain id (Chain:ChainId)",
        Recursive = true,
    };

    /// <summary>Adds the options to the root command.</summary>
    public static void AddTo(RootCommand root)
    {
        root.Options.Add(Config);
        root.Options.Add(Database);
        root.Options.Add(Rpc);
        root.Options.Add(ChainId);
    }

    /// <summary>The validated settings for this invocation.</summary>
    /// <exception cref="ConfigurationException">The configuration is unusable.</exception>
    public static AnchorSettings Settings(ParseResult parseResult, IReadOnlyDictionary<string, string?>? moreFlags = null) =>
        AnchorSettings.Load(Configuration(parseResult, moreFlags));

    /// <summary>
    /// The layered configuration for this invocation, flags included, for programs that bind
    /// sections of their own beside <see cref="AnchorSettings"/> (the indexer's "Indexer" section).
    /// </summary>
    /// <exception cref="ConfigurationException">The --config file is missing or not JSON.</exception>
    public static Microsoft.Extensions.Configuration.IConfigurationRoot Configuration(ParseResult parseResult, IReadOnlyDictionary<string, string?>? moreFlags = null)
    {
        var flags = new Dictionary<string, string?>
        {
            ["Ledger:Database"] = parseResult.GetValue(Database),
            ["Chain:RpcUrl"] = parseResult.GetValue(Rpc),
            ["Chain:ChainId"] = parseResult.GetValue(ChainId)?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in moreFlags ?? new Dictionary<string, string?>()) flags[key] = value;
        return AnchorSettings.BuildConfiguration(parseResult.GetValue(Config)?.FullName, flags);
    }
}
