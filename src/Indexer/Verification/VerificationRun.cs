using System.Text.Json;
using Anchor.Ledger.ColdChain;

namespace Anchor.Indexer.Verification;

/// <summary>
/// The state of one verification while its checks run: results by name, warnings, the facts the
/// report shows, and the JSON documents to release at the end. <see cref="Finish"/> applies the
/// verdict rule of SPEC section 7.
/// </summary>
internal sealed class VerificationRun(VerifyOptions options) : IDisposable
{
    private readonly Dictionary<string, Outcome> _results = [];
    private readonly List<(string Check, List<string> Messages)> _warnings = [];
    private readonly List<JsonDocument> _documents = [];

    public ParsedEvents Events { get; } = new();

    public ChainFacts Facts { get; } = new();

    public EvidenceBundle? Bundle { get; set; }

    public ColdChainSummary? ColdChain { get; set; }

    public IReadOnlyList<TimelineEntry> Timeline { get; set; } = [];

    public void Set(string name, Outcome outcome) => _results[name] = outcome;

    /// <summary>The format check failed: nothing else can run.</summary>
    public void FailFormat(string reason)
    {
        Set(CheckNames.Format, Outcome.Fail(reason));
        foreach (var name in CheckNames.All.Skip(1)) Set(name, Outcome.Skipped("not checked: the bundle is not well-formed"));
    }

    /// <summary>Every check without a result, or with a pass, gets <paramref name="outcome"/>: nothing unfinished may read as valid.</summary>
    public void SetAllUnfinished(Outcome outcome)
    {
        foreach (var name in CheckNames.All)
        {
            if (!_results.TryGetValue(name, out var current) || current.Status == CheckStatus.Pass) Set(name, outcome);
        }
    }

    /// <summary>The list to add a check's warnings to.</summary>
    public List<string> WarningsOf(string check)
    {
        var list = new List<string>();
        _warnings.Add((check, list));
        return list;
    }

    public void Own(JsonDocument document) => _documents.Add(document);

    public VerificationReport Finish()
    {
        var checks = CheckNames.All
            .Select(name => _results.TryGetValue(name, out var o) ? new CheckResult(name, o.Status, o.Reason) : new CheckResult(name, CheckStatus.CannotCheck, "not run"))
            .ToList();
        var verdict = checks.Any(c => c.Status == CheckStatus.Fail) ? VerificationVerdict.Invalid
            : checks.Any(c => c.Status is CheckStatus.CannotCheck or CheckStatus.Skipped) ? VerificationVerdict.CannotVerify
            : VerificationVerdict.Valid;
        var bundle = Bundle;
        return new VerificationReport
        {
            Verdict = verdict,
            Checks = checks,
            Warnings = _warnings.SelectMany(w => w.Messages.Select(m => new VerificationWarning(w.Check, m))).ToList(),
            Offline = options.Offline,
            MinConfirmations = options.MinConfirmations,
            Batch = bundle is null ? null : new BatchFacts(bundle.Batch.Gtin, bundle.Batch.Lot, bundle.Batch.BatchKey.ToString(), bundle.Batch.DigitalLink, Facts.Recall),
            Publisher = bundle is null ? null : new PublisherFacts(bundle.Publisher.AddressText, bundle.Publisher.AllianceName, Facts.Membership),
            Anchor = bundle is null ? null : new AnchorFacts(
                bundle.Anchor.Size, bundle.Anchor.Root.ToString(), bundle.Anchor.TransactionHash.ToString(), bundle.Anchor.BlockNumber,
                bundle.Anchor.BlockHash.ToString(), bundle.Anchor.LogIndex, bundle.Anchor.Timestamp, Facts.Confirmations, Facts.LatestBlock),
            ColdChain = ColdChain,
            Timeline = Timeline,
        };
    }

    public void Dispose()
    {
        Events.Dispose();
        foreach (var document in _documents) document.Dispose();
    }
}
