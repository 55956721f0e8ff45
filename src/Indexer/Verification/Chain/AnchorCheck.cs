namespace Anchor.Indexer.Verification;

/// <summary>
/// The <c>anchor</c> check (SPEC section 7): <c>anchorRecord(publisher, root)</c> returns the
/// bundle's size, block number and timestamp; the canonical block at that number has the bundle's
/// block hash (and timestamp); and that block holds, at the bundle's log index and in its
/// transaction, the registry's Anchored event with this publisher, size and root.
/// </summary>
internal static class AnchorCheck
{
    public static async Task<Outcome> RunAsync(ChainReader chain, EvidenceBundle bundle, CancellationToken token)
    {
        var (anchor, publisher) = (bundle.Anchor, bundle.Publisher);
        var record = await chain.AnchorRecordAsync(anchor.Root, token);
        if (!record.Exists) return Outcome.Fail($"the registry has no record of {publisher.AddressText} anchoring root {anchor.Root}");
        foreach (var (name, onChain, claimed) in new[]
                 {
                     ("size", record.Size, anchor.Size), ("blockNumber", record.BlockNumber, anchor.BlockNumber), ("timestamp", record.Timestamp, anchor.Timestamp),
                 })
        {
            if (onChain != (ulong)claimed) return Outcome.Fail($"anchorRecord gives {name} {onChain}, the bundle says {claimed}");
        }

        var block = await chain.BlockAsync(anchor.BlockNumber, token)
            ?? throw new ChainUnavailableException($"eth_getBlockByNumber: no block {anchor.BlockNumber}, though anchorRecord names it");
        if (block.Hash.ToString() != anchor.BlockHash.ToString()) return Outcome.Fail($"the canonical block {anchor.BlockNumber} has hash {block.Hash}, not {anchor.BlockHash}");
        if (block.Timestamp != (ulong)anchor.Timestamp) return Outcome.Fail($"block {anchor.BlockNumber} has timestamp {block.Timestamp}, not {anchor.Timestamp}");

        var logs = await chain.AnchoredLogsAsync(anchor.BlockHash, token);
        var log = logs.FirstOrDefault(l => l.LogIndex == (ulong)anchor.LogIndex);
        if (log is null) return Outcome.Fail($"block {anchor.BlockNumber} holds no Anchored event of the registry at log index {anchor.LogIndex}");
        if (log.Address != bundle.Chain.AnchorRegistry) throw new ChainUnavailableException($"eth_getLogs answered a log of {log.Address}, though it was asked for the registry's");
        if (log.TransactionHash.ToString() != anchor.TransactionHash.ToString())
        {
            return Outcome.Fail($"the Anchored event at log index {anchor.LogIndex} is in transaction {log.TransactionHash}, not {anchor.TransactionHash}");
        }
        if (log.Removed) return Outcome.Fail($"the Anchored event at log index {anchor.LogIndex} was removed by a reorganisation");
        var anchored = ChainReader.DecodeAnchored(log);
        if (anchored.Publisher != publisher.Address)
        {
            return Outcome.Fail($"the Anchored event at log index {anchor.LogIndex} is for publisher {anchored.Publisher}, not {publisher.AddressText}");
        }
        if (anchored.Size != (ulong)anchor.Size || anchored.Root.ToString() != anchor.Root.ToString())
        {
            return Outcome.Fail($"the Anchored event records size {anchored.Size} and root {anchored.Root}, not size {anchor.Size} and root {anchor.Root}");
        }
        return Outcome.Pass($"anchored by {publisher.AddressText} in block {anchor.BlockNumber} ({Rfc3339Time.FormatUnixSeconds(anchor.Timestamp)}), " +
            $"transaction {anchor.TransactionHash}, log {anchor.LogIndex} (previous size {anchored.PreviousSize})");
    }
}
