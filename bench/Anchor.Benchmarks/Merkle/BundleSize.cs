using System.Text;
using System.Text.Json;
using Anchor.Indexer.Tags;
using Anchor.Ledger.Sample;
using Anchor.Merkle;

namespace Anchor.Benchmarks.Merkle;

/// <summary>
/// What a verifier downloads for one batch: the evidence bundle of 12 entries in a log of 10^6,
/// with the compact proof, against per-item receipts (one full inclusion proof per entry, the way
/// OpenTimestamps and Chainpoint hand out proofs), and the QR version of the tag's Digital Link.
/// </summary>
internal static class BundleSize
{
    public const int Entries = 12;

    public static (object Figures, string Markdown) Measure(MerkleLogReader reader, ulong size)
    {
        // A batch's entries are spread through the log: other batches' events come in between.
        var indices = Enumerable.Range(0, Entries).Select(i => (ulong)((long)size * (2 * i + 1) / (2 * Entries))).ToArray();
        var compact = CompactInclusionProof.Build(reader, indices, size);
        var perItemNodes = indices.Sum(i => reader.InclusionProof(i, size).Length);
        var hexNode = 66 + 3; // "0x…" with quotes and a comma in JSON
        var compactProofBytes = compact.Nodes.Count * hexNode + compact.Paths.Sum(p => 16 + p.NodeRefs.Count * 4);
        var perItemBytes = perItemNodes * hexNode;
        var entryBytes = RealEntriesBytes();
        var bundleBytes = compactProofBytes + entryBytes + 3_000; // + header, anchor, chain, recall, cold-chain claim, explorer links

        var typical = TagQrCode.For(DigitalLinkUri.For("id.by-health.example", "09521001000017", "L260504000000"));
        var longest = TagQrCode.For(DigitalLinkUri.For("traceability.harbin-pharmaceutical.example", "09521003000015", "HP/2026-05#A(01)%x19"));
        var figures = new
        {
            size, entries = Entries, compactNodes = compact.Nodes.Count, perItemNodes, compactProofBytes, perItemBytes, entryBytes, bundleBytes,
            qrTypical = new { typical.Uri, typical.Version }, qrLongest = new { longest.Uri, longest.Version },
        };
        var markdown = $"""
            ### Bundle size and proof size

            A batch of {Entries} entries spread evenly through a log of {size:N0} entries, which is the worst case for
            sharing: entries close together share more nodes (the events are real sample events, {entryBytes / Entries:N0} bytes
            each with their salt and hash ID as JSON).

            | form | proof nodes | proof bytes (JSON) |
            | --- | ---: | ---: |
            | baseline: per-item receipts, one full inclusion proof per entry | {perItemNodes} | {perItemBytes:N0} |
            | Anchor's compact form (docs/SPEC.md §4) | {compact.Nodes.Count} | {compactProofBytes:N0} ({100.0 * compactProofBytes / perItemBytes:N0}%) |

            The whole evidence bundle: about **{bundleBytes / 1024.0:N1} KiB** ({entryBytes:N0} bytes of entries, {compactProofBytes:N0} of proof,
            about 3 KB of anchor, chain, cold-chain and explorer members).

            ### QR code of the tag

            The QR code carries the Digital Link URI only (error correction M):

            | URI | length | QR version |
            | --- | ---: | ---: |
            | `{typical.Uri}` | {typical.Uri.Length} | {typical.Version} |
            | `{longest.Uri}` (a long domain and a 20-character lot that needs escaping) | {longest.Uri.Length} | {longest.Version} |

            Goal: version 10 or lower. {(longest.Version <= 10 ? "Met." : "**Not met.**")}
            """;
        return (figures, markdown);
    }

    // The sample generator's events, as a bundle lists them: the event as a JSON string, salt, hash ID, index, GTIN, lot.
    private static int RealEntriesBytes()
    {
        var folder = Path.Combine(Path.GetTempPath(), "anchor-bench-bundle-" + Environment.ProcessId);
        try
        {
            SampleGenerator.Generate(new SampleOptions { OutputDirectory = folder, Batches = 15, Seed = 3 });
            var file = Directory.GetFiles(Path.Combine(folder, "by-health"), "*.jsonld").Order(StringComparer.Ordinal).First();
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var events = document.RootElement.GetProperty("epcisBody").GetProperty("eventList").EnumerateArray()
                .Select(e => e.GetRawText()).Take(Entries).ToArray();
            var relaxed = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            var perEntryOverhead = Encoding.UTF8.GetByteCount("""{"index":1000000,"gtin":"09521001000017","lot":"L260504000000","eventHashId":"ni:///sha-256;0000000000000000000000000000000000000000000000000000000000000000?ver=CBV2.0","declaredAt":null,"salt":"0x0000000000000000000000000000000000000000000000000000000000000000","event":""},""");
            return events.Sum(e => Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(e, relaxed)) + perEntryOverhead) * Entries / Math.Max(1, events.Length);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
