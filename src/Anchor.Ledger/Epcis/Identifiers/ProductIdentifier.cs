namespace Anchor.Ledger.Epcis.Identifiers;

/// <summary>
/// A GS1 identifier that names a trade item: its GTIN-14 and, where the identifier carries them,
/// its batch/lot (AI 10) and serial (AI 21). Lot and serial are decoded (no percent-escapes).
/// </summary>
/// <param name="Gtin14">The GTIN with a verified check digit, 14 digits.</param>
/// <param name="Lot">The batch/lot, or null when the identifier names none (SGTIN, GTIN-only link).</param>
/// <param name="Serial">The serial, or null.</param>
internal sealed record ProductIdentifier(string Gtin14, string? Lot, string? Serial);

/// <summary>
/// The outcome of reading one URI as a product identifier: a product identifier, a problem (the
/// URI is written in a GS1 product form but breaks its rules), or neither (some other identifier,
/// such as an SSCC, a GLN or a non-GS1 URI, which Anchor does not interpret).
/// </summary>
internal readonly record struct IdentifierReading(ProductIdentifier? Identifier, string? Problem)
{
    /// <summary>The URI is not a product identifier.</summary>
    public static IdentifierReading NotAProduct => default;

    public static IdentifierReading Valid(ProductIdentifier identifier) => new(identifier, null);

    public static IdentifierReading Invalid(string problem) => new(null, problem);
}
