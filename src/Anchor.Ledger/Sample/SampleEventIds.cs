using System.Globalization;

namespace Anchor.Ledger.Sample;

/// <summary>
/// Event IDs as <c>urn:uuid:</c> version-8 UUIDs (RFC 9562, "custom"): 60 bits from the seed and
/// 62 bits that are a one-to-one scrambling of (brand, batch, event ordinal). Same seed, same IDs;
/// no two events of a run share one, which random draws could not promise.
/// </summary>
internal sealed class SampleEventIds(int seed)
{
    private const ulong Mask62 = (1UL << 62) - 1;
    private readonly ulong _seedBits = SeedMixer.Mix((ulong)(uint)seed ^ 0x5EED_0000_A11C_E000UL);

    /// <summary>The ID of event <paramref name="ordinal"/> of batch <paramref name="batch"/> of brand <paramref name="brand"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">brand ≥ 16, batch ≥ 2^42 or ordinal ≥ 2^16.</exception>
    public string For(int brand, long batch, int ordinal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(brand);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(brand, 16);
        ArgumentOutOfRangeException.ThrowIfNegative(batch);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(batch, 1L << 42);
        ArgumentOutOfRangeException.ThrowIfNegative(ordinal);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ordinal, 1 << 16);

        var counter = ((ulong)brand << 58) | ((ulong)batch << 16) | (uint)ordinal;
        var low = Scramble62(counter ^ (_seedBits & Mask62));
        var high = _seedBits;
        // xxxxxxxx-xxxx-8xxx-[89ab]xxx-xxxxxxxxxxxx: 48 + 12 bits of seed, then the variant and 62 bits.
        var timeLow = (uint)(high >> 32);
        var timeMid = (ushort)(high >> 16);
        var versioned = (ushort)(0x8000 | ((high >> 4) & 0x0FFF));
        var variant = (ushort)(0x8000 | (low >> 48));
        var node = low & 0xFFFF_FFFF_FFFFUL;
        return string.Create(CultureInfo.InvariantCulture,
            $"urn:uuid:{timeLow:x8}-{timeMid:x4}-{versioned:x4}-{variant:x4}-{node:x12}");
    }

    // xor-shift-right and multiplication by an odd constant modulo 2^62 are both invertible, so
    // the composition is a bijection on 62-bit values.
    private static ulong Scramble62(ulong x)
    {
        x &= Mask62;
        x ^= x >> 31;
        x = (x * 0x7FB5D329728EA185UL) & Mask62;
        x ^= x >> 27;
        x = (x * 0x81DADEF4BC2DD44DUL) & Mask62;
        return x ^ (x >> 33);
    }
}
