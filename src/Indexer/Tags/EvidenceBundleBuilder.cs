using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Anchor.Ethereum;
using Anchor.Indexer.Batches;
using Anchor.Indexer.Model;
using Anchor.Indexer.Queries;
using Anchor.Indexer.Storage;
using Anchor.Ledger.ColdChain;
using Anchor.Ledger.Entries;
using Anchor.Ledger.Epcis.Identifiers;
using Anchor.Ledger.Storage;
using Anchor.Merkle;

namespace Anchor.Indexer.Tags;

/// <summary>
/// Issues a batch's traceability tag: the evidence bundle of docs/SPEC.md section 5, proven against
/// the newest confirmed anchor that covers every entry of the batch (and of the input lots its
/// TransformationEvents name), and the Digital Link for its QR code. Every proof is checked here
/// before the bundle leaves, and no tag is issued while the publisher's key has anchored a root
/// its ledger does not hold.
/// </summary>
public sealed class EvidenceBundleBuilder(ILedgerStore ledger, IIndexReader index, TemperatureBandPolicy bands, TagOptions tags, string explorerUrl)
{
    /// <summary>Builds the tag of (<paramref name="gtin"/>, <paramref name="lot"/>).</summary>
    /// <param name="publisher">The publisher, when more than one ledger holds the batch.</param>
    /// <param name="refresh">An earlier bundle of the batch: its head (and history) are linked to the new one by consistency proofs.</param>
    /// <exception cref="TagException">No tag can be issued; the kind and message say why.</exception>
    public async Task<IssuedTag> BuildAsync(string gtin, string lot, string? publisher = null, byte[]? refresh = null, CancellationToken cancellationToken = default)
    {
        if (Gtin.DescribeProblem(gtin) is { } gtinProblem) throw new TagException(TagProblemKind.BadBatch, gtinProblem);
        if (Gs1CharacterSet82.DescribeProblem(lot, 20, "lot") is { } lotProblem) throw new TagException(TagProblemKind.BadBatch, lotProblem);
        var progress = await index.ReadProgressAsync(cancellationToken)
            ?? throw new TagException(TagProblemKind.NotAnchored, "the indexer has not followed the chain yet; run `indexer run --once` first");

        var batch = BatchRef.Of(gtin, lot);
        var assembled = await FindBatchAsync(batch, publisher, cancellationToken);
        var anchoring = await new BatchAnchorLookup(index).LookupAsync(assembled, cancellationToken);
        if (anchoring.Flagged.Count > 0)
        {
            var bad = anchoring.Flagged[0];
            throw new TagException(TagProblemKind.RootMismatch,
                $"ROOT MISMATCH: {bad.Publisher} anchored root {bad.Root} at size {bad.Size} (tx {bad.Position.TransactionHash}), which {assembled.Publisher.Name}'s ledger does not hold; no tag is issued until this is resolved");
        }
        var anchor = anchoring.LatestCoveringAll ?? throw new TagException(TagProblemKind.NotAnchored,
            $"{batch} is not fully anchored yet: {anchoring.PendingEntries} of its {anchoring.Entries.Count} entries wait for a confirmed anchor; run the worker, then `indexer run --once`");

        var entries = assembled.AllEntries;
        var reader = new MerkleLogReader(ledger.Nodes(assembled.Publisher));
        var proof = CompactInclusionProof.Build(reader, entries.Select(e => e.Index), anchor.Size);
        var root = new Hash32(anchor.Root.Bytes);
        // A bundle that would not verify must never leave: check every proof now.
        proof.Verify(root, i => entries.Single(e => e.Index == i).LeafHash);
        var history = refresh is null ? [] : LinkHistory(refresh, batch, anchor, reader);

        var address = anchoring.Publisher!.Value;
        var member = await index.MemberAsync(address, cancellationToken);
        var allianceName = member is { IsMember: true } ? member.Name : null;
        var recall = (await index.RecallsAsync(Bytes32.FromBytes(batch.Key.ToArray()), cancellationToken)).FirstOrDefault(r => r.Publisher == address);
        var coldChain = ColdChainAnalyzer.Summarize(assembled.Entries.Select(e => ParseEvent(e)), bands, gtin);
        var digitalLink = DigitalLinkUri.For(tags.DomainFor(assembled.Publisher.Name), gtin, lot);

        var document = new JsonObject
        {
            ["bundleVersion"] = 1,
            ["issuedAt"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["batch"] = new JsonObject { ["gtin"] = gtin, ["lot"] = lot, ["batchKey"] = batch.Key.ToString(), ["digitalLink"] = digitalLink },
            ["chain"] = new JsonObject
            {
                ["chainId"] = progress.Identity.ChainId,
                ["anchorRegistry"] = progress.Identity.AnchorRegistry.ToString(),
                ["recallRegistry"] = progress.Identity.RecallRegistry.ToString(),
                ["allianceRegistry"] = progress.Identity.AllianceRegistry.ToString(),
            },
            ["publisher"] = new JsonObject { ["address"] = address.ToString(), ["allianceName"] = allianceName },
            ["anchor"] = new JsonObject
            {
                ["size"] = anchor.Size,
                ["root"] = root.ToString(),
                ["transactionHash"] = anchor.Position.TransactionHash.ToString(),
                ["blockNumber"] = anchor.Position.BlockNumber,
                ["blockHash"] = anchor.Position.BlockHash.ToString(),
                ["logIndex"] = anchor.Position.LogIndex,
                ["timestamp"] = anchor.Position.BlockTime.ToUnixTimeSeconds(),
            },
            ["entries"] = new JsonArray([.. entries.Select(EntryNode)]),
            ["proof"] = new JsonObject
            {
                ["size"] = anchor.Size,
                ["nodes"] = new JsonArray([.. proof.Nodes.Select(n => (JsonNode)n.ToString())]),
                ["paths"] = new JsonArray([.. proof.Paths.Select(p => (JsonNode)new JsonObject
                {
                    ["index"] = p.Index,
                    ["nodes"] = new JsonArray([.. p.NodeRefs.Select(r => (JsonNode)r)]),
                })]),
            },
        };
        if (history.Count > 0)
        {
            document["history"] = new JsonArray([.. history.Select(h => (JsonNode)new JsonObject
            {
                ["size"] = h.Size,
                ["root"] = h.Root.ToString(),
                ["consistencyProof"] = new JsonArray([.. h.Proof.Select(p => (JsonNode)p.ToString())]),
            })]);
        }
        document["recall"] = new JsonObject
        {
            ["recalledAt"] = recall?.Position.BlockTime.ToUnixTimeSeconds(),
            ["reason"] = recall?.Reason,
        };
        document["coldChain"] = EvidenceBundleJson.ColdChain(coldChain);
        document["explorer"] = Explorer(address, anchor, root, entries, proof, progress.Identity.AnchorRegistry);

        var bytes = Encoding.UTF8.GetBytes(document.ToJsonString(EvidenceBundleJson.Options));
        return new IssuedTag(bytes, digitalLink, assembled.Publisher.Name, allianceName, anchor, assembled.Entries.Count,
            entries.Count - assembled.Entries.Count, proof.Nodes.Count, recall, coldChain, [.. history.Select(h => h.Size)]);
    }

    private async Task<AssembledBatch> FindBatchAsync(BatchRef batch, string? publisher, CancellationToken cancellationToken)
    {
        var found = await new BatchAssembler(ledger).FindAsync(batch, cancellationToken);
        if (publisher is not null) found = [.. found.Where(f => f.Publisher.Name == publisher)];
        return found.Count switch
        {
            0 => throw new TagException(TagProblemKind.NotFound,
                $"no ledger here holds {batch}{(publisher is null ? "" : $" for publisher {publisher}")}"),
            1 => found[0],
            _ => throw new TagException(TagProblemKind.Ambiguous,
                $"{batch} is in the ledgers of {string.Join(", ", found.Select(f => f.Publisher.Name))}; name one with --publisher"),
        };
    }

    private static JsonNode EntryNode(LedgerEntry entry) => new JsonObject
    {
        ["index"] = entry.Index,
        ["gtin"] = entry.Gtin,
        ["lot"] = entry.Lot,
        ["eventHashId"] = entry.EventHashId,
        ["declaredAt"] = entry.DeclaredAt?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        ["salt"] = "0x" + Convert.ToHexStringLower(entry.Salt),
        // The exact stored bytes, as a JSON string: its UTF-8 encoding is what the leaf commits to.
        ["event"] = Encoding.UTF8.GetString(entry.EventBytes),
    };

    private JsonNode Explorer(Address publisher, IndexedAnchor anchor, Hash32 root, IReadOnlyList<LedgerEntry> entries, CompactInclusionProof proof, Address registry)
    {
        var baseUrl = explorerUrl.TrimEnd('/');
        return new JsonObject
        {
            ["transaction"] = baseUrl.Length == 0 ? null : $"{baseUrl}/tx/{anchor.Position.TransactionHash}",
            ["contract"] = baseUrl.Length == 0 ? null : $"{baseUrl}/address/{registry}#readContract",
            // What to paste into verifyInclusion on the registry's Read Contract tab, field by field.
            ["verifyInclusion"] = new JsonArray([.. entries.Select(e => (JsonNode)new JsonObject
            {
                ["publisher"] = publisher.ToString(),
                ["root"] = root.ToString(),
                ["size"] = anchor.Size.ToString(CultureInfo.InvariantCulture),
                ["index"] = e.Index.ToString(CultureInfo.InvariantCulture),
                ["leafHash"] = e.LeafHash.ToString(),
                ["proof"] = "[" + string.Join(',', proof.ProofOf(e.Index).Select(h => h.ToString())) + "]",
            })]),
        };
    }

    private sealed record LinkedHead(ulong Size, Hash32 Root, Hash32[] Proof);

    // The earlier bundle's head and its own history, each linked to the new head by a consistency
    // proof from this ledger, after checking that the ledger really had that root at that size.
    private static List<LinkedHead> LinkHistory(byte[] refresh, BatchRef batch, IndexedAnchor anchor, MerkleLogReader reader)
    {
        var heads = new List<(ulong Size, Hash32 Root)>();
        try
        {
            using var old = JsonDocument.Parse(refresh);
            var oldBatch = old.RootElement.GetProperty("batch");
            if (oldBatch.GetProperty("gtin").GetString() != batch.Gtin || oldBatch.GetProperty("lot").GetString() != batch.Lot)
            {
                throw new TagException(TagProblemKind.BadRefresh, $"the bundle to refresh is of another batch, not {batch}");
            }
            var oldAnchor = old.RootElement.GetProperty("anchor");
            heads.Add((oldAnchor.GetProperty("size").GetUInt64(), Hash32.Parse(oldAnchor.GetProperty("root").GetString()!)));
            if (old.RootElement.TryGetProperty("history", out var oldHistory))
            {
                heads.AddRange(oldHistory.EnumerateArray().Select(h => (h.GetProperty("size").GetUInt64(), Hash32.Parse(h.GetProperty("root").GetString()!))));
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new TagException(TagProblemKind.BadRefresh, $"the bundle to refresh cannot be read: {e.Message}");
        }
        var linked = new List<LinkedHead>();
        foreach (var (size, root) in heads.Where(h => h.Size < anchor.Size).DistinctBy(h => h.Size).OrderByDescending(h => h.Size))
        {
            if (reader.Root(size) != root)
            {
                throw new TagException(TagProblemKind.BadRefresh, $"the bundle to refresh names root {root} at size {size}, which this ledger never had");
            }
            linked.Add(new LinkedHead(size, root, reader.ConsistencyProof(size, anchor.Size)));
        }
        return linked;
    }

    private static JsonElement ParseEvent(LedgerEntry entry)
    {
        using var document = JsonDocument.Parse(entry.EventBytes);
        return document.RootElement.Clone();
    }
}
