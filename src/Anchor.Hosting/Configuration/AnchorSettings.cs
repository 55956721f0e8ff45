using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Anchor.Configuration;

/// <summary>The configuration could not be used; the message lists every problem, each naming its key.</summary>
public sealed class ConfigurationException(IReadOnlyList<string> problems)
    : Exception("invalid configuration:\n  " + string.Join("\n  ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// Every section of Anchor's configuration, bound and validated. Sources, later ones winning:
/// built-in defaults, appsettings.json beside the program, appsettings.json in the working
/// folder, the --config file, ANCHOR__ environment variables, then command-line flags.
/// </summary>
public sealed record AnchorSettings(
    LedgerOptions Ledger, ChainOptions Chain, WorkerOptions Worker, PublishersOptions Publishers, Anchor.Ethereum.Keys.KeySourceOptions Deployer)
{
    /// <summary>Section "Deployer": the key that deploys the contracts and owns the alliance registry.</summary>
    public const string DeployerSection = "Deployer";

    /// <summary>Builds the layered configuration.</summary>
    /// <param name="configFile">An extra JSON file (--config); it must exist.</param>
    /// <param name="flags">Values from command-line flags, by configuration key.</param>
    /// <exception cref="ConfigurationException">The --config file is missing or not JSON.</exception>
    public static IConfigurationRoot BuildConfiguration(string? configFile, IReadOnlyDictionary<string, string?>? flags = null)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true);
        if (configFile is not null)
        {
            if (!File.Exists(configFile)) throw new ConfigurationException([$"--config: {configFile} does not exist"]);
            builder.AddJsonFile(Path.GetFullPath(configFile), optional: false);
        }
        builder.AddEnvironmentVariables(ConfigurationKeys.EnvironmentPrefix);
        if (flags is not null) builder.AddInMemoryCollection(flags.Where(f => f.Value is not null));
        try
        {
            return builder.Build();
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or System.Text.Json.JsonException)
        {
            throw new ConfigurationException([$"cannot read the configuration: {e.Message}"]);
        }
    }

    /// <summary>Binds and validates every section.</summary>
    /// <exception cref="ConfigurationException">A value does not convert or does not validate.</exception>
    public static AnchorSettings Load(IConfiguration configuration)
    {
        var problems = new List<string>();
        var ledger = Bind<LedgerOptions>(configuration, LedgerOptions.Section, problems);
        var chain = Bind<ChainOptions>(configuration, ChainOptions.Section, problems);
        var worker = Bind<WorkerOptions>(configuration, WorkerOptions.Section, problems);
        var publishers = Bind<PublishersOptions>(configuration, PublishersOptions.Section, problems);
        var deployer = Bind<Anchor.Ethereum.Keys.KeySourceOptions>(configuration, DeployerSection, problems);
        Check(new OptionsValidators.Ledger().Validate(null, ledger), problems);
        Check(new OptionsValidators.Chain().Validate(null, chain), problems);
        Check(new OptionsValidators.Worker().Validate(null, worker), problems);
        Check(new OptionsValidators.Publishers().Validate(null, publishers), problems);
        if (problems.Count > 0) throw new ConfigurationException(problems);
        return new AnchorSettings(ledger, chain, worker, publishers, deployer);
    }

    private static T Bind<T>(IConfiguration configuration, string section, List<string> problems) where T : new()
    {
        var options = new T();
        try
        {
            configuration.GetSection(section).Bind(options, o => o.ErrorOnUnknownConfiguration = typeof(T) != typeof(PublishersOptions));
        }
        catch (InvalidOperationException e)
        {
            // The binder names the key whose value did not convert, or the unknown key.
            problems.Add($"{section}: {e.Message}{(e.InnerException is { } inner ? " " + inner.Message : "")}");
        }
        return options;
    }

    private static void Check(ValidateOptionsResult result, List<string> problems)
    {
        if (result.Failed) problems.AddRange(result.Failures ?? []);
    }
}
