using Anchor.Ethereum;
using Anchor.Indexer.Mapping;
using Anchor.Indexer.Storage;
using Anchor.Ledger.Storage;

namespace Anchor.Indexer.Following;

/// <summary>
/// Maps again the anchors that found no ledger (or too short a ledger) when they were indexed:
/// the worker may record a publisher's address after its first anchor is mined, and a ledger may
/// be copied in later. An address is looked at again only when its ledger's size changed.
/// </summary>
public sealed class LedgerRemapper(IIndexStore store, ILedgerStore ledger, AnchorMapper mapper)
{
    private readonly Dictionary<Address, ulong> _lastSeenSize = [];

    /// <summary>Maps what can be mapped now; returns how many anchors changed status.</summary>
    public async Task<int> RemapAsync(CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var (address, _) in await store.UnmappedPublishersAsync(cancellationToken))
        {
            var publisher = await ledger.FindPublisherByAddressAsync(address.ToString(), cancellationToken);
            if (publisher is null || (_lastSeenSize.TryGetValue(address, out var seen) && seen == publisher.Size)) continue;
            _lastSeenSize[address] = publisher.Size;
            // Every unmapped anchor of the address: those beyond the ledger turn from "not our ledger" into "ledger behind".
            var pending = await store.UnmappedAnchorsAsync(address, long.MaxValue, cancellationToken);
            var mapped = await mapper.MapAsync(pending, final: true, cancellationToken);
            var updates = mapped.Anchors.Where((anchor, i) => anchor.Mapping != pending[i].Mapping).ToArray();
            if (updates.Length == 0) continue;
            await store.RemapAsync(updates, mapped.Coverage, cancellationToken);
            changed += updates.Length;
        }
        return changed;
    }

    /// <summary>Forgets what it saw, after the index was reset or rolled back.</summary>
    public void Forget() => _lastSeenSize.Clear();
}
