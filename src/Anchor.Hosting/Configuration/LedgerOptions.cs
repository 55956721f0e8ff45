namespace Anchor.Configuration;

/// <summary>Section "Ledger": where the ledger lives.</summary>
public sealed class LedgerOptions
{
    public const string Section = "Ledger";

    /// <summary>The SQLite file shared by the ledger, the worker and the indexer.</summary>
    public string Database { get; set; } = Path.Combine(".anchor", "anchor.db");

    /// <summary>The publisher that <c>anchor ingest</c> writes to when no --publisher is given.</summary>
    public string DefaultPublisher { get; set; } = "default";
}
