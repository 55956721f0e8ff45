using System.Text;
using Anchor.Ethereum.Crypto;
using Anchor.Ledger.Entries;
using Anchor.Merkle;

namespace Anchor.Indexer.Verification;

/// <summary>
/// The <c>proofs</c> check (SPEC section 7): every entry has exactly one path, no path is for an
/// undisclosed index, every node reference is inside the table, and each entry's leaf hash,
/// recomputed from its disclosed bytes (section 2.3), verifies at its index against
/// <c>anchor.root</c> and <c>anchor.size</c> (section 1.1).
/// </summary>
internal static class ProofsCheck
{
    /// <summary>Runs the check; the positions whose proof verified go into <paramref name="verified"/>.</summary>
    public static Outcome Run(EvidenceBundle bundle, HashSet<int> verified, List<string> warnings)
    {
        var (entries, proof, anchor) = (bundle.Entries, bundle.Proof, bundle.Anchor);
        if (proof.Size is { } size && size != anchor.Size) return Outcome.Fail($"proof.size {size} is not anchor.size {anchor.Size}");
        var expanded = CompactProof.Expand(proof, entries.Select(e => e.Index), out var problem);
        if (expanded is null) return Outcome.Fail(problem!);

        var failures = new List<string>();
        for (var position = 0; position < entries.Count; position++)
        {
            var entry = entries[position];
            var leafHash = LeafHashOf(entry);
            if (entry.Index >= anchor.Size)
            {
                failures.Add($"entry at index {entry.Index}: not below the tree size {anchor.Size}");
                continue;
            }
            try
            {
                InclusionProofVerifier.Verify((ulong)entry.Index, (ulong)anchor.Size, leafHash, anchor.Root, expanded[entry.Index]);
                verified.Add(position);
            }
            catch (ProofException e)
            {
                failures.Add($"entry at index {entry.Index}: leaf {leafHash} does not verify: {e.Message}");
            }
        }
        if (failures.Count > 0)
        {
            var more = failures.Count > 1 ? $" ({failures.Count} of {entries.Count} entries fail)" : "";
            return Outcome.Fail(failures[0] + more);
        }
        var used = proof.Paths.SelectMany(p => p.Nodes).Distinct().Count();
        if (used < proof.Nodes.Count) warnings.Add($"{proof.Nodes.Count - used} node(s) of proof.nodes are used by no path");
        return Outcome.Pass($"{entries.Count} inclusion proofs verify against root {anchor.Root} at size {anchor.Size}");
    }

    /// <summary>
    /// The entry's leaf hash (SPEC section 2.3) from its disclosed bytes. An entry whose GTIN or lot
    /// is malformed fails the entries check; its leaf is still computed (from the raw text, as the
    /// spec's formula reads), so that this check never stops on it.
    /// </summary>
    public static Hash32 LeafHashOf(BundleEntry entry)
    {
        var batchKey = Gs1Names.GtinProblem(entry.Gtin) is null && entry.Lot.Length > 0
            ? BatchKey.Of(entry.Gtin, entry.Lot)
            : new Hash32(Keccak256.Hash(Encoding.UTF8.GetBytes($"/01/{entry.Gtin}/10/{entry.Lot}")));
        Span<byte> salt = stackalloc byte[Hash32.Length];
        entry.Salt.CopyTo(salt);
        return LeafEncoding.LeafHash(salt, batchKey, entry.EventHashId, entry.EventUtf8);
    }
}
