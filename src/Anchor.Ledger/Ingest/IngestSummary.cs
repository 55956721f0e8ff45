namespace Anchor.Ledger.Ingest;

/// <summary>What happened to one input document.</summary>
/// <param name="Source">The file (or "&lt;stdin&gt;").</param>
/// <param name="Accepted">Events appended to the log.</param>
/// <param name="Duplicates">Events the log already held (same event hash ID), skipped.</param>
/// <param name="Rejected">Events read from a rejected document up to its first error, none of them stored.</param>
/// <param name="Error">Why the document was rejected; null when it landed.</param>
public sealed record DocumentOutcome(string Source, int Accepted, int Duplicates, int Rejected, string? Error)
{
    /// <summary>True when the document's events landed (or were all duplicates).</summary>
    public bool Landed => Error is null;
}

/// <summary>The totals of one ingest run.</summary>
public sealed record IngestSummary(string Publisher, IReadOnlyList<DocumentOutcome> Documents, ulong LogSize)
{
    public int Accepted => Documents.Sum(d => d.Accepted);
    public int Duplicates => Documents.Sum(d => d.Duplicates);
    public int Rejected => Documents.Sum(d => d.Rejected);
    public int RejectedDocuments => Documents.Count(d => !d.Landed);
}
