namespace Anchor.Indexer.Configuration;

/// <summary>
/// Section "Indexer": how the indexer follows the chain. The confirmation depth is not here: a
/// block is final once it has <c>Chain:Confirmations</c> confirmations (itself included), the same
/// rule the anchoring worker and the verifiers use, so the indexer reads logs up to
/// head − (Chain:Confirmations − 1).
/// </summary>
public sealed class IndexerOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Indexer";

    /// <summary>The most blocks one <c>eth_getLogs</c> call covers; the range halves when a provider refuses it and grows back slowly.</summary>
    public int MaxBlockRange { get; set; } = 2000;

    /// <summary>The fewest blocks a range shrinks to; a provider that refuses even this stops the indexer with an error.</summary>
    public int MinBlockRange { get; set; } = 1;

    /// <summary>
    /// How many of the latest indexed blocks keep their hashes to detect a reorg and find the
    /// common ancestor. A reorg deeper than this halts the indexer.
    /// </summary>
    public int ReorgWindow { get; set; } = 64;

    /// <summary>How long the follower waits for new blocks once it has caught up.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait after a failed step (node down, database busy) before the next try.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Temperature bands for the cold-chain summary of <c>indexer batch</c>.</summary>
    public ColdChainOptions ColdChain { get; set; } = new();
}

/// <summary>
/// Section "Indexer:ColdChain": the temperature band a batch's readings are judged against. The
/// default band applies to any GTIN without its own; bands come from a sample's brands.json
/// (<see cref="BrandsFile"/>) and then from <see cref="Gtins"/>, which wins.
/// </summary>
public sealed class ColdChainOptions
{
    /// <summary>The default band's lowest temperature, °C.</summary>
    public decimal MinCelsius { get; set; } = 2m;

    /// <summary>The default band's highest temperature, °C.</summary>
    public decimal MaxCelsius { get; set; } = 8m;

    /// <summary>Bands by GTIN (8, 12, 13 or 14 digits).</summary>
    public Dictionary<string, TemperatureRangeOptions> Gtins { get; set; } = new(StringComparer.Ordinal);

    /// <summary>A brands.json (as <c>anchor sample</c> writes it) to read per-product bands from; empty for none.</summary>
    public string BrandsFile { get; set; } = "";
}

/// <summary>One GTIN's band, °C, both ends allowed.</summary>
public sealed class TemperatureRangeOptions
{
    /// <summary>The lowest allowed temperature, °C.</summary>
    public decimal MinCelsius { get; set; }

    /// <summary>The highest allowed temperature, °C.</summary>
    public decimal MaxCelsius { get; set; }
}
