using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Anchor.Ethereum.Crypto;
using static Anchor.Indexer.Tests.Verification.SeededRandom;

namespace Anchor.Indexer.Tests.Verification;

/// <summary>
/// One way to turn a valid bundle into one that must not verify, and the checks that may be the
/// first to object (null: "cannot verify" with nothing failed, which only an edit the offline
/// checks cannot see may give). <see cref="Make"/> edits the bundle in place and returns the bytes to verify.
/// </summary>
public sealed record MutationKind(string Name, string?[] Allowed, Func<JsonObject, SeededRandom, byte[]> Make, bool NeedsHistory = false, string? Verdict = null);

/// <summary>
/// The mutation kinds of the JavaScript fuzz test (tests/js/support/bundle-mutants.js), in C#:
/// flipped bits in event bytes, salts, proof nodes and roots; truncated or extended proofs; swapped
/// entries; wrong indices and sizes; a wrong chain id, contract or publisher; text that is not JSON
/// or not UTF-8. Every edit changes what the bundle asserts; none touches issuedAt or explorer.
/// </summary>
public static class BundleMutants
{
    private static readonly string[][] RequiredPaths =
    [
        ["bundleVersion"], ["issuedAt"], ["batch"], ["batch", "gtin"], ["batch", "lot"], ["batch", "batchKey"], ["batch", "digitalLink"],
        ["chain"], ["chain", "chainId"], ["chain", "anchorRegistry"], ["publisher"], ["publisher", "address"], ["publisher", "allianceName"],
        ["anchor"], ["anchor", "size"], ["anchor", "root"], ["anchor", "blockHash"], ["anchor", "logIndex"], ["entries"], ["proof"],
        ["proof", "nodes"], ["proof", "paths"], ["recall"], ["recall", "reason"], ["coldChain"], ["coldChain", "band"], ["coldChain", "verdict"],
        ["coldChain", "timeOutside"], ["entries", "0", "salt"], ["entries", "0", "event"], ["entries", "0", "index"], ["entries", "0", "declaredAt"],
    ];

    /// <summary>Kinds detected without a chain.</summary>
    public static IReadOnlyList<MutationKind> Offline { get; } =
    [
        new("event bit", ["format", "entries", "proofs"], FlipEventBit),
        new("salt bit", ["proofs"], (b, r) => Edit(b, () => { var e = PickNode(Entries(b), r); e["salt"] = FlipHexBit(e["salt"]!, r.Int(256)); })),
        new("proof node bit", ["proofs"], (b, r) => Edit(b, () => { var n = Nodes(b); var i = r.Int(n.Count); n[i] = FlipHexBit(n[i]!, r.Int(256)); })),
        new("root bit", ["proofs"], (b, r) => Edit(b, () => b["anchor"]!["root"] = FlipHexBit(b["anchor"]!["root"]!, r.Int(256)))),
        new("truncated path", ["proofs"], (b, r) => Edit(b, () =>
        {
            var p = PathNodes(PickNode(Paths(b).Where(x => PathNodes(x!).Count > 0).ToList(), r));
            var at = r.Int(p.Count);
            for (var k = Math.Min(1 + r.Int(2), p.Count - at); k > 0; k--) p.RemoveAt(at);
        })),
        new("extended path", ["proofs"], (b, r) => Edit(b, () => { var p = PathNodes(PickNode(Paths(b), r)); for (var k = 1 + r.Int(3); k > 0; k--) p.Add(r.Int(Nodes(b).Count)); })),
        new("swapped entries", ["proofs"], (b, r) => Edit(b, () => { var (x, y) = TwoOf(Entries(b), r); (x["index"], y["index"]) = (Clone(y["index"]), Clone(x["index"])); })),
        new("swapped events", ["entries", "proofs"], (b, r) => Edit(b, () => { var (x, y) = TwoOf(Entries(b), r); (x["event"], y["event"]) = (Clone(y["event"]), Clone(x["event"])); })),
        new("wrong index", ["entries", "proofs"], (b, r) => Edit(b, () => { var e = PickNode(Entries(b), r); e["index"] = OtherThan(Long(e["index"]), () => (long)r.Int(Size(b) * 2)); })),
        new("wrong path index", ["proofs"], (b, r) => Edit(b, () => { var p = PickNode(Paths(b), r); p["index"] = OtherThan(Long(p["index"]), () => (long)r.Int(Size(b) * 2)); })),
        new("wrong size", ["entries", "proofs", "history", null], WrongSize),
        new("node reference outside", ["proofs"], (b, r) => Edit(b, () =>
        {
            var p = PathNodes(PickNode(Paths(b).Where(x => PathNodes(x!).Count > 0).ToList(), r));
            p[r.Int(p.Count)] = Nodes(b).Count + r.Int(5);
        })),
        new("dropped path", ["proofs"], (b, r) => Edit(b, () => Paths(b).RemoveAt(r.Int(Paths(b).Count)))),
        new("dropped table node", ["proofs"], (b, r) => Edit(b, () => Nodes(b).RemoveAt(r.Int(Nodes(b).Count)))),
        new("duplicated entry", ["entries"], (b, r) => Edit(b, () => { var copy = PickNode(Entries(b), r).DeepClone(); Entries(b).Insert(r.Int(Entries(b).Count), copy); })),
        new("wrong entry lot", ["entries", "proofs"], (b, r) => Edit(b, () => { var e = PickNode(Entries(b), r); var lot = (string)e["lot"]!; e["lot"] = lot[..^1] + (lot.EndsWith('Z') ? "Y" : "Z"); })),
        new("wrong event hash id", ["format", "proofs"], (b, r) => Edit(b, () =>
        {
            var e = PickNode(Entries(b), r);
            var id = (string)e["eventHashId"]!;
            var at = id.IndexOf(';', StringComparison.Ordinal) + 1;
            e["eventHashId"] = id[..at] + (id[at] == '0' ? "1" : "0") + id[(at + 1)..];
        })),
        new("event not an object", ["entries"], (b, r) => Edit(b, () => PickNode(Entries(b), r)["event"] = r.Pick(["[]", "1", "\"event\"", "null", "", "{", "{} {}"]))),
        new("wrong batch key", ["format"], (b, r) => Edit(b, () => b["batch"]!["batchKey"] = FlipHexBit(b["batch"]!["batchKey"]!, r.Int(256)))),
        new("wrong bundle version", ["format"], (b, r) => Edit(b, () => b["bundleVersion"] = r.Pick<JsonNode?>([0, 2, 1.5, "1", null, true, new JsonArray(), -1])?.DeepClone())),
        new("missing member", ["format"], (b, r) => Edit(b, () => { var path = r.Pick(RequiredPaths); Parent(b, path).Remove(path[^1]); })),
        new("wrong type", ["format"], (b, r) => Edit(b, () =>
        {
            var path = r.Pick(RequiredPaths);
            var parent = Parent(b, path);
            parent[path[^1]] = parent[path[^1]] is JsonArray ? new JsonObject() : new JsonArray();
        })),
        new("truncated text", ["format"], (b, r) => { var text = b.ToJsonString(); return Encoding.UTF8.GetBytes(text[..r.Int(text.Length)]); }),
        new("random bytes", ["format"], (_, r) => Enumerable.Range(0, r.Int(64)).Select(_ => (byte)r.Int(256)).ToArray()),
        new("invalid UTF-8", ["format"], (b, r) => { var bytes = Encoding.UTF8.GetBytes(b.ToJsonString()); bytes[r.Int(bytes.Length)] = r.Pick(new byte[] { 0xff, 0xc0, 0x80, 0xfe }); return bytes; }),
        new("tampered cold chain", ["coldChain"], (b, r) => Edit(b, () => TamperColdChain(b["coldChain"]!.AsObject(), r))),
        new("wrong declaredAt", ["entries"], (b, r) => Edit(b, () => { var e = PickNode(Entries(b), r); e["declaredAt"] = e["declaredAt"] is null ? "2026-05-12T09:00:00Z" : null; })),
        new("wrong proof size", ["proofs"], (b, r) => Edit(b, () => b["proof"]!["size"] = OtherThan((long)Size(b), () => 1L + r.Int(100)))),
        new("history node bit", ["history"], (b, r) => Edit(b, () => { var p = Consistency(b); var i = r.Int(p.Count); p[i] = FlipHexBit(p[i]!, r.Int(256)); }), NeedsHistory: true),
        new("history root bit", ["history"], (b, r) => Edit(b, () => b["history"]![0]!["root"] = FlipHexBit(b["history"]![0]!["root"]!, r.Int(256))), NeedsHistory: true),
        new("truncated consistency proof", ["history"], (b, r) => Edit(b, () => Consistency(b).RemoveAt(r.Int(Consistency(b).Count))), NeedsHistory: true),
        new("extended consistency proof", ["history"], (b, r) => Edit(b, () => Consistency(b).Add(RandomHash(r))), NeedsHistory: true),
        new("wrong history size", ["history"], (b, r) => Edit(b, () => { var h = b["history"]![0]!; h["size"] = OtherThan(Long(h["size"]), () => 1L + r.Int(Size(b) + 5)); }), NeedsHistory: true),
    ];

    /// <summary>Kinds only the chain can refute (or, for the chain id, cannot confirm).</summary>
    public static IReadOnlyList<MutationKind> Online { get; } =
    [
        new("wrong chain id", ["chain"], (b, r) => Edit(b, () => b["chain"]!["chainId"] = OtherThan(Long(b["chain"]!["chainId"]), () => 1L + r.Int(100_000))), Verdict: "cannot verify"),
        new("wrong contract", ["contracts"], (b, r) => Edit(b, () =>
        {
            var chain = b["chain"]!.AsObject();
            var key = r.Pick(["anchorRegistry", "recallRegistry", "allianceRegistry"]);
            var others = chain.Where(p => p.Value is JsonValue v && v.TryGetValue<string>(out _)).Select(p => (string)p.Value!).ToList();
            chain[key] = r.Next() < 0.5 ? RandomAddress(r) : OtherThan((string)chain[key]!, () => r.Pick(others));
        })),
        new("wrong publisher", ["history", "anchor"], (b, r) => Edit(b, () => b["publisher"]!["address"] = RandomAddress(r))),
        new("wrong block hash", ["anchor"], (b, r) => Edit(b, () => b["anchor"]!["blockHash"] = FlipHexBit(b["anchor"]!["blockHash"]!, r.Int(256)))),
        new("wrong transaction hash", ["anchor"], (b, r) => Edit(b, () => b["anchor"]!["transactionHash"] = FlipHexBit(b["anchor"]!["transactionHash"]!, r.Int(256)))),
        new("wrong log index", ["anchor"], (b, r) => Edit(b, () => b["anchor"]!["logIndex"] = OtherThan(Long(b["anchor"]!["logIndex"]), () => (long)r.Int(4)))),
        new("wrong block number", ["anchor"], (b, r) => Edit(b, () => b["anchor"]!["blockNumber"] = OtherThan(Long(b["anchor"]!["blockNumber"]), () => (long)r.Int(40)))),
        new("wrong timestamp", ["anchor"], (b, r) => Edit(b, () => b["anchor"]!["timestamp"] = Long(b["anchor"]!["timestamp"]) + r.Pick([-86_400, -1, 1, 12]))),
        new("wrong size (online)", ["entries", "proofs", "history", "anchor"], WrongSize),
        new("root bit (online)", ["proofs"], (b, r) => Edit(b, () => b["anchor"]!["root"] = FlipHexBit(b["anchor"]!["root"]!, r.Int(256)))),
        new("false alliance name", ["alliance"], (b, r) => Edit(b, () => b["publisher"]!["allianceName"] = r.Pick(["Centrum", "Harbin Pharmaceutical Group", "By-Health ", "by-health", "Kelpwise"]))),
        new("false recall claim", ["recall"], (b, r) => Edit(b, () => b["recall"] = new JsonObject { ["recalledAt"] = 1_778_000_000L + r.Int(1_000_000), ["reason"] = "withdrawn" })),
    ];

    /// <summary>Flips bit <paramref name="bit"/> (0 = the lowest of the last byte) of 0x-prefixed lower-case hex.</summary>
    public static string FlipHexBit(JsonNode hex, int bit)
    {
        var digits = ((string)hex!)[2..].ToCharArray();
        var nibble = digits.Length - 1 - bit / 4;
        digits[nibble] = (Convert.ToInt32(digits[nibble].ToString(), 16) ^ (1 << (bit % 4))).ToString("x", CultureInfo.InvariantCulture)[0];
        return "0x" + new string(digits);
    }

    private static byte[] Edit(JsonObject bundle, Action edit)
    {
        edit();
        return Encoding.UTF8.GetBytes(bundle.ToJsonString());
    }

    /// <summary>The bundle's bytes with one bit of one entry's event flipped as it is written in the JSON text.</summary>
    private static byte[] FlipEventBit(JsonObject bundle, SeededRandom r)
    {
        var entry = PickNode(Entries(bundle), r);
        var evt = (string)entry["event"]!;
        entry["event"] = "\0EVENT\0";
        var parts = bundle.ToJsonString().Split("\\u0000EVENT\\u0000");
        var escaped = Encoding.UTF8.GetBytes(EscapeLikeJavaScript(evt));
        escaped[r.Int(escaped.Length)] ^= (byte)(1 << r.Int(8));
        return [.. Encoding.UTF8.GetBytes(parts[0]), .. escaped, .. Encoding.UTF8.GetBytes(parts[1])];
    }

    // JSON.stringify's escaping inside a string: quotes, backslashes and control characters only.
    private static string EscapeLikeJavaScript(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    private static byte[] WrongSize(JsonObject bundle, SeededRandom r) =>
        Edit(bundle, () => bundle["anchor"]!["size"] = OtherThan((long)Size(bundle), () => 1L + r.Int(Size(bundle) * 2)));

    private static void TamperColdChain(JsonObject claim, SeededRandom r)
    {
        switch (r.Pick(["verdict", "readings", "minCelsius", "maxCelsius", "timeOutside"]))
        {
            case "verdict":
                claim["verdict"] = OtherThan((string)claim["verdict"]!, () => r.Pick(["WithinRange", "Excursion", "NoData"]));
                break;
            case "readings":
                claim["readings"] = OtherThan(Long(claim["readings"]), () => (long)r.Int((int)Long(claim["readings"]) + 3));
                break;
            case var field and ("minCelsius" or "maxCelsius"):
                claim[field] = Math.Round(((double)claim[field]! + r.Pick([-1.5, -0.1, 0.001, 0.5, 2])) * 1000) / 1000;
                break;
            default:
                claim["timeOutside"] = OtherThan((string)claim["timeOutside"]!, () => r.Pick(["PT0S", "PT1M", "PT6H44M", "PT6H46M", "P1D", "PT30M"]));
                break;
        }
    }

    private static JsonArray Entries(JsonObject b) => b["entries"]!.AsArray();

    private static JsonArray Nodes(JsonObject b) => b["proof"]!["nodes"]!.AsArray();

    private static JsonArray Paths(JsonObject b) => b["proof"]!["paths"]!.AsArray();

    private static JsonArray PathNodes(JsonNode path) => path["nodes"]!.AsArray();

    private static JsonArray Consistency(JsonObject b) => b["history"]![0]!["consistencyProof"]!.AsArray();

    private static int Size(JsonObject b) => (int)Long(b["anchor"]!["size"]);

    private static long Long(JsonNode? node) => node!.GetValue<long>();

    private static JsonNode? Clone(JsonNode? node) => node?.DeepClone();

    private static JsonNode PickNode(IList<JsonNode?> nodes, SeededRandom r) => nodes[r.Int(nodes.Count)]!;

    private static (JsonNode, JsonNode) TwoOf(JsonArray list, SeededRandom r)
    {
        var i = r.Int(list.Count);
        var j = r.Int(list.Count - 1);
        if (j >= i) j++;
        return (list[i]!, list[j]!);
    }

    private static JsonObject Parent(JsonObject bundle, string[] path)
    {
        JsonNode node = bundle;
        foreach (var key in path[..^1]) node = node is JsonArray array ? array[int.Parse(key, CultureInfo.InvariantCulture)]! : node[key]!;
        return node.AsObject();
    }

    private static string RandomHash(SeededRandom r) =>
        "0x" + Convert.ToHexStringLower(Keccak256.Hash(Encoding.UTF8.GetBytes($"fuzz {r.Next().ToString("R", CultureInfo.InvariantCulture)}")));

    private static string RandomAddress(SeededRandom r) => "0x" + RandomHash(r)[26..];
}
