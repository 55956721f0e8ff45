// The shared bundle vectors: each case names a base bundle (bundle-builder.js), an edit, and the
// outcome that docs/SPEC.md section 7 prescribes, with the reasoning. The expectations are written
// here by hand from the spec's rules; they are never copied from a verifier's output.
//
// Outcome vocabulary (tests/vectors/bundles/README.md): `firstFailure` is the first check, in the
// order of section 7, that failed (verdict invalid) or could not be completed (cannot verify); null
// when valid, and offline when only the on-chain checks were left out.
"use strict";

const { LEDGERS } = require("./scenario");
const { batchKey } = require("./ledger");
const { flipHexBit, entryAt, pathAt } = require("./mutations");

const A17 = { publisher: "by-health", batch: "A", anchor: 1 };
const A24H = { publisher: "by-health", batch: "A", anchor: 2, history: [1] };
const B24 = { publisher: "by-health", batch: "B", anchor: 2 };
const C24 = { publisher: "by-health", batch: "C", anchor: 2 };
const K7 = { publisher: "kelpwise", batch: "K", anchor: 1 };

const VALID = ["valid", null];
const OFFLINE_OK = ["cannot verify", null];
const invalid = (check) => ["invalid", check];
const cannot = (check) => ["cannot verify", check];
const OFFLINE_PASSES = "Offline every offline check (format, entries, proofs, history's consistency, coldChain) passes, so the verdict is cannot verify (section 7: offline never gives valid).";

/** @type {{name, why, base?, edit?, bundleText?, bundleGenerator?, minConfirmations?, offline, online}[]} */
const CASES = [
  // ---- valid bundles -------------------------------------------------------------------------
  { name: "valid-within-range", base: A17, offline: OFFLINE_OK, online: VALID,
    why: "By-Health's batch BH2605A at its second anchor (size 17), with the two entries of its raw-material input lot (named by its TransformationEvent). Every proof comes from the reference tree; anchorRecord(publisher, root) is (17, block 7, its timestamp); block 7 holds the Anchored event at log index 0; 29 - 7 + 1 = 23 confirmations >= 12; the publisher is the member \"By-Health\" as claimed; recalledAt is 0 and no recall is claimed; the hand-computed cold-chain claim (WithinRange, 9 readings, one event retracted by an error declaration) matches. " + OFFLINE_PASSES },
  { name: "valid-refreshed-with-history", base: A24H, offline: OFFLINE_OK, online: VALID,
    why: "The same batch refreshed to the third anchor (size 24, block 8, log index 1 because Kelpwise's anchor is first in that block), keeping the head it was first issued with (size 17) in history with the consistency proof 17 -> 24; that head was anchored by the publisher at size 17 (anchorRecord). One more entry (index 17, no sensor data) is disclosed, so the cold-chain claim is unchanged. " + OFFLINE_PASSES },
  { name: "valid-excursion", base: B24, offline: OFFLINE_OK, online: VALID,
    why: "Batch BH2605B had three excursions (the worked example of cold-chain.md section 9 plus an interval report above 8 °C), 6 h 45 min outside. The claim says so, the recomputation agrees, and section 7 says an excursion is reported, not failed: valid, with a cold-chain warning. " + OFFLINE_PASSES },
  { name: "valid-non-member-no-claim", base: K7, offline: OFFLINE_OK, online: VALID,
    why: "Kelpwise (account 2) is not an alliance member and the bundle claims no name: section 7 says such a publisher passes the alliance check with that noted. Its band is 15-25 °C and its shipping event names Temperature as \"kw:Temperature\" through the event's own @context (cold-chain.md section 3). " + OFFLINE_PASSES },

  // ---- recall and alliance -----------------------------------------------------------------
  { name: "recall-recalled-batch", base: C24, offline: OFFLINE_OK, online: invalid("recall"),
    why: "Batch BH2605C was recalled on the chain (block 9); the bundle states the recall truthfully. Section 7: a recalled batch fails the recall check, with the recall's time and reason. Everything before recall passes. Offline the recall is not checked: " + OFFLINE_PASSES },
  { name: "recall-recalled-batch-claim-omitted", base: C24, edit: (b) => (b.recall = { recalledAt: null, reason: null }),
    offline: OFFLINE_OK, online: invalid("recall"),
    why: "The recalled batch again, but the issuer hides the recall (nulls). recalledAt(publisher, batchKey) is not 0, so the recall check fails. " + OFFLINE_PASSES },
  { name: "recall-false-claim", base: A17, edit: (b, s) => (b.recall = { recalledAt: s.recalls[0].recalledAt, reason: "Withdrawn" }),
    offline: OFFLINE_OK, online: invalid("recall"),
    why: "BH2605A was never recalled (recalledAt is 0) but the bundle claims a recall: section 7, a bundle whose recall claim differs from the chain fails the recall check. " + OFFLINE_PASSES },
  { name: "alliance-non-member-false-claim", base: K7, edit: (b) => (b.publisher.allianceName = "Kelpwise Naturals"),
    offline: OFFLINE_OK, online: invalid("alliance"),
    why: "Kelpwise is not a member (member() has admittedAt 0) yet the bundle claims the alliance name \"Kelpwise Naturals\": section 7 requires no claim for a non-member, so alliance fails. " + OFFLINE_PASSES },
  { name: "alliance-member-wrong-name", base: A17, edit: (b) => (b.publisher.allianceName = "Centrum"),
    offline: OFFLINE_OK, online: invalid("alliance"),
    why: "The publisher is the member \"By-Health\"; the bundle claims \"Centrum\": not the same name, so alliance fails. " + OFFLINE_PASSES },

  // ---- format --------------------------------------------------------------------------------
  { name: "format-not-json", bundleText: '{"bundleVersion": 1, "issuedAt": "2026-05-16T00:00:00Z", "batch": {', offline: invalid("format"), online: invalid("format"),
    why: "Truncated text is not JSON: format fails, and no other check can run." },
  { name: "format-empty", bundleText: "", offline: invalid("format"), online: invalid("format"), why: "An empty document is not JSON." },
  { name: "format-top-level-array", bundleText: "[1, 2, 3]", offline: invalid("format"), online: invalid("format"),
    why: "JSON, but not an object: section 5 defines the bundle as an object." },
  { name: "format-huge", bundleGenerator: { prefix: '{"bundleVersion":1,"padding":"', repeat: "a", count: 17 * 1024 * 1024, suffix: '"}' },
    offline: invalid("format"), online: invalid("format"),
    why: "A 17 MiB document. A verifier must refuse huge input cleanly (this one is also missing every member of section 5 but bundleVersion); the JavaScript verifier refuses anything over 16 MiB before parsing." },
  { name: "format-unknown-version", base: A17, edit: (b) => (b.bundleVersion = 2), offline: invalid("format"), online: invalid("format"),
    why: "Section 5: bundleVersion is 1 and a verifier refuses any other value." },
  { name: "format-missing-anchor", base: A17, edit: (b) => delete b.anchor, offline: invalid("format"), online: invalid("format"),
    why: "A member of section 5 is missing: the bundle is not well-formed." },
  { name: "format-missing-cold-chain", base: A17, edit: (b) => delete b.coldChain, offline: invalid("format"), online: invalid("format"),
    why: "coldChain is a member of section 5 (only history is optional): not well-formed." },
  { name: "format-wrong-batch-key", base: A17, edit: (b) => (b.batch.batchKey = batchKey(b.batch.gtin, "BH2605B")), offline: invalid("format"), online: invalid("format"),
    why: "batch.batchKey is the key of lot BH2605B, not of the tagged lot BH2605A: section 7 puts the batch-key recomputation in format." },
  { name: "format-hash-not-lower-case", base: A17, edit: (b) => (b.anchor.root = "0x" + b.anchor.root.slice(2).toUpperCase()), offline: invalid("format"), online: invalid("format"),
    why: "SPEC conventions: hashes are written as 0x-prefixed lower-case hex. An upper-case root is not well-formed." },

  // ---- entries -------------------------------------------------------------------------------
  { name: "entries-none-of-tagged-batch", base: A17, edit: keepOnlyEntries((e) => e.lot === "ACE-2604-R1"), offline: invalid("entries"), online: invalid("entries"),
    why: "Only the two entries of the input lot remain (with their own valid paths): section 7 requires at least one entry of the tagged batch." },
  { name: "entries-duplicate-index", base: A17, edit: (b) => b.entries.push({ ...b.entries[b.entries.length - 1] }), offline: invalid("entries"), online: invalid("entries"),
    why: "The last entry is disclosed twice: section 7 requires distinct indices." },
  { name: "entries-index-not-below-size", base: A17, edit: (b) => (b.anchor.size = 15), offline: invalid("entries"), online: invalid("entries"),
    why: "anchor.size says 15 but entry 15 is disclosed: section 7 requires every index below anchor.size." },
  { name: "entries-event-not-object", base: A17, edit: (b) => (b.entries[entryAt(b, 4)].event = "[]"), offline: invalid("entries"), online: invalid("entries"),
    why: "The event of entry 4 is the JSON text [] : not a JSON object (section 7, entries). Its proof would fail too, but entries comes first." },
  { name: "entries-gtin-check-digit", base: A17, edit: (b) => (b.entries[entryAt(b, 4)].gtin = "09520123456789"), offline: invalid("entries"), online: invalid("entries"),
    why: "Entry 4's GTIN has check digit 9 where GS1's modulo-10 digit is 8: not a well-formed GTIN (section 7, entries)." },

  // ---- proofs --------------------------------------------------------------------------------
  { name: "proofs-flipped-event-bit", base: A17, edit: (b) => { const e = b.entries[entryAt(b, 7)]; e.event = replaceOnce(e.event, '"value":5.5', '"value":4.5'); },
    offline: invalid("proofs"), online: invalid("proofs"),
    why: "One bit of entry 7's event bytes flipped (the reading 5.5 becomes 4.5: '5' 0x35 -> '4' 0x34). The event is still a JSON object, but its keccak256 and so its leaf change: its proof no longer leads to anchor.root." },
  { name: "proofs-flipped-salt-bit", base: A17, edit: (b) => { const e = b.entries[entryAt(b, 9)]; e.salt = flipHexBit(e.salt, 0); },
    offline: invalid("proofs"), online: invalid("proofs"), why: "The lowest bit of entry 9's salt flipped: its leaf changes, its proof fails." },
  { name: "proofs-flipped-node-bit", base: A17, edit: (b) => (b.proof.nodes[0] = flipHexBit(b.proof.nodes[0], 7)),
    offline: invalid("proofs"), online: invalid("proofs"), why: "One bit of the first node of the proof table flipped: every path using it leads to another root." },
  { name: "proofs-flipped-root-bit", base: A17, edit: (b) => (b.anchor.root = flipHexBit(b.anchor.root, 255)),
    offline: invalid("proofs"), online: invalid("proofs"),
    why: "The top bit of anchor.root flipped: no proof leads to it (proofs fails, before the anchor check that would fail too)." },
  { name: "proofs-truncated-path", base: A17, edit: (b) => b.proof.paths[pathAt(b, 3)].nodes.pop(),
    offline: invalid("proofs"), online: invalid("proofs"), why: "The path of entry 3 lost its last node: too short for index 3 in a tree of 17 (section 1.1, step 4)." },
  { name: "proofs-extended-path", base: A17, edit: (b) => b.proof.paths[pathAt(b, 3)].nodes.push(0),
    offline: invalid("proofs"), online: invalid("proofs"), why: "The path of entry 3 has one node too many: section 1.1 step 3.1 fails (too long)." },
  { name: "proofs-swapped-entries", base: A17, edit: (b) => { const x = b.entries[entryAt(b, 4)]; const y = b.entries[entryAt(b, 7)]; [x.index, y.index] = [y.index, x.index]; },
    offline: invalid("proofs"), online: invalid("proofs"),
    why: "Entries 4 and 7 swap places (their indices are exchanged): the indices stay distinct, but each leaf is now checked at the other's position and neither proof verifies." },
  { name: "proofs-wrong-index", base: A17, edit: (b) => { b.entries[entryAt(b, 4)].index = 5; b.proof.paths[pathAt(b, 4)].index = 5; },
    offline: invalid("proofs"), online: invalid("proofs"),
    why: "Entry 4 and its path both claim index 5 (an index of another batch, not disclosed): the leaf is not at index 5, so the proof fails." },
  { name: "proofs-wrong-size-shape", base: A17, edit: (b) => (b.anchor.size = 16),
    offline: invalid("proofs"), online: invalid("proofs"),
    why: "anchor.size 16 instead of 17. Every disclosed index (at most 15) is below 16, so entries passes; but a tree of 16 gives each index a path of 4 nodes where the proofs have 5: too long (section 1.1)." },
  { name: "proofs-missing-path", base: A17, edit: (b) => b.proof.paths.splice(pathAt(b, 12), 1),
    offline: invalid("proofs"), online: invalid("proofs"), why: "Entry 12 has no path: section 7 requires exactly one path per entry." },
  { name: "proofs-node-outside-table", base: A17, edit: (b) => (b.proof.paths[pathAt(b, 9)].nodes[0] = b.proof.nodes.length),
    offline: invalid("proofs"), online: invalid("proofs"), why: "A node reference equal to the table's length: outside the table (sections 4 and 7)." },
  { name: "proofs-path-for-undisclosed-index", base: A17, edit: (b) => b.proof.paths.push({ index: 5, nodes: [...b.proof.paths[0].nodes] }),
    offline: invalid("proofs"), online: invalid("proofs"), why: "A path for index 5, which no entry discloses (sections 4 and 7)." },
  { name: "proofs-wrong-entry-lot", base: A17, edit: (b) => (b.entries[entryAt(b, 1)].lot = "ACE-2604-R2"),
    offline: invalid("proofs"), online: invalid("proofs"),
    why: "Entry 1 (of the input lot) claims lot ACE-2604-R2, well-formed but not the lot its leaf commits to: the batch key in the leaf changes and the proof fails." },

  // ---- history -------------------------------------------------------------------------------
  { name: "history-flipped-proof-bit", base: A24H, edit: (b) => (b.history[0].consistencyProof[0] = flipHexBit(b.history[0].consistencyProof[0], 0)),
    offline: invalid("history"), online: invalid("history"), why: "One bit of the consistency proof 17 -> 24 flipped: it no longer links the heads (section 1.2)." },
  { name: "history-truncated-proof", base: A24H, edit: (b) => b.history[0].consistencyProof.pop(),
    offline: invalid("history"), online: invalid("history"), why: "The consistency proof 17 -> 24 lost its last node: too short (section 1.2)." },
  { name: "history-extended-proof", base: A24H, edit: (b) => b.history[0].consistencyProof.push(b.history[0].consistencyProof[0]),
    offline: invalid("history"), online: invalid("history"), why: "The consistency proof 17 -> 24 has a node too many: too long (section 1.2)." },
  { name: "history-wrong-old-root", base: A24H, edit: (b, s) => (b.history[0].root = s.publishers["by-health"].anchors[0].root),
    offline: invalid("history"), online: invalid("history"), why: "The earlier head says size 17 with the root of size 9: the proof does not lead to that old root." },
  { name: "history-head-never-anchored", base: A24H, edit: (b) => { const log = LEDGERS["by-health"].log; b.history = [{ size: 20, root: log.root(20), consistencyProof: log.consistencyProof(20, 24) }]; },
    offline: OFFLINE_OK, online: invalid("history"),
    why: "The earlier head is the real head of size 20 with a valid consistency proof to 24, so offline it passes; but By-Health never anchored size 20 (anchorRecord returns 0), and section 7 requires each earlier head to have been anchored by the publisher. history precedes chain in the order of section 7. " + OFFLINE_PASSES },

  // ---- chain, contracts, anchor, confirmations -----------------------------------------------
  { name: "chain-wrong-chain-id", base: A17, edit: (b) => (b.chain.chainId = 31338), offline: OFFLINE_OK, online: cannot("chain"),
    why: "The bundle names chain 31338; the RPC serves 31337. The chain check does not pass (eth_chainId differs), and section 7 says an unexpected chain makes the verdict cannot verify: the bundle could be valid on the chain it names, which this RPC cannot see. The later on-chain checks are skipped. " + OFFLINE_PASSES },
  { name: "contracts-wrong-anchor-registry", base: A17, edit: (b, s) => (b.chain.anchorRegistry = s.contracts.recallRegistry), offline: OFFLINE_OK, online: invalid("contracts"),
    why: "chain.anchorRegistry points at the RecallRegistry: its runtime code hash is not AnchorRegistry's (section 3), so contracts fails. " + OFFLINE_PASSES },
  { name: "contracts-alliance-registry-not-a-contract", base: A17, edit: (b) => (b.chain.allianceRegistry = "0x90F79bf6EB2c4f870365E785982E1f101E93b906"), offline: OFFLINE_OK, online: invalid("contracts"),
    why: "chain.allianceRegistry is Hardhat account 3, an address without code: not the AllianceRegistry. " + OFFLINE_PASSES },
  { name: "anchor-wrong-publisher", base: A17, edit: (b, s) => (b.publisher.address = s.publishers.kelpwise.address), offline: OFFLINE_OK, online: invalid("anchor"),
    why: "publisher.address is Kelpwise's: anchorRecord(Kelpwise, root) is all zero, since Kelpwise never anchored By-Health's root. The leaves do not commit to the publisher, so offline nothing fails. " + OFFLINE_PASSES },
  { name: "anchor-wrong-block-hash", base: A17, edit: (b, s) => (b.anchor.blockHash = s.publishers["by-health"].anchors[0].blockHash), offline: OFFLINE_OK, online: invalid("anchor"),
    why: "anchor.blockHash is block 5's hash; the canonical block 7 has another. " + OFFLINE_PASSES },
  { name: "anchor-wrong-transaction-hash", base: A17, edit: (b, s) => (b.anchor.transactionHash = s.publishers["by-health"].anchors[0].transactionHash), offline: OFFLINE_OK, online: invalid("anchor"),
    why: "anchor.transactionHash is the first anchor's transaction; the Anchored event at log index 0 of block 7 is in another transaction. " + OFFLINE_PASSES },
  { name: "anchor-wrong-log-index", base: A24H, edit: (b) => (b.anchor.logIndex = 0), offline: OFFLINE_OK, online: invalid("anchor"),
    why: "Block 8 holds two Anchored events: Kelpwise's at log index 0 and By-Health's at 1. Log index 0 is Kelpwise's event, in Kelpwise's transaction, not the bundle's. " + OFFLINE_PASSES },
  { name: "anchor-wrong-block-number", base: A17, edit: (b) => (b.anchor.blockNumber = 6), offline: OFFLINE_OK, online: invalid("anchor"),
    why: "anchor.blockNumber 6, but anchorRecord(publisher, root) gives block 7. " + OFFLINE_PASSES },
  { name: "anchor-wrong-timestamp", base: A17, edit: (b) => (b.anchor.timestamp += 1), offline: OFFLINE_OK, online: invalid("anchor"),
    why: "anchor.timestamp one second later than the one anchorRecord returns (the block's). " + OFFLINE_PASSES },
  { name: "anchor-wrong-size-same-shape", base: A17, edit: (b) => (b.anchor.size = 18), offline: OFFLINE_OK, online: invalid("anchor"),
    why: "anchor.size 18 instead of 17. For every disclosed index (below 16) the trees of 17 and 18 give the same path shape (section 1.1: the proof does not bind the size), so the proofs still lead to anchor.root and offline nothing fails. Online, anchorRecord(publisher, root) gives size 17, not 18: anchor fails. " + OFFLINE_PASSES },
  { name: "anchor-head-never-anchored", base: { ...A24H, history: undefined, size: 20 }, offline: OFFLINE_OK, online: invalid("anchor"),
    why: "A bundle made at size 20, a head By-Health's log had but never anchored: its proofs lead to the real root of size 20, so offline it passes; its anchor's place is copied from the third anchor. anchorRecord(publisher, root of 20) is all zero: anchor fails. " + OFFLINE_PASSES },
  { name: "confirmations-too-few", base: A17, minConfirmations: 1000, offline: OFFLINE_OK, online: cannot("confirmations"),
    why: "A verifier that requires 1000 confirmations: block 7 has 23 (latest 29). Section 7: fewer is cannot check, not fail, so cannot verify. " + OFFLINE_PASSES },

  // ---- coldChain -----------------------------------------------------------------------------
  { name: "coldchain-tampered-verdict", base: B24, edit: (b) => (b.coldChain.verdict = "WithinRange"), offline: invalid("coldChain"), online: invalid("coldChain"),
    why: "Batch BH2605B had excursions; the claim says WithinRange. The recomputed verdict is Excursion: coldChain fails (the last check, after every on-chain check passed)." },
  { name: "coldchain-tampered-time-outside", base: B24, edit: (b) => (b.coldChain.timeOutside = "PT30M"), offline: invalid("coldChain"), online: invalid("coldChain"),
    why: "The claim says 30 minutes outside where the recomputation gives PT6H45M." },
  { name: "coldchain-tampered-readings", base: A17, edit: (b) => (b.coldChain.readings = 10), offline: invalid("coldChain"), online: invalid("coldChain"),
    why: "10 readings claimed, 9 recomputed (the transport event's first reading repeats the shipping event's last: one reading)." },
  { name: "coldchain-tampered-max", base: A17, edit: (b) => (b.coldChain.maxCelsius = 6.9), offline: invalid("coldChain"), online: invalid("coldChain"),
    why: "The claim gives the highest point reading (6.9) as the maximum, but the interval report's 7.6 counts too (cold-chain.md section 8)." },
  { name: "coldchain-retraction-ignored", base: A17,
    edit: (b) => Object.assign(b.coldChain, { verdict: "Excursion", readings: 11, maxCelsius: 42.8, timeOutside: "PT30M" }),
    offline: invalid("coldChain"), online: invalid("coldChain"),
    why: "The claim a verifier would compute if it ignored the error declaration: the importer's °F values labelled °C (41.0, 42.8) would make an excursion of 30 minutes. The declaration retracts that event (cold-chain.md section 2), so the recomputed verdict is WithinRange with 9 readings." },
  { name: "coldchain-band-changed", base: B24, edit: (b) => (b.coldChain.band = { minCelsius: 2, maxCelsius: 10 }), offline: invalid("coldChain"), online: invalid("coldChain"),
    why: "The band is widened to 2-10 °C but the claim kept: with that band only the reading 1.5 is outside (below, 15 minutes), so the recomputed time outside is PT15M, not the claimed PT6H45M." },
];

function replaceOnce(text, from, to) {
  if (text.split(from).length !== 2) throw new Error(`expected exactly one ${from} in ${text}`);
  return text.replace(from, to);
}

/** Keeps the entries that match, and only their paths (the table is kept whole). */
function keepOnlyEntries(keep) {
  return (bundle) => {
    bundle.entries = bundle.entries.filter(keep);
    const kept = new Set(bundle.entries.map((e) => e.index));
    bundle.proof.paths = bundle.proof.paths.filter((p) => kept.has(p.index));
  };
}

module.exports = { CASES };
