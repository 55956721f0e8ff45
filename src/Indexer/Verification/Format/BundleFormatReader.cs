using Anchor.Indexer.Batches;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Anchor.Ledger.Entries;
using static Anchor.Indexer.Verification.JsonRules;

namespace Anchor.Indexer.Verification;

/// <summary>
/// The <c>format</c> check (SPEC sections 5 and 7): the bundle is version 1, every member has the
/// shape section 5 gives it, and <c>batch.batchKey</c> is the batch key of <c>batch.gtin</c> and
/// <c>batch.lot</c>. Members are read in the order of section 5 and the first problem is reported,
/// as the JavaScript verifier (bundle-format.js) does. The entries' GTINs, lots and events are left
/// to the <c>entries</c> check, which the spec names for them.
/// </summary>
internal static partial class BundleFormatReader
{
    private static readonly string[] Verdicts = ["WithinRange", "Excursion", "NoData"];

    [GeneratedRegex(@"^ni:///sha-256;[0-9a-f]{64}\?ver=CBV2\.0\z", RegexOptions.CultureInvariant)]
    private static partial Regex EventHashIdPattern();

    /// <summary>Reads the parsed bundle object; on failure <paramref name="reason"/> names the member and the problem.</summary>
    public static EvidenceBundle? Read(JsonElement root, out string reason)
    {
        try
        {
            var bundle = ReadBundle(root);
            reason = $"bundle version 1 with {bundle.Entries.Count} entries; batch key matches (01){bundle.Batch.Gtin}(10){bundle.Batch.Lot}";
            return bundle;
        }
        catch (BundleFormatException e)
        {
            reason = e.Message;
            return null;
        }
    }

    private static EvidenceBundle ReadBundle(JsonElement root)
    {
        ReadObject(root, "$");
        var version = Member(root, "bundleVersion", "$");
        if (version.ValueKind != JsonValueKind.Number || !version.TryGetDouble(out var v) || v != 1)
        {
            throw new BundleFormatException("$.bundleVersion", $"version {Describe(version)} is not supported; this verifier reads version 1");
        }
        ReadDateTime(Member(root, "issuedAt", "$"), "$.issuedAt");
        var batch = ReadBatch(ReadObject(Member(root, "batch", "$"), "$.batch"));
        var chain = ReadChain(ReadObject(Member(root, "chain", "$"), "$.chain"));
        var publisher = ReadPublisher(ReadObject(Member(root, "publisher", "$"), "$.publisher"));
        var anchor = ReadAnchor(ReadObject(Member(root, "anchor", "$"), "$.anchor"));
        var entriesJson = ReadArray(Member(root, "entries", "$"), "$.entries");
        if (entriesJson.GetArrayLength() == 0) throw new BundleFormatException("$.entries", "no entries");
        var entries = entriesJson.EnumerateArray().Select((e, i) => ReadEntry(ReadObject(e, $"$.entries[{i}]"), $"$.entries[{i}]")).ToList();
        var proof = ReadProof(ReadObject(Member(root, "proof", "$"), "$.proof"));
        var history = Has(root, "history", out var h) ? ReadHistory(ReadArray(h, "$.history")) : null;
        var recall = ReadRecall(ReadObject(Member(root, "recall", "$"), "$.recall"));
        var coldChain = ReadColdChainClaim(ReadObject(Member(root, "coldChain", "$"), "$.coldChain"));
        if (Has(root, "explorer", out var explorer) && explorer.ValueKind != JsonValueKind.Null) CheckExplorer(ReadObject(explorer, "$.explorer"));

        var expectedKey = BatchKey.Of(batch.Gtin, batch.Lot);
        if (batch.BatchKey != expectedKey)
        {
            throw new BundleFormatException("$.batch.batchKey",
                $"{batch.BatchKey} is not the batch key of (01){batch.Gtin}(10){batch.Lot}, which is {expectedKey}");
        }
        return new EvidenceBundle(batch, chain, publisher, anchor, entries, proof, history, recall, coldChain);
    }

    private static BundleBatch ReadBatch(JsonElement batch)
    {
        var gtin = ReadString(Member(batch, "gtin", "$.batch"), "$.batch.gtin");
        if (Gs1Names.GtinProblem(gtin) is { } gtinProblem) throw new BundleFormatException("$.batch.gtin", gtinProblem);
        var lot = ReadString(Member(batch, "lot", "$.batch"), "$.batch.lot");
        if (Gs1Names.LotProblem(lot) is { } lotProblem) throw new BundleFormatException("$.batch.lot", lotProblem);
        var key = ReadHash(Member(batch, "batchKey", "$.batch"), "$.batch.batchKey");
        var link = ReadString(Member(batch, "digitalLink", "$.batch"), "$.batch.digitalLink");
        var named = LotIdentifiers.ReadDigitalLink(link);
        if (named is null || named.Serial is not null)
        {
            throw new BundleFormatException("$.batch.digitalLink", $"{Gs1Names.Quote(link)} is not a GS1 Digital Link URI …/01/{{gtin}}/10/{{lot}}");
        }
        if (named.Gtin != gtin || named.Lot != lot)
        {
            throw new BundleFormatException("$.batch.digitalLink", $"names (01){named.Gtin}(10){named.Lot}, not the batch (01){gtin}(10){lot}");
        }
        return new BundleBatch(gtin, lot, key, link);
    }

    private static BundleChain ReadChain(JsonElement chain)
    {
        var id = ReadInteger(Member(chain, "chainId", "$.chain"), "$.chain.chainId", 1);
        var anchor = ReadAddress(Member(chain, "anchorRegistry", "$.chain"), "$.chain.anchorRegistry").Address;
        var recall = ReadAddress(Member(chain, "recallRegistry", "$.chain"), "$.chain.recallRegistry").Address;
        var alliance = ReadAddress(Member(chain, "allianceRegistry", "$.chain"), "$.chain.allianceRegistry").Address;
        return new BundleChain(id, anchor, recall, alliance);
    }

    private static BundlePublisher ReadPublisher(JsonElement publisher)
    {
        var (text, address) = ReadAddress(Member(publisher, "address", "$.publisher"), "$.publisher.address");
        var nameJson = Member(publisher, "allianceName", "$.publisher");
        string? name = null;
        if (nameJson.ValueKind != JsonValueKind.Null)
        {
            name = ReadString(nameJson, "$.publisher.allianceName");
            var bytes = Encoding.UTF8.GetByteCount(name);
            if (bytes is < 1 or > 128) throw new BundleFormatException("$.publisher.allianceName", $"an alliance name has 1 to 128 bytes, this one {bytes}");
        }
        return new BundlePublisher(text, address, name);
    }

    private static BundleAnchor ReadAnchor(JsonElement anchor)
    {
        var size = ReadInteger(Member(anchor, "size", "$.anchor"), "$.anchor.size", 1);
        var root = ReadHash(Member(anchor, "root", "$.anchor"), "$.anchor.root");
        if (root.IsZero) throw new BundleFormatException("$.anchor.root", "the zero root means no head");
        return new BundleAnchor(
            size,
            root,
            ReadHash(Member(anchor, "transactionHash", "$.anchor"), "$.anchor.transactionHash"),
            ReadInteger(Member(anchor, "blockNumber", "$.anchor"), "$.anchor.blockNumber"),
            ReadHash(Member(anchor, "blockHash", "$.anchor"), "$.anchor.blockHash"),
            ReadInteger(Member(anchor, "logIndex", "$.anchor"), "$.anchor.logIndex"),
            ReadInteger(Member(anchor, "timestamp", "$.anchor"), "$.anchor.timestamp"));
    }

    private static BundleEntry ReadEntry(JsonElement entry, string path)
    {
        var index = ReadInteger(Member(entry, "index", path), $"{path}.index");
        var gtin = ReadString(Member(entry, "gtin", path), $"{path}.gtin");
        var lot = ReadString(Member(entry, "lot", path), $"{path}.lot");
        var id = ReadString(Member(entry, "eventHashId", path), $"{path}.eventHashId");
        if (!EventHashIdPattern().IsMatch(id))
        {
            throw new BundleFormatException($"{path}.eventHashId", $"{Gs1Names.Quote(id)} is not a CBV 2.0 Event Hash ID (ni:///sha-256;<64 hex>?ver=CBV2.0)");
        }
        var declaredAt = ReadNullable(Member(entry, "declaredAt", path), $"{path}.declaredAt", ReadDateTime);
        var salt = ReadHash(Member(entry, "salt", path), $"{path}.salt");
        var evt = ReadString(Member(entry, "event", path), $"{path}.event");
        return new BundleEntry(index, gtin, lot, id, declaredAt, salt, evt, Encoding.UTF8.GetBytes(evt));
    }

    private static BundleProof ReadProof(JsonElement proof)
    {
        var nodes = ReadArray(Member(proof, "nodes", "$.proof"), "$.proof.nodes").EnumerateArray()
            .Select((n, i) => ReadHash(n, $"$.proof.nodes[{i}]")).ToList();
        long? size = Has(proof, "size", out var s) ? ReadInteger(s, "$.proof.size", 1) : null;
        var paths = ReadArray(Member(proof, "paths", "$.proof"), "$.proof.paths").EnumerateArray().Select((p, i) =>
        {
            var at = $"$.proof.paths[{i}]";
            ReadObject(p, at);
            var index = ReadInteger(Member(p, "index", at), $"{at}.index");
            var positions = ReadArray(Member(p, "nodes", at), $"{at}.nodes").EnumerateArray()
                .Select((n, j) => ReadInteger(n, $"{at}.nodes[{j}]")).ToList();
            return new BundlePath(index, positions);
        }).ToList();
        return new BundleProof(nodes, size, paths);
    }

    private static List<BundleHead> ReadHistory(JsonElement history) =>
        history.EnumerateArray().Select((head, i) =>
        {
            var at = $"$.history[{i}]";
            ReadObject(head, at);
            var size = ReadInteger(Member(head, "size", at), $"{at}.size", 1);
            var root = ReadHash(Member(head, "root", at), $"{at}.root");
            var proof = ReadArray(Member(head, "consistencyProof", at), $"{at}.consistencyProof").EnumerateArray()
                .Select((n, j) => ReadHash(n, $"{at}.consistencyProof[{j}]")).ToList();
            return new BundleHead(size, root, proof);
        }).ToList();

    private static BundleRecallClaim ReadRecall(JsonElement recall)
    {
        var at = Member(recall, "recalledAt", "$.recall");
        var reason = Member(recall, "reason", "$.recall");
        var atNull = at.ValueKind == JsonValueKind.Null;
        var reasonNull = reason.ValueKind == JsonValueKind.Null;
        if (atNull && reasonNull) return new BundleRecallClaim(null, null);
        if (atNull || reasonNull) throw new BundleFormatException("$.recall", "recalledAt and reason are both null (no recall) or both given");
        // The block timestamp of the recall, in seconds like anchor.timestamp; an RFC 3339 time is read too.
        long seconds;
        if (at.ValueKind == JsonValueKind.Number)
        {
            seconds = ReadInteger(at, "$.recall.recalledAt", 1);
        }
        else
        {
            Rfc3339Time.TryParse(ReadDateTime(at, "$.recall.recalledAt"), out var instant);
            seconds = instant.UnixSeconds;
        }
        var text = ReadString(reason, "$.recall.reason");
        if (text.Length == 0) throw new BundleFormatException("$.recall.reason", "a recall has a reason");
        return new BundleRecallClaim(seconds, text);
    }

    private static ColdChainClaim ReadColdChainClaim(JsonElement claim)
    {
        var band = ReadObject(Member(claim, "band", "$.coldChain"), "$.coldChain.band");
        var min = ReadNumber(Member(band, "minCelsius", "$.coldChain.band"), "$.coldChain.band.minCelsius");
        var max = ReadNumber(Member(band, "maxCelsius", "$.coldChain.band"), "$.coldChain.band.maxCelsius");
        if (min > max) throw new BundleFormatException("$.coldChain.band", $"minCelsius {min} is above maxCelsius {max}");
        var verdictJson = Member(claim, "verdict", "$.coldChain");
        if (verdictJson.ValueKind != JsonValueKind.String || !Verdicts.Contains(verdictJson.GetString()))
        {
            throw new BundleFormatException("$.coldChain.verdict", $"expected one of {string.Join(", ", Verdicts)}, found {Describe(verdictJson)}");
        }
        var readings = ReadInteger(Member(claim, "readings", "$.coldChain"), "$.coldChain.readings");
        var minCelsius = NullableNumber(Member(claim, "minCelsius", "$.coldChain"), "$.coldChain.minCelsius");
        var maxCelsius = NullableNumber(Member(claim, "maxCelsius", "$.coldChain"), "$.coldChain.maxCelsius");
        var outside = ReadString(Member(claim, "timeOutside", "$.coldChain"), "$.coldChain.timeOutside");
        if (IsoDuration.ParseNanoseconds(outside) is null)
        {
            throw new BundleFormatException("$.coldChain.timeOutside", $"{Gs1Names.Quote(outside)} is not an ISO 8601 duration such as PT1H30M");
        }
        long? Optional(string key) => Has(claim, key, out var value) ? ReadInteger(value, $"$.coldChain.{key}") : null;
        var (intervals, ignored, retracted) = (Optional("intervalReports"), Optional("ignoredReports"), Optional("retractedEvents"));
        foreach (var key in new[] { "firstObservation", "lastObservation" })
        {
            if (Has(claim, key, out var time)) ReadNullable(time, $"$.coldChain.{key}", ReadDateTime);
        }
        int? excursions = null;
        if (Has(claim, "excursions", out var list))
        {
            var items = ReadArray(list, "$.coldChain.excursions").EnumerateArray().ToList();
            for (var i = 0; i < items.Count; i++) ReadObject(items[i], $"$.coldChain.excursions[{i}]");
            excursions = items.Count;
        }
        var verdict = verdictJson.GetString()!;
        return new ColdChainClaim(min, max, verdict, readings, minCelsius, maxCelsius, outside, intervals, ignored, retracted, excursions);
    }

    private static double? NullableNumber(JsonElement value, string path) => value.ValueKind == JsonValueKind.Null ? null : ReadNumber(value, path);

    // Never trusted, but a present explorer member still has its shape.
    private static void CheckExplorer(JsonElement explorer)
    {
        foreach (var key in new[] { "transaction", "contract" })
        {
            if (Has(explorer, key, out var link)) ReadNullable(link, $"$.explorer.{key}", ReadString);
        }
        if (Has(explorer, "verifyInclusion", out var items))
        {
            var i = 0;
            foreach (var item in ReadArray(items, "$.explorer.verifyInclusion").EnumerateArray()) ReadObject(item, $"$.explorer.verifyInclusion[{i++}]");
        }
    }
}
