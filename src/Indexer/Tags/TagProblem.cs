namespace Anchor.Indexer.Tags;

/// <summary>Why no tag could be issued.</summary>
public enum TagProblemKind
{
    /// <summary>The GTIN or lot is malformed.</summary>
    BadBatch,
    /// <summary>No ledger here holds the batch.</summary>
    NotFound,
    /// <summary>Several publishers' ledgers hold the batch; name one.</summary>
    Ambiguous,
    /// <summary>Some of the batch's entries are not yet covered by a confirmed anchor.</summary>
    NotAnchored,
    /// <summary>The publisher's key anchored a root the ledger does not hold; no tag until that is resolved.</summary>
    RootMismatch,
    /// <summary>The bundle to refresh is not one of this batch's, or cannot be read.</summary>
    BadRefresh,
}

/// <summary>A tag cannot be issued; the message says why and what to do.</summary>
public sealed class TagException(TagProblemKind kind, string message) : Exception(message)
{
    public TagProblemKind Kind { get; } = kind;
}
