// Compact inclusion proofs (docs/SPEC.md section 4): a table of distinct nodes, and per disclosed
// index a path of positions in that table. Expanding a path gives the plain RFC 9162 proof.
"use strict";

/**
 * Expands the compact proof into plain proofs, one per disclosed index, refusing the cases that
 * §4 and §7 name: a path for an index that is not disclosed, a second path for one index, a
 * position outside the table, and a disclosed index with no path.
 * Requires a well-formed proof (positions are non-negative integers, nodes are 32-byte hex).
 * @param {{nodes: string[], paths: {index: number, nodes: number[]}[]}} proof
 * @param {number[]} disclosedIndices
 * @returns {{ok: true, proofs: Map<number, string[]>} | {ok: false, reason: string}}
 */
function expandCompactProof(proof, disclosedIndices) {
  const disclosed = new Set(disclosedIndices);
  const proofs = new Map();
  for (let p = 0; p < proof.paths.length; p++) {
    const path = proof.paths[p];
    if (!disclosed.has(path.index)) {
      return { ok: false, reason: `proof.paths[${p}] is for index ${path.index}, which no entry discloses` };
    }
    if (proofs.has(path.index)) {
      return { ok: false, reason: `proof.paths[${p}] is a second path for index ${path.index}` };
    }
    const hashes = [];
    for (let n = 0; n < path.nodes.length; n++) {
      const position = path.nodes[n];
      if (position >= proof.nodes.length) {
        return {
          ok: false,
          reason: `proof.paths[${p}].nodes[${n}] refers to node ${position}, outside the table of ${proof.nodes.length}`,
        };
      }
      hashes.push(proof.nodes[position]);
    }
    proofs.set(path.index, hashes);
  }
  for (const index of disclosed) {
    if (!proofs.has(index)) return { ok: false, reason: `entry at index ${index} has no path in proof.paths` };
  }
  return { ok: true, proofs };
}

module.exports = { expandCompactProof };
