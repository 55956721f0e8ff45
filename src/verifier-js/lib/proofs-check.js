// The `proofs` check and the offline half of the `history` check (docs/SPEC.md section 7): each
// disclosed entry's leaf, recomputed from its bytes, is included at its index in the anchored
// head (anchor.root, anchor.size); each earlier head of `history` is consistent with that head.
"use strict";

const { expandCompactProof } = require("./compact-proof");
const { entryLeafHash } = require("./leaf");
const { verifyInclusion, verifyConsistency } = require("./merkle");

/**
 * @param {object} bundle a bundle that passed the format check
 * @returns {{status: "pass"|"fail", reason: string, verified: Set<number>, leafHashes: Map<number,string>, warnings: string[]}}
 *   verified: positions in bundle.entries whose inclusion proof verified
 */
function checkProofs(bundle) {
  const { entries, proof, anchor } = bundle;
  const verified = new Set();
  const leafHashes = new Map();
  const warnings = [];
  const result = (status, reason) => ({ status, reason, verified, leafHashes, warnings });
  if (proof.size !== undefined && proof.size !== anchor.size) {
    return result("fail", `proof.size ${proof.size} is not anchor.size ${anchor.size}`);
  }
  const expanded = expandCompactProof(proof, entries.map((e) => e.index));
  if (!expanded.ok) return result("fail", expanded.reason);

  const failures = [];
  entries.forEach((entry, position) => {
    const leafHash = entryLeafHash(entry);
    leafHashes.set(position, leafHash);
    if (entry.index >= anchor.size) {
      failures.push(`entry at index ${entry.index}: not below the tree size ${anchor.size}`);
      return;
    }
    const outcome = verifyInclusion(leafHash, entry.index, anchor.size, expanded.proofs.get(entry.index), anchor.root);
    if (outcome.ok) verified.add(position);
    else failures.push(`entry at index ${entry.index}: leaf ${leafHash} does not verify: ${outcome.reason}`);
  });
  if (failures.length > 0) {
    const more = failures.length > 1 ? ` (${failures.length} of ${entries.length} entries fail)` : "";
    return result("fail", failures[0] + more);
  }
  const used = new Set(proof.paths.flatMap((p) => p.nodes));
  if (used.size < proof.nodes.length) warnings.push(`${proof.nodes.length - used.size} node(s) of proof.nodes are used by no path`);
  return result("pass", `${entries.length} inclusion proofs verify against root ${anchor.root} at size ${anchor.size}`);
}

/**
 * The offline part of `history`: every earlier head's consistency proof leads to `anchor`.
 * A bundle without history passes: there is nothing to check, and nothing was left unchecked.
 * @returns {{status: "pass"|"fail", reason: string}}
 */
function checkHistoryConsistency(bundle) {
  const history = bundle.history;
  if (history === undefined || history.length === 0) return { status: "pass", reason: "the bundle has no earlier heads (nothing to check)", empty: true };
  const { anchor } = bundle;
  for (let i = 0; i < history.length; i++) {
    const head = history[i];
    if (head.size > anchor.size) return { status: "fail", reason: `history[${i}]: size ${head.size} is not an earlier head of size ${anchor.size}` };
    const outcome = verifyConsistency(head.size, head.root, anchor.size, anchor.root, head.consistencyProof);
    if (!outcome.ok) return { status: "fail", reason: `history[${i}] (size ${head.size}): ${outcome.reason}` };
  }
  const sizes = history.map((h) => h.size).join(", ");
  return { status: "pass", reason: `earlier head(s) of size ${sizes} are consistent with the anchored head of size ${anchor.size}` };
}

module.exports = { checkProofs, checkHistoryConsistency };
