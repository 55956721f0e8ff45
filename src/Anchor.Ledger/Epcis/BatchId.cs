using Anchor.Ledger.Epcis.Identifiers;

namespace Anchor.Ledger.Epcis;

/// <summary>
/// A batch: a trade item's GTIN and a lot, the unit a brand records traceability for and an
/// importer scans. Written as the GS1 element string <c>(01)09520123456788(10)ABC1</c>.
/// </summary>
/// <param name="Gtin14">The GTIN as 14 digits with a valid GS1 check digit.</param>
/// <param name="Lot">
/// The batch/lot as in GS1 AI (10): 1 to 20 characters of GS1 AI encodable character set 82,
/// decoded (no percent-escapes). Case matters: "ab1" and "AB1" are different lots.
/// </param>
/// <exception cref="ArgumentException">The GTIN or the lot breaks those rules.</exception>
public readonly record struct BatchId(string Gtin14, string Lot)
{
    /// <summary>The GTIN as 14 digits with a valid GS1 check digit.</summary>
    public string Gtin14 { get; } = Gtin.DescribeProblem(Gtin14) is { } problem
        ? throw new ArgumentException(problem, nameof(Gtin14))
        : Gtin14;

    /// <summary>The batch/lot, GS1 AI (10).</summary>
    public string Lot { get; } = Gs1CharacterSet82.DescribeProblem(Lot ?? "", 20, "lot") is { } problem
        ? throw new ArgumentException(problem, nameof(Lot))
        : Lot!;

    /// <summary>The GS1 element string, <c>(01)09520123456788(10)ABC1</c>.</summary>
    public override string ToString() => $"(01){Gtin14}(10){Lot}";
}
