using System.Security.Cryptography;
using Anchor.Ledger.Storage;
using Anchor.Merkle;

namespace Anchor.Ledger.Entries;

/// <summary>An accepted event on its way into a log, before it has an index, salt or leaf.</summary>
/// <param name="DeclaredAt">The declarationTime of an EPCIS error declaration; null for an ordinary event.</param>
public sealed record NewEntry(
    string EventHashId, string Gtin, string Lot, string EventType, DateTimeOffset EventTime, byte[] EventBytes, string Source,
    DateTimeOffset? DeclaredAt = null);

/// <summary>
/// Appends entries to one publisher's log inside one store session: it draws each entry's salt,
/// computes its leaf, extends the tree's edge and hands the completed nodes to the store. Nothing
/// is visible to others until <see cref="CommitAsync"/>; disposing without committing drops it all.
/// </summary>
public sealed class LogAppender : IAsyncDisposable
{
    private readonly ILogAppendSession _session;
    private readonly CompactRange _edge;
    private readonly List<KeyValuePair<NodeId, Hash32>> _completed = new(64);

    private LogAppender(ILogAppendSession session, CompactRange edge)
    {
        _session = session;
        _edge = edge;
    }

    /// <summary>Starts appending to <paramref name="publisher"/>'s log, waiting for any other writer.</summary>
    public static async Task<LogAppender> OpenAsync(ILedgerStore store, Publisher publisher, CancellationToken cancellationToken = default)
    {
        var session = await store.BeginAppendAsync(publisher, cancellationToken);
        try
        {
            return new LogAppender(session, CompactRange.Restore(session.Size, session.Nodes));
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>The log's size, this session's appends included.</summary>
    public ulong Size => _edge.Size;

    /// <summary>The root of the log as it stands in this session.</summary>
    public Hash32 Root() => _edge.Root();

    /// <summary>
    /// True if the log holds this event: the same hash ID and, for an error declaration, the same
    /// declaration time (a declaration shares the hash ID of the event it retracts).
    /// </summary>
    public bool Contains(string eventHashId, DateTimeOffset? declaredAt = null) => _session.ContainsEvent(eventHashId, declaredAt);

    /// <summary>Appends <paramref name="entry"/> as the next entry of the log.</summary>
    public LedgerEntry Append(NewEntry entry)
    {
        var salt = new byte[LeafEncoding.SaltLength];
        RandomNumberGenerator.Fill(salt);
        var batchKey = BatchKey.Of(entry.Gtin, entry.Lot);
        var leafHash = LeafEncoding.LeafHash(salt, batchKey, entry.EventHashId, entry.EventBytes);
        var ledgerEntry = new LedgerEntry(_edge.Size, entry.EventHashId, entry.Gtin, entry.Lot, batchKey, entry.EventType,
            entry.EventTime, salt, entry.EventBytes, leafHash, entry.Source, entry.DeclaredAt);

        _completed.Clear();
        _edge.Append(leafHash, (node, hash) => _completed.Add(new(node, hash)));
        _session.Append(ledgerEntry, _completed);
        return ledgerEntry;
    }

    /// <summary>Makes the appended entries durable.</summary>
    public Task CommitAsync(CancellationToken cancellationToken = default) => _session.CommitAsync(cancellationToken);

    public ValueTask DisposeAsync() => _session.DisposeAsync();
}
