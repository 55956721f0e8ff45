namespace Anchor.Ledger.Sample;

/// <summary>
/// The draws a journey needs, over one <see cref="Random"/> built from the seed: never the clock,
/// never <see cref="Guid.NewGuid"/>, so that a seed always gives the same bytes.
/// </summary>
internal sealed class ScenarioRandom(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => _random.NextDouble() < probability;

    /// <summary>An integer from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => _random.Next(min, max + 1);

    /// <summary>A real number from <paramref name="min"/> up to <paramref name="max"/>.</summary>
    public double Between(double min, double max) => min + _random.NextDouble() * (max - min);

    /// <summary>A whole number of minutes from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public TimeSpan Minutes(int min, int max) => TimeSpan.FromMinutes(Between(min, max));

    /// <summary>A whole number of hours from <paramref name="min"/> to <paramref name="max"/>, plus 0–59 minutes.</summary>
    public TimeSpan Hours(int min, int max) => TimeSpan.FromHours(Between(min, max)) + TimeSpan.FromMinutes(Between(0, 59));

    /// <summary>One of <paramref name="items"/>, uniformly.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>A decimal from <paramref name="min"/> to <paramref name="max"/>, with <paramref name="decimals"/> places.</summary>
    public decimal Decimal(decimal min, decimal max, int decimals)
    {
        var scale = (long)Math.Pow(10, decimals);
        var low = (long)(min * scale);
        var high = (long)(max * scale);
        return (decimal)_random.NextInt64(low, high + 1) / scale;
    }

    /// <summary>Roughly normal noise with mean 0 and standard deviation 1 (sum of four uniforms).</summary>
    public double Noise() =>
        (_random.NextDouble() + _random.NextDouble() + _random.NextDouble() + _random.NextDouble() - 2.0) * 1.732;
}
