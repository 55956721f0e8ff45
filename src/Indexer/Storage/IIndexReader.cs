using Anchor.Ethereum;
using Anchor.Indexer.Model;

namespace Anchor.Indexer.Storage;

/// <summary>
/// Read access to the index: what the queries, and the tag and verification code, use. Final
/// data only holds blocks that are final by the confirmation rule; provisional anchors are kept
/// apart and say so (<see cref="IndexedAnchor.Provisional"/>).
/// </summary>
public interface IIndexReader
{
    /// <summary>The progress, or null if the indexer never ran on this database.</summary>
    Task<IndexProgress?> ReadProgressAsync(CancellationToken cancellationToken = default);

    /// <summary>Anchors, newest first (provisional ones before final ones), optionally of one publisher.</summary>
    /// <param name="publisher">Only this address's anchors; null for all.</param>
    /// <param name="limit">The most to return; 0 for all.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<IReadOnlyList<IndexedAnchor>> ListAnchorsAsync(Address? publisher, int limit, CancellationToken cancellationToken = default);

    /// <summary>How many final and provisional anchors there are, optionally of one publisher.</summary>
    Task<(long Final, long Provisional)> CountAnchorsAsync(Address? publisher, CancellationToken cancellationToken = default);

    /// <summary>The final anchor emitted by log <paramref name="logIndex"/> of <paramref name="transactionHash"/>, or null.</summary>
    Task<IndexedAnchor?> FindAnchorAsync(Bytes32 transactionHash, ulong logIndex, CancellationToken cancellationToken = default);

    /// <summary>
    /// The publisher's final anchor with the largest size, or null; with <paramref name="status"/>,
    /// the largest with that mapping (<see cref="AnchorMappingStatus.Matched"/>: the newest root
    /// the local ledger can prove entries against).
    /// </summary>
    Task<IndexedAnchor?> LatestAnchorAsync(Address publisher, AnchorMappingStatus? status = null, CancellationToken cancellationToken = default);

    /// <summary>The provisional anchors of <paramref name="publisher"/>, by size.</summary>
    Task<IReadOnlyList<IndexedAnchor>> ProvisionalAnchorsAsync(Address publisher, CancellationToken cancellationToken = default);

    /// <summary>The batch→anchor rows of one batch of one publisher, by anchor size.</summary>
    Task<IReadOnlyList<BatchAnchorCoverage>> BatchCoverageAsync(Address publisher, Bytes32 batchKey, CancellationToken cancellationToken = default);

    /// <summary>Every final recall of the batch key, by any address, in chain order.</summary>
    Task<IReadOnlyList<IndexedRecall>> RecallsAsync(Bytes32 batchKey, CancellationToken cancellationToken = default);

    /// <summary>The address's alliance membership, folded from the final Member* events; null if never admitted.</summary>
    Task<AllianceMember?> MemberAsync(Address publisher, CancellationToken cancellationToken = default);

    /// <summary>Every address ever admitted, with its current membership.</summary>
    Task<IReadOnlyList<AllianceMember>> MembersAsync(CancellationToken cancellationToken = default);

    /// <summary>Every anchor, final or provisional, whose root the local ledger contradicts.</summary>
    Task<IReadOnlyList<IndexedAnchor>> FlaggedAnchorsAsync(CancellationToken cancellationToken = default);

    /// <summary>How many final anchors have each mapping status.</summary>
    Task<IReadOnlyDictionary<AnchorMappingStatus, long>> MappingCountsAsync(CancellationToken cancellationToken = default);
}
