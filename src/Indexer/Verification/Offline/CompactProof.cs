using Anchor.Merkle;

namespace Anchor.Indexer.Verification;

/// <summary>
/// The compact inclusion proof of SPEC section 4, expanded into one plain RFC 9162 proof per
/// disclosed index. Refuses what sections 4 and 7 name: a path for an index no entry discloses,
/// a second path for one index, a position outside the node table, a disclosed index without a path.
/// </summary>
internal static class CompactProof
{
    /// <summary>The plain proof of each disclosed index, or null with the reason.</summary>
    public static Dictionary<long, Hash32[]>? Expand(BundleProof proof, IEnumerable<long> disclosedIndices, out string? problem)
    {
        var disclosed = new List<long>();
        var disclosedSet = new HashSet<long>();
        foreach (var index in disclosedIndices)
        {
            if (disclosedSet.Add(index)) disclosed.Add(index);
        }
        var proofs = new Dictionary<long, Hash32[]>();
        for (var p = 0; p < proof.Paths.Count; p++)
        {
            var path = proof.Paths[p];
            if (!disclosedSet.Contains(path.Index))
            {
                problem = $"proof.paths[{p}] is for index {path.Index}, which no entry discloses";
                return null;
            }
            if (proofs.ContainsKey(path.Index))
            {
                problem = $"proof.paths[{p}] is a second path for index {path.Index}";
                return null;
            }
            var hashes = new Hash32[path.Nodes.Count];
            for (var n = 0; n < path.Nodes.Count; n++)
            {
                var position = path.Nodes[n];
                if (position >= proof.Nodes.Count)
                {
                    problem = $"proof.paths[{p}].nodes[{n}] refers to node {position}, outside the table of {proof.Nodes.Count}";
                    return null;
                }
                hashes[n] = proof.Nodes[(int)position];
            }
            proofs[path.Index] = hashes;
        }
        foreach (var index in disclosed)
        {
            if (!proofs.ContainsKey(index))
            {
                problem = $"entry at index {index} has no path in proof.paths";
                return null;
            }
        }
        problem = null;
        return proofs;
    }
}
