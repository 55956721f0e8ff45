namespace Anchor.Ledger.Sample;

/// <summary>
/// Derives independent, reproducible numbers from the user's seed. SplitMix64's finaliser is a
/// bijection on 64 bits, so distinct inputs never collide; that is what keeps event IDs unique.
/// </summary>
internal static class SeedMixer
{
    /// <summary>SplitMix64: scatters <paramref name="x"/> over 64 bits, one to one.</summary>
    public static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary>
    /// The seed of one brand's <see cref="Random"/>: each brand draws from its own sequence, so
    /// brands can be generated in parallel and still give the same bytes.
    /// </summary>
    public static int BrandSeed(int seed, int brandIndex) =>
        (int)(Mix(((ulong)(uint)seed << 32) | (uint)brandIndex) & int.MaxValue);
}
