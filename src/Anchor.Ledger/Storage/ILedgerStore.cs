using Anchor.Ledger.Entries;
using Anchor.Merkle;

namespace Anchor.Ledger.Storage;

/// <summary>
/// The one seam between the ledger's domain code and its database. SQLite is the embedded default
/// (<see cref="Sqlite.SqliteLedgerStore"/>); another store implements this interface and nothing
/// else changes.
/// </summary>
public interface ILedgerStore
{
    /// <summary>The publisher called <paramref name="name"/>, created with an empty log if new.</summary>
    Task<Publisher> GetOrCreatePublisherAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>The publisher called <paramref name="name"/>, or null.</summary>
    Task<Publisher?> FindPublisherAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>The publisher whose anchors come from <paramref name="address"/> (compared case-insensitively), or null.</summary>
    Task<Publisher?> FindPublisherByAddressAsync(string address, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the chain address <paramref name="publisher"/> anchors from, so that an indexer can
    /// map anchors back to the log. An address belongs to one publisher.
    /// </summary>
    /// <exception cref="InvalidOperationException">Another publisher already has the address, or this one has another.</exception>
    Task SetPublisherAddressAsync(Publisher publisher, string address, CancellationToken cancellationToken = default);

    /// <summary>Every publisher, by name.</summary>
    Task<IReadOnlyList<Publisher>> ListPublishersAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts the only write of <paramref name="publisher"/>'s log: everything appended in the
    /// session lands on <see cref="ILogAppendSession.CommitAsync"/>, durably, or not at all.
    /// Waits while another session (in any process) is writing.
    /// </summary>
    Task<ILogAppendSession> BeginAppendAsync(Publisher publisher, CancellationToken cancellationToken = default);

    /// <summary>Committed nodes of <paramref name="publisher"/>'s log, leaves included.</summary>
    INodeReader Nodes(Publisher publisher);

    /// <summary>The committed entries of one batch, in log order.</summary>
    Task<IReadOnlyList<LedgerEntry>> ReadBatchAsync(Publisher publisher, Hash32 batchKey, CancellationToken cancellationToken = default);

    /// <summary>Committed entries with <paramref name="fromIndex"/> &lt;= index &lt; <paramref name="toIndex"/>, in log order.</summary>
    Task<IReadOnlyList<LedgerEntry>> ReadEntriesAsync(Publisher publisher, ulong fromIndex, ulong toIndex, CancellationToken cancellationToken = default);
}

/// <summary>An open write of one publisher's log. Disposing without committing discards it.</summary>
public interface ILogAppendSession : IAsyncDisposable
{
    /// <summary>The log's size including what this session appended.</summary>
    ulong Size { get; }

    /// <summary>Nodes as this session sees them, its own appends included.</summary>
    INodeReader Nodes { get; }

    /// <summary>
    /// True if the log already holds this event, committed or appended in this session: the same
    /// hash ID and the same declaration time (null for an ordinary event).
    /// </summary>
    bool ContainsEvent(string eventHashId, DateTimeOffset? declaredAt);

    /// <summary>
    /// Appends <paramref name="entry"/>, whose index must be <see cref="Size"/>, with the tree
    /// nodes its leaf completed (the leaf itself first).
    /// </summary>
    void Append(LedgerEntry entry, IReadOnlyList<KeyValuePair<NodeId, Hash32>> completedNodes);

    /// <summary>Makes every append durable, then ends the session.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);
}
