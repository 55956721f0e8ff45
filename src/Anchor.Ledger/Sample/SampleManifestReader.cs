using System.Text.Json;
using Anchor.Ledger.ColdChain;

namespace Anchor.Ledger.Sample;

/// <summary>Reads what other components need from a sample's brands.json.</summary>
public static class SampleManifestReader
{
    /// <summary>
    /// The temperature band of every product listed in <paramref name="brandsJsonPath"/>, with
    /// <paramref name="defaultBand"/> (2–8 °C unless given) for any other GTIN.
    /// </summary>
    /// <exception cref="FormatException">The file is not a brands.json; the message names the place.</exception>
    public static TemperatureBandPolicy ReadTemperatureBands(string brandsJsonPath, TemperatureBand? defaultBand = null)
    {
        using var document = Parse(brandsJsonPath);
        var bands = new List<KeyValuePair<string, TemperatureBand>>();
        try
        {
            foreach (var brand in document.RootElement.GetProperty("brands").EnumerateArray())
            {
                foreach (var product in brand.GetProperty("products").EnumerateArray())
                {
                    var band = product.GetProperty("temperatureBand");
                    bands.Add(new(product.GetProperty("gtin").GetString()!,
                        new TemperatureBand(band.GetProperty("minCelsius").GetDecimal(), band.GetProperty("maxCelsius").GetDecimal())));
                }
            }
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new FormatException($"{brandsJsonPath}: brands[].products[] needs gtin and temperatureBand {{minCelsius, maxCelsius}}: {e.Message}", e);
        }
        return new TemperatureBandPolicy(defaultBand ?? TemperatureBand.Default, bands);
    }

    private static JsonDocument Parse(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path}: not JSON ({e.Message})", e);
        }
    }
}
