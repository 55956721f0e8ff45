using System.Text.Json;
using Anchor.Ledger.Epcis.Identifiers;

namespace Anchor.Indexer.Verification;

/// <summary>
/// The GS1 rules a bundle's batch and entries must follow: a GTIN-14 with its check digit
/// (<see cref="Gs1CheckDigit"/>), and a lot of 1 to 20 characters of GS1 AI character set 82.
/// Anchor.Ledger's own readers of these are internal to the ledger, so the few lines live here;
/// the reasons are worded as the JavaScript verifier words them.
/// </summary>
internal static class Gs1Names
{
    private const int MaxLotLength = 20;

    /// <summary>Why <paramref name="gtin"/> is not a GTIN-14, or null when it is one.</summary>
    /// <summary>Why <paramref name="gtin"/> is not a GTIN-14 with its check digit, or null.</summary>
    public static string? GtinProblem(string gtin) => Gtin.DescribeProblem(gtin);

    /// <summary>Why <paramref name="lot"/> is not a GS1 lot (AI 10: 1 to 20 characters of set 82), or null.</summary>
    public static string? LotProblem(string lot) => Gs1CharacterSet82.DescribeProblem(lot, MaxLotLength, "lot");

    public static string Quote(string text) => JsonSerializer.Serialize(text, VerificationReportJson.Options);
}
