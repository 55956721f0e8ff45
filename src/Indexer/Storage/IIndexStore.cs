using Anchor.Ethereum;
using Anchor.Indexer.Model;

namespace Anchor.Indexer.Storage;

/// <summary>
/// The index's one seam to its database: SQLite in the shared file is the default
/// (<see cref="Sqlite.SqliteIndexStore"/>); a PostgreSQL store implements this and nothing else
/// changes. Every write is one transaction. Rows are keyed by (transaction hash, log index), so
/// writing the same log again changes nothing.
/// </summary>
public interface IIndexStore : IIndexReader
{
    /// <summary>
    /// Empties the index and starts it over for <paramref name="identity"/>: on the first run, after
    /// a chain reset, or when the deployment changed.
    /// </summary>
    /// <param name="identity">The chain and contracts to index from now on.</param>
    /// <param name="reason">Why, for the status; null on a first start.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task ResetAsync(ChainIdentity identity, string? reason, CancellationToken cancellationToken = default);

    /// <summary>The reorg window: the stored hashes of the latest indexed blocks, newest first.</summary>
    Task<IReadOnlyList<BlockRef>> ReadWindowAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes a range's data, its window blocks and the new progress in one transaction.</summary>
    /// <exception cref="IndexProgressConflictException">The range does not start right after the stored progress (another indexer wrote meanwhile).</exception>
    Task CommitChunkAsync(IndexedChunk chunk, CancellationToken cancellationToken = default);

    /// <summary>
    /// Drops everything above <paramref name="ancestor"/> (data, window, provisional anchors) and
    /// sets the progress to it, in one transaction.
    /// </summary>
    Task RollBackAsync(BlockRef ancestor, string description, CancellationToken cancellationToken = default);

    /// <summary>Replaces the provisional anchors with <paramref name="anchors"/> and records the head they were read at.</summary>
    Task ReplaceProvisionalAsync(IReadOnlyList<IndexedAnchor> anchors, ulong head, CancellationToken cancellationToken = default);

    /// <summary>Records a failed step (or clears the error with null) for the status.</summary>
    Task RecordErrorAsync(string? message, CancellationToken cancellationToken = default);

    /// <summary>Addresses with final anchors not yet mapped to a ledger (ledger behind, or not ours), with the smallest such size.</summary>
    Task<IReadOnlyList<(Address Publisher, ulong SmallestSize)>> UnmappedPublishersAsync(CancellationToken cancellationToken = default);

    /// <summary>The final anchors of <paramref name="publisher"/> not yet mapped, with size up to <paramref name="maxSize"/>, by size.</summary>
    Task<IReadOnlyList<IndexedAnchor>> UnmappedAnchorsAsync(Address publisher, ulong maxSize, CancellationToken cancellationToken = default);

    /// <summary>Stores new mappings of already indexed anchors, and their batch→anchor rows, in one transaction.</summary>
    Task RemapAsync(IReadOnlyList<IndexedAnchor> anchors, IReadOnlyList<BatchAnchorCoverage> coverage, CancellationToken cancellationToken = default);
}

/// <summary>
/// A range did not continue the stored progress: something else (a second indexer on the same
/// database) moved it. Nothing was written; the next step starts from the stored progress.
/// </summary>
public sealed class IndexProgressConflictException(ulong expectedFrom, ulong actualFrom)
    : Exception($"the index expected block {expectedFrom} next but was given a range from block {actualFrom}; is another indexer writing to the same database?")
{
    /// <summary>The block the stored progress asks for.</summary>
    public ulong ExpectedFrom { get; } = expectedFrom;

    /// <summary>The block the range started at.</summary>
    public ulong ActualFrom { get; } = actualFrom;
}
