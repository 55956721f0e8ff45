namespace Anchor.Ledger.ColdChain;

/// <summary>
/// The temperature range a product must stay in, in degrees Celsius. Both ends are allowed:
/// a reading of exactly 8 °C is inside a 2–8 °C band.
/// </summary>
public sealed record TemperatureBand
{
    /// <summary>The 2–8 °C band of refrigerated products, used unless a GTIN has its own.</summary>
    public static TemperatureBand Default { get; } = new(2m, 8m);

    /// <summary>A band from <paramref name="minCelsius"/> to <paramref name="maxCelsius"/>, inclusive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The minimum is above the maximum.</exception>
    public TemperatureBand(decimal minCelsius, decimal maxCelsius)
    {
        if (minCelsius > maxCelsius)
        {
            throw new ArgumentOutOfRangeException(
                nameof(minCelsius), minCelsius, $"a temperature band's minimum must not exceed its maximum ({maxCelsius} °C)");
        }
        MinCelsius = minCelsius;
        MaxCelsius = maxCelsius;
    }

    /// <summary>The lowest allowed temperature, °C.</summary>
    public decimal MinCelsius { get; }

    /// <summary>The highest allowed temperature, °C.</summary>
    public decimal MaxCelsius { get; }

    /// <summary>True when <paramref name="celsius"/> lies in the band, ends included.</summary>
    public bool Contains(decimal celsius) => celsius >= MinCelsius && celsius <= MaxCelsius;

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{MinCelsius}–{MaxCelsius} °C");
}
