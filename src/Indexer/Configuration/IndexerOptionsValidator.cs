using Anchor.Configuration;
using Microsoft.Extensions.Options;

namespace Anchor.Indexer.Configuration;

/// <summary>
/// Start-up checks of the "Indexer" section. Each failure names the key in its appsettings and its
/// environment spelling, as Anchor.Hosting's validators do, so a bad value stops the indexer
/// before it touches the database or the chain.
/// </summary>
public sealed class IndexerOptionsValidator : IValidateOptions<IndexerOptions>
{
    /// <summary>The most blocks a reorg window may hold: each is one stored row and one header to compare.</summary>
    public const int MaxReorgWindow = 10_000;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, IndexerOptions options)
    {
        var failures = new List<string>();
        if (options.MaxBlockRange < 1) failures.Add($"{Key("MaxBlockRange")}: {options.MaxBlockRange} must be 1 or more");
        if (options.MinBlockRange < 1) failures.Add($"{Key("MinBlockRange")}: {options.MinBlockRange} must be 1 or more");
        if (options.MinBlockRange > options.MaxBlockRange)
        {
            failures.Add($"{Key("MinBlockRange")}: {options.MinBlockRange} is above {Key("MaxBlockRange")} ({options.MaxBlockRange})");
        }
        if (options.ReorgWindow is < 1 or > MaxReorgWindow)
        {
            failures.Add($"{Key("ReorgWindow")}: {options.ReorgWindow} is outside 1 to {MaxReorgWindow}");
        }
        if (options.PollInterval <= TimeSpan.Zero) failures.Add($"{Key("PollInterval")}: {options.PollInterval} must be above zero");
        if (options.MaxBackoff <= TimeSpan.Zero) failures.Add($"{Key("MaxBackoff")}: {options.MaxBackoff} must be above zero");
        ValidateColdChain(options.ColdChain, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateColdChain(ColdChainOptions coldChain, List<string> failures)
    {
        if (coldChain.MinCelsius > coldChain.MaxCelsius)
        {
            failures.Add($"{Key("ColdChain:MinCelsius")}: {coldChain.MinCelsius} is above {Key("ColdChain:MaxCelsius")} ({coldChain.MaxCelsius})");
        }
        foreach (var (gtin, band) in coldChain.Gtins)
        {
            try
            {
                Anchor.Ledger.ColdChain.TemperatureBandPolicy.NormalizeGtin(gtin);
            }
            catch (FormatException e)
            {
                failures.Add($"{Key($"ColdChain:Gtins:{gtin}")}: {e.Message}");
            }
            if (band.MinCelsius > band.MaxCelsius)
            {
                failures.Add($"{Key($"ColdChain:Gtins:{gtin}:MinCelsius")}: {band.MinCelsius} is above MaxCelsius ({band.MaxCelsius})");
            }
        }
        if (coldChain.BrandsFile.Length > 0 && !File.Exists(coldChain.BrandsFile))
        {
            failures.Add($"{Key("ColdChain:BrandsFile")}: {coldChain.BrandsFile} does not exist");
        }
    }

    /// <summary>"Indexer:MaxBlockRange (ANCHOR__Indexer__MaxBlockRange)".</summary>
    public static string Key(string key) => ConfigurationKeys.Describe($"{IndexerOptions.Section}:{key}");
}
