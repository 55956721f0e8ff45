using System.Globalization;
using Anchor.Ledger.ColdChain;

namespace Anchor.Indexer.Verification;

/// <summary>
/// The <c>coldChain</c> check (SPEC section 7): the summary recomputed from the tagged batch's own
/// entries (docs/cold-chain.md, with the bundle's band) must have the claimed verdict, readings,
/// lowest and highest temperature and time outside (durations compared by length). An excursion
/// passes and is reported as a warning. The claim's other fields are not named by the spec; a
/// difference there is a warning only, as in the JavaScript verifier.
/// </summary>
internal static class ColdChainCheck
{
    /// <summary>Runs the check; <paramref name="summary"/> is the recomputed summary when there is one.</summary>
    public static Outcome Run(EvidenceBundle bundle, ParsedEvents events, List<string> warnings, out ColdChainSummary? summary)
    {
        summary = null;
        var own = Enumerable.Range(0, bundle.Entries.Count).Where(p => bundle.IsTagged(bundle.Entries[p])).ToList();
        if (own.Count == 0) return Outcome.Skipped("not checked: no entry of the tagged batch");
        if (!own.All(events.Contains)) return Outcome.Skipped("not checked: an event of the batch is not a JSON object");

        var claim = bundle.ColdChain;
        var band = new TemperatureBand(Clamped(claim.BandMinCelsius), Clamped(claim.BandMaxCelsius));
        try
        {
            summary = ColdChainAnalyzer.Summarize(own.Select(p => events.TryGet(p, out var e) ? e : default), band);
        }
        catch (Exception e) when (e is ArithmeticException or ArgumentException or FormatException or InvalidOperationException)
        {
            // Values beyond decimal's range (1e30 °F) are no temperatures; they cannot be judged either way.
            return Outcome.CannotCheck($"the cold-chain summary cannot be recomputed: {e.Message}");
        }

        var mismatches = new List<string>();
        if (claim.Verdict != summary.Verdict.ToString()) mismatches.Add($"verdict {claim.Verdict}, recomputed {summary.Verdict}");
        if (claim.Readings != summary.Readings) mismatches.Add($"{claim.Readings} readings, recomputed {summary.Readings}");
        if (!SameTemperature(claim.MinCelsius, summary.MinCelsius)) mismatches.Add($"minCelsius {Show(claim.MinCelsius)}, recomputed {Show(summary.MinCelsius)}");
        if (!SameTemperature(claim.MaxCelsius, summary.MaxCelsius)) mismatches.Add($"maxCelsius {Show(claim.MaxCelsius)}, recomputed {Show(summary.MaxCelsius)}");
        if (IsoDuration.ParseNanoseconds(claim.TimeOutside) != IsoDuration.Nanoseconds(summary.TimeOutside))
        {
            mismatches.Add($"time outside {claim.TimeOutside}, recomputed {IsoDuration.Format(summary.TimeOutside)}");
        }
        if (mismatches.Count > 0) return Outcome.Fail($"the bundle's cold-chain claim differs: {string.Join("; ", mismatches)}");

        warnings.AddRange(Notes(claim, summary));
        var range = summary.MinCelsius is null ? "" : $", {Show(summary.MinCelsius)} to {Show(summary.MaxCelsius)} °C";
        return Outcome.Pass($"{summary.Verdict} in {summary.Band}: {summary.Readings} readings, {summary.IntervalReports} interval reports{range}, " +
            $"{IsoDuration.Format(summary.TimeOutside)} outside (claim matches)");
    }

    private static IEnumerable<string> Notes(ColdChainClaim claim, ColdChainSummary summary)
    {
        foreach (var (name, claimed, recomputed) in new[]
                 {
                     ("intervalReports", claim.IntervalReports, summary.IntervalReports),
                     ("ignoredReports", claim.IgnoredReports, summary.IgnoredReports),
                     ("retractedEvents", claim.RetractedEvents, summary.RetractedEvents),
                 })
        {
            if (claimed is { } value && value != recomputed) yield return $"the claim gives {name} {value}, recomputed {recomputed}";
        }
        if (claim.ExcursionCount is { } count && count != summary.Excursions.Count)
        {
            yield return $"the claim lists {count} excursions, recomputed {summary.Excursions.Count}";
        }
        if (summary.Verdict == ColdChainVerdict.Excursion)
        {
            yield return $"cold chain: {summary.Excursions.Count} excursion(s) outside {summary.Band}, {IsoDuration.Format(summary.TimeOutside)} in all" +
                string.Concat(summary.Excursions.Select(e => string.Create(CultureInfo.InvariantCulture,
                    $"; {e.Direction.ToString().ToLowerInvariant()} {e.Start:yyyy-MM-dd'T'HH:mm:sszzz} – {e.End:yyyy-MM-dd'T'HH:mm:sszzz}, peak {e.PeakCelsius} °C ({e.Evidence})")));
        }
        if (summary.Verdict == ColdChainVerdict.NoData) yield return "cold chain: no temperature data; NoData is never a pass for the cold chain";
        if (summary.IgnoredReports > 0) yield return $"cold chain: {summary.IgnoredReports} temperature report(s) could not be read and were ignored";
    }

    /// <summary>
    /// A claimed temperature is a JSON double; like the JavaScript verifier, compare the decimal of
    /// its shortest round-trip form (6.9 is 6.9, not 6.9000000000000003552713678800500929355621337890625).
    /// </summary>
    private static bool SameTemperature(double? claimed, decimal? recomputed) =>
        claimed is null || recomputed is null ? claimed is null && recomputed is null : ToDecimal(claimed.Value) == recomputed;

    /// <summary>The decimal of a double's shortest form; null beyond decimal's range (about 7.9e28).</summary>
    private static decimal? ToDecimal(double value) =>
        decimal.TryParse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    // A band end beyond decimal's range judges every decimal reading as that end would.
    private static decimal Clamped(double value) => ToDecimal(value) ?? (value > 0 ? decimal.MaxValue : decimal.MinValue);

    private static string Show(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "null";

    private static string Show(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "null";
}
