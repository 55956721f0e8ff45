namespace Anchor.Ledger.ColdChain;

/// <summary>
/// Converts the UN/ECE Recommendation 20 temperature units that EPCIS sensor reports use to
/// degrees Celsius.
/// </summary>
internal static class TemperatureUnits
{
    /// <summary>Converted values are rounded to this many decimals: far below any logger's accuracy.</summary>
    public const int ConvertedDecimals = 3;

    /// <summary>
    /// Converts <paramref name="value"/> in <paramref name="uom"/> (CEL, FAH or KEL) to °C. Any
    /// other unit, or none, is refused: guessing the unit of a cold-chain reading could turn an
    /// excursion into a pass.
    /// </summary>
    /// <summary>True for the units this method converts: CEL, FAH and KEL.</summary>
    public static bool IsKnown(string? uom) => uom is "CEL" or "FAH" or "KEL";

    public static bool TryToCelsius(decimal value, string? uom, out decimal celsius)
    {
        switch (uom)
        {
            case "CEL":
                celsius = value;
                return true;
            case "FAH":
                celsius = Tidy((value - 32m) * 5m / 9m);
                return true;
            case "KEL":
                celsius = Tidy(value - 273.15m);
                return true;
            default:
                celsius = 0;
                return false;
        }
    }

    // Rounds, then drops trailing zeros so that 40.46 °F reads as 4.7 °C, not 4.700.
    private static decimal Tidy(decimal celsius) =>
        decimal.Round(celsius, ConvertedDecimals, MidpointRounding.AwayFromZero) / 1.000000000000000000000000000000000m;
}
