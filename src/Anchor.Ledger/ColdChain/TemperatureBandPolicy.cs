using Anchor.Ledger.Sample;
using Anchor.Ledger.Epcis.Identifiers;

namespace Anchor.Ledger.ColdChain;

/// <summary>
/// Which <see cref="TemperatureBand"/> applies to a product: a band per GTIN where one is
/// configured, the default band otherwise. GTINs are compared in their 14-digit form, so a
/// GTIN-13 and its zero-padded GTIN-14 name the same product.
/// </summary>
public sealed class TemperatureBandPolicy
{
    private readonly Dictionary<string, TemperatureBand> _bandsByGtin = new(StringComparer.Ordinal);

    /// <summary>A policy with <paramref name="defaultBand"/> and optional per-GTIN bands.</summary>
    /// <exception cref="FormatException">A key is not a GTIN with a valid check digit.</exception>
    /// <exception cref="ArgumentException">Two keys name the same GTIN.</exception>
    public TemperatureBandPolicy(
        TemperatureBand defaultBand, IEnumerable<KeyValuePair<string, TemperatureBand>>? bandsByGtin = null)
    {
        ArgumentNullException.ThrowIfNull(defaultBand);
        DefaultBand = defaultBand;
        foreach (var (gtin, band) in bandsByGtin ?? [])
        {
            ArgumentNullException.ThrowIfNull(band);
            var key = NormalizeGtin(gtin);
            // A silent overwrite could give a product a wider band than intended.
            if (!_bandsByGtin.TryAdd(key, band))
            {
                throw new ArgumentException($"GTIN {key} has more than one temperature band", nameof(bandsByGtin));
            }
        }
    }

    /// <summary>The policy with only the 2–8 °C default.</summary>
    public static TemperatureBandPolicy Standard { get; } = new(TemperatureBand.Default);

    /// <summary>The band for GTINs without one of their own.</summary>
    public TemperatureBand DefaultBand { get; }

    /// <summary>The configured bands, keyed by GTIN-14.</summary>
    public IReadOnlyDictionary<string, TemperatureBand> BandsByGtin => _bandsByGtin;

    /// <summary>The band for <paramref name="gtin"/> (GTIN-8, -12, -13 or -14).</summary>
    /// <exception cref="FormatException">Not a GTIN with a valid check digit.</exception>
    public TemperatureBand BandFor(string gtin) =>
        _bandsByGtin.TryGetValue(NormalizeGtin(gtin), out var band) ? band : DefaultBand;

    /// <summary>The 14-digit form of a GTIN-8, -12, -13 or -14.</summary>
    /// <exception cref="FormatException">Not 8, 12, 13 or 14 digits, or a wrong check digit.</exception>
    public static string NormalizeGtin(string gtin)
    {
        ArgumentNullException.ThrowIfNull(gtin);
        if (gtin.Length is not (8 or 12 or 13 or 14) || !gtin.All(char.IsAsciiDigit))
        {
            throw new FormatException($"'{gtin}' is not a GTIN: expected 8, 12, 13 or 14 digits");
        }
        if (!Gs1CheckDigit.IsValid(gtin))
        {
            throw new FormatException($"'{gtin}' is not a GTIN: its check digit is wrong");
        }
        return gtin.PadLeft(14, '0');
    }
}
