using System.Text.Json;
using Anchor.Ethereum;
using Anchor.Indexer.Batches;
using Anchor.Indexer.Storage;
using Anchor.Ledger.ColdChain;
using Anchor.Ledger.Storage;

namespace Anchor.Indexer.Queries;

/// <summary>Builds the <see cref="BatchReport"/> of <c>indexer batch GTIN LOT</c> from the ledger and the index.</summary>
public sealed class BatchReportBuilder(ILedgerStore ledger, IIndexReader index, TemperatureBandPolicy bands)
{
    /// <summary>The batch's report for every publisher whose log holds it (normally one); empty if none does.</summary>
    public async Task<IReadOnlyList<BatchReport>> BuildAsync(BatchRef batch, CancellationToken cancellationToken = default)
    {
        var reports = new List<BatchReport>();
        var progress = await index.ReadProgressAsync(cancellationToken);
        foreach (var assembled in await new BatchAssembler(ledger).FindAsync(batch, cancellationToken))
        {
            reports.Add(await BuildAsync(assembled, progress, cancellationToken));
        }
        return reports;
    }

    private async Task<BatchReport> BuildAsync(AssembledBatch batch, Model.IndexProgress? progress, CancellationToken cancellationToken)
    {
        var anchoring = await new BatchAnchorLookup(index).LookupAsync(batch, cancellationToken);
        var anchorOf = anchoring.Entries.ToDictionary(e => e.EntryIndex, e => e.FirstCoveredBy);
        var events = batch.Timeline
            .Select(t => new BatchEvent(t.Entry.Index, t.Batch, t.IsInput, EventFacts.Of(t.Entry), anchorOf[t.Entry.Index]))
            .ToArray();
        var recalls = new List<BatchRecall>();
        Model.AllianceMember? member = null;
        if (anchoring.Publisher is { } address)
        {
            foreach (var recalled in new[] { batch.Batch }.Concat(batch.Inputs.Select(i => i.Batch)))
            {
                var byPublisher = (await index.RecallsAsync(Bytes32.FromBytes(recalled.Key.ToArray()), cancellationToken)).Where(r => r.Publisher == address);
                recalls.AddRange(byPublisher.Select(r => new BatchRecall(recalled, r)));
            }
            member = await index.MemberAsync(address, cancellationToken);
        }
        var coldChain = ColdChainAnalyzer.Summarize(batch.Entries.Select(Parse), bands, batch.Batch.Gtin);
        return new BatchReport(batch, events, anchoring, recalls, member, coldChain, progress);
    }

    private static JsonElement Parse(Ledger.Entries.LedgerEntry entry)
    {
        using var document = JsonDocument.Parse(entry.EventBytes);
        return document.RootElement.Clone();
    }
}
