namespace Anchor.Ledger.Sample;

/// <summary>An export market: the importer who receives there, and the airport cargo terminal goods arrive at.</summary>
internal sealed record Market(
    string Code, string CountryCode, string ImporterName, Gs1Key Importer, Gs1Key ArrivalTerminal, UtcOffsetRule Clock);

/// <summary>A Chinese airport of export: its cargo terminal and the customs office that clears goods there.</summary>
internal sealed record ExportPort(string Code, Gs1Key CargoTerminal, Gs1Key CustomsOffice)
{
    /// <summary>All airports of export are in China.</summary>
    public static UtcOffsetRule Clock { get; } = UtcOffsetRule.Fixed(8);
}
