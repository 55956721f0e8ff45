using Anchor.Configuration;
using Anchor.Ledger.ColdChain;
using Anchor.Ledger.Sample;
using Microsoft.Extensions.Configuration;

namespace Anchor.Indexer.Configuration;

/// <summary>
/// Everything the indexer is configured with: Anchor's shared sections (Ledger, Chain, …) and the
/// "Indexer" section, bound and validated together so that one message lists every problem.
/// </summary>
/// <param name="Anchor">The shared sections.</param>
/// <param name="Indexer">The "Indexer" section.</param>
/// <param name="TemperatureBands">The cold-chain bands built from Indexer:ColdChain.</param>
public sealed record IndexerSettings(AnchorSettings Anchor, IndexerOptions Indexer, TemperatureBandPolicy TemperatureBands)
{
    /// <summary>How many blocks below the head stay provisional: Chain:Confirmations − 1.</summary>
    public ulong ConfirmationDepth => (ulong)(Anchor.Chain.Confirmations - 1);

    /// <summary>Binds and validates every section.</summary>
    /// <exception cref="ConfigurationException">A value does not convert or does not validate; every problem names its key.</exception>
    public static IndexerSettings Load(IConfiguration configuration)
    {
        var problems = new List<string>();
        AnchorSettings? anchor = null;
        try
        {
            anchor = AnchorSettings.Load(configuration);
        }
        catch (ConfigurationException e)
        {
            problems.AddRange(e.Problems);
        }
        var indexer = new IndexerOptions();
        try
        {
            configuration.GetSection(IndexerOptions.Section).Bind(indexer, o => o.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException e)
        {
            // The binder names the key whose value did not convert, or the unknown key.
            problems.Add($"{IndexerOptions.Section}: {e.Message}{(e.InnerException is { } inner ? " " + inner.Message : "")}");
        }
        var validation = new IndexerOptionsValidator().Validate(null, indexer);
        if (validation.Failed) problems.AddRange(validation.Failures ?? []);
        if (anchor is not null && indexer.ReorgWindow < anchor.Chain.Confirmations)
        {
            // Blocks still provisional by the depth rule must fit in the window, or a reorg of
            // merely unconfirmed blocks could look deeper than the window.
            problems.Add($"{IndexerOptionsValidator.Key("ReorgWindow")}: {indexer.ReorgWindow} is below " +
                $"{ConfigurationKeys.Describe("Chain:Confirmations")} ({anchor.Chain.Confirmations})");
        }
        var bands = problems.Count == 0 ? BuildBands(indexer.ColdChain, problems) : null;
        if (problems.Count > 0) throw new ConfigurationException(problems);
        return new IndexerSettings(anchor!, indexer, bands!);
    }

    private static TemperatureBandPolicy? BuildBands(ColdChainOptions options, List<string> problems)
    {
        var defaultBand = new TemperatureBand(options.MinCelsius, options.MaxCelsius);
        var bands = new Dictionary<string, TemperatureBand>(StringComparer.Ordinal);
        if (options.BrandsFile.Length > 0)
        {
            try
            {
                foreach (var (gtin, band) in SampleManifestReader.ReadTemperatureBands(options.BrandsFile, defaultBand).BandsByGtin) bands[gtin] = band;
            }
            catch (Exception e) when (e is FormatException or IOException or ArgumentException)
            {
                problems.Add($"{IndexerOptionsValidator.Key("ColdChain:BrandsFile")}: {e.Message}");
                return null;
            }
        }
        // Configured bands override the brands file's, GTIN by GTIN.
        foreach (var (gtin, range) in options.Gtins)
        {
            bands[TemperatureBandPolicy.NormalizeGtin(gtin)] = new TemperatureBand(range.MinCelsius, range.MaxCelsius);
        }
        return new TemperatureBandPolicy(defaultBand, bands);
    }
}
