using System.Globalization;
using System.Text;
using Anchor.Indexer.Model;
using Anchor.Indexer.Queries;
using Anchor.Ledger.ColdChain;

namespace Anchor.Indexer.Commands;

/// <summary>The text shape of <c>indexer batch</c>: a header, the recall and anchor state, the timeline and the cold chain.</summary>
internal static class BatchReportText
{
    public static string Describe(BatchReport r)
    {
        var text = new StringBuilder();
        var batch = r.Batch;
        text.AppendLine(Invariant($"Batch {batch.Batch}  (batch key {batch.Batch.Key})"));
        text.AppendLine(Invariant($"  publisher   {batch.Publisher.Name}, {r.Anchoring.Publisher?.ToString() ?? "address not known yet (never anchored)"}"));
        text.AppendLine($"  alliance    {Membership(r.Member)}");
        text.AppendLine($"  recall      {Recall(r)}");
        foreach (var input in batch.Inputs)
        {
            text.AppendLine(Invariant($"  input       {input.Batch}: {input.Entries.Count} event(s), consumed by the TransformationEvent at entry {input.TransformationEntry} of {input.ConsumedBy}"));
        }
        text.AppendLine($"  anchoring   {Anchoring(r.Anchoring, batch.AllEntries.Count)}");
        foreach (var flagged in r.Anchoring.Flagged)
        {
            text.AppendLine(Invariant(
                $"  WARNING     ROOT MISMATCH: this address anchored root {flagged.Root} at size {flagged.Size} (block {flagged.Position.BlockNumber}, tx {flagged.Position.TransactionHash}), but the ledger's root at that size is {flagged.Mapping.LedgerRoot}"));
        }
        foreach (var provisional in r.Anchoring.Provisional)
        {
            text.AppendLine(Invariant($"  provisional anchor at block {provisional.Position.BlockNumber}: size {provisional.Size}, not final yet"));
        }
        text.AppendLine();
        var table = new TextTable("TIME", "TYPE", "BIZSTEP", "DISPOSITION", "PLACE", "BATCH", "ENTRY", "ANCHORED");
        foreach (var e in r.Events)
        {
            table.Add(
                e.Facts.EventTime,
                e.Facts.EventType + (e.Facts.Action is { } action ? " " + action : "") + (e.Facts.IsErrorDeclaration ? " (error declaration)" : ""),
                e.Facts.BizStep ?? "-",
                e.Facts.Disposition ?? "-",
                e.Facts.Place ?? "-",
                e.IsInput ? $"input {e.Batch.Lot}" : "this batch",
                e.Entry.ToString(CultureInfo.InvariantCulture),
                e.Anchor is { } a ? Invariant($"block {a.Position.BlockNumber}") : "pending");
        }
        text.Append(table);
        text.AppendLine();
        text.AppendLine($"Cold chain  {ColdChain(r.ColdChain)}");
        if (r.Progress is { } progress)
        {
            text.AppendLine(Invariant($"Index       chain {progress.Identity.ChainId}, indexed to block {progress.LastBlock?.Number.ToString(CultureInfo.InvariantCulture) ?? "none"}, head {progress.LastHead?.ToString(CultureInfo.InvariantCulture) ?? "unknown"} at {TextTable.Time(progress.UpdatedAt)}"));
        }
        else
        {
            text.AppendLine("Index       the indexer has not run on this database: no anchor is known");
        }
        text.AppendLine();
        return text.ToString();
    }

    private static string Membership(AllianceMember? member) => member switch
    {
        null => "not an alliance member",
        { IsMember: true } => $"{member.Name} (alliance member since {TextTable.Time(member.AdmittedAt)})",
        _ => $"{member.Name} (removed from the alliance at {TextTable.Time(member.RemovedAt!.Value)})",
    };

    private static string Recall(BatchReport r)
    {
        if (r.Recalls.Count == 0) return r.Anchoring.Publisher is null ? "unknown (the publisher's address is not known)" : "not recalled";
        return string.Join("; ", r.Recalls.Select(x => Invariant(
            $"{(x.Batch == r.Batch.Batch ? "RECALLED" : $"INPUT {x.Batch} RECALLED")} at {TextTable.Time(x.Recall.Position.BlockTime)}: \"{x.Recall.Reason}\" (block {x.Recall.Position.BlockNumber}, tx {x.Recall.Position.TransactionHash})")));
    }

    private static string Anchoring(BatchAnchoring anchoring, int entries)
    {
        if (anchoring.LatestCoveringAll is { } latest)
        {
            return Invariant(
                $"all {entries} entries anchored; latest anchor covering them all: size {latest.Size}, root {latest.Root}, block {latest.Position.BlockNumber} ({latest.Position.BlockHash}) at {TextTable.Time(latest.Position.BlockTime)}, tx {latest.Position.TransactionHash} log {latest.Position.LogIndex}");
        }
        return Invariant($"{anchoring.PendingEntries} of {entries} entries not yet covered by a final anchor that matches the ledger");
    }

    private static string ColdChain(ColdChainSummary s) => s.Verdict switch
    {
        ColdChainVerdict.NoData => $"no temperature readings (band {s.Band})",
        _ => Invariant($"{s.Verdict} against {s.Band}: {s.Readings} reading(s), {s.IntervalReports} interval report(s), min {s.MinCelsius} °C, max {s.MaxCelsius} °C, {s.Excursions.Count} excursion(s), {s.TimeOutside} outside the band"),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
