// Mutation kinds for the bundle fuzz test. Each kind turns a valid bundle into one that must not
// verify, and says which checks may be the first to object: `allowed` lists first-failure names
// (null stands for "cannot verify with no failing check", which only an edit the offline checks
// cannot see may give, such as a size with the same path shape). Every edit really changes what
// the bundle asserts: none touches issuedAt or explorer, which are not evidence.
"use strict";

const { keccak256, toUtf8Bytes } = require("ethers");
const { flipHexBit } = require("../../../scripts/bundle-vectors/mutations");

/** A small seeded PRNG (mulberry32), so that a failing mutant can be replayed from its seed. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)] };
}

const hash = (rng) => keccak256(toUtf8Bytes(`fuzz ${rng.next()}`));
const address = (rng) => "0x" + hash(rng).slice(26);

/** The bundle as UTF-8 bytes with one bit of entry `position`'s event flipped, as stored in the text. */
function flipEventByte(bundle, rng) {
  const position = rng.int(bundle.entries.length);
  const marker = "\u0000EVENT\u0000";
  const event = bundle.entries[position].event;
  const copy = structuredClone(bundle);
  copy.entries[position].event = marker;
  const [before, after] = JSON.stringify(copy).split(JSON.stringify(marker).slice(1, -1));
  const escaped = new TextEncoder().encode(JSON.stringify(event).slice(1, -1));
  escaped[rng.int(escaped.length)] ^= 1 << rng.int(8);
  const encoder = new TextEncoder();
  return Uint8Array.from([...encoder.encode(before), ...escaped, ...encoder.encode(after)]);
}

const REQUIRED_PATHS = [
  ["bundleVersion"], ["issuedAt"], ["batch"], ["batch", "gtin"], ["batch", "lot"], ["batch", "batchKey"], ["batch", "digitalLink"],
  ["chain"], ["chain", "chainId"], ["chain", "anchorRegistry"], ["publisher"], ["publisher", "address"], ["publisher", "allianceName"],
  ["anchor"], ["anchor", "size"], ["anchor", "root"], ["anchor", "blockHash"], ["anchor", "logIndex"], ["entries"], ["proof"],
  ["proof", "nodes"], ["proof", "paths"], ["recall"], ["recall", "reason"], ["coldChain"], ["coldChain", "band"], ["coldChain", "verdict"],
  ["coldChain", "timeOutside"], ["entries", 0, "salt"], ["entries", 0, "event"], ["entries", 0, "index"], ["entries", 0, "declaredAt"],
];

function at(object, path) {
  return path.slice(0, -1).reduce((o, key) => o[key], object);
}

/** Offline kinds: detected without a chain. */
const OFFLINE_KINDS = {
  "event bit": { allowed: ["format", "entries", "proofs"], make: (b, rng) => flipEventByte(b, rng) },
  "salt bit": { allowed: ["proofs"], make: (b, rng) => { const e = rng.pick(b.entries); e.salt = flipHexBit(e.salt, rng.int(256)); return b; } },
  "proof node bit": { allowed: ["proofs"], make: (b, rng) => { const i = rng.int(b.proof.nodes.length); b.proof.nodes[i] = flipHexBit(b.proof.nodes[i], rng.int(256)); return b; } },
  "root bit": { allowed: ["proofs"], make: (b, rng) => { b.anchor.root = flipHexBit(b.anchor.root, rng.int(256)); return b; } },
  "truncated path": { allowed: ["proofs"], make: (b, rng) => { const p = rng.pick(b.proof.paths.filter((x) => x.nodes.length)); p.nodes.splice(rng.int(p.nodes.length), 1 + rng.int(2)); return b; } },
  "extended path": { allowed: ["proofs"], make: (b, rng) => { const p = rng.pick(b.proof.paths); for (let k = 1 + rng.int(3); k > 0; k--) p.nodes.push(rng.int(b.proof.nodes.length)); return b; } },
  "swapped entries": { allowed: ["proofs"], make: (b, rng) => { const [x, y] = twoOf(b.entries, rng); [x.index, y.index] = [y.index, x.index]; return b; } },
  "swapped events": { allowed: ["entries", "proofs"], make: (b, rng) => { const [x, y] = twoOf(b.entries, rng); [x.event, y.event] = [y.event, x.event]; return b; } },
  "wrong index": { allowed: ["entries", "proofs"], make: (b, rng) => { const e = rng.pick(b.entries); e.index = otherThan(e.index, () => rng.int(b.anchor.size * 2)); return b; } },
  "wrong path index": { allowed: ["proofs"], make: (b, rng) => { const p = rng.pick(b.proof.paths); p.index = otherThan(p.index, () => rng.int(b.anchor.size * 2)); return b; } },
  "wrong size": { allowed: ["entries", "proofs", "history", null], make: (b, rng) => { b.anchor.size = otherThan(b.anchor.size, () => 1 + rng.int(b.anchor.size * 2)); return b; } },
  "node reference outside": { allowed: ["proofs"], make: (b, rng) => { const p = rng.pick(b.proof.paths.filter((x) => x.nodes.length)); p.nodes[rng.int(p.nodes.length)] = b.proof.nodes.length + rng.int(5); return b; } },
  "dropped path": { allowed: ["proofs"], make: (b, rng) => { b.proof.paths.splice(rng.int(b.proof.paths.length), 1); return b; } },
  "dropped table node": { allowed: ["proofs"], make: (b, rng) => { b.proof.nodes.splice(rng.int(b.proof.nodes.length), 1); return b; } },
  "duplicated entry": { allowed: ["entries"], make: (b, rng) => { b.entries.splice(rng.int(b.entries.length), 0, structuredClone(rng.pick(b.entries))); return b; } },
  "wrong entry lot": { allowed: ["entries", "proofs"], make: (b, rng) => { const e = rng.pick(b.entries); e.lot = e.lot.slice(0, -1) + (e.lot.endsWith("Z") ? "Y" : "Z"); return b; } },
  "wrong event hash id": { allowed: ["format", "proofs"], make: (b, rng) => { const e = rng.pick(b.entries); e.eventHashId = e.eventHashId.replace(/;(.)/, (_, c) => ";" + (c === "0" ? "1" : "0")); return b; } },
  "event not an object": { allowed: ["entries"], make: (b, rng) => { rng.pick(b.entries).event = rng.pick(["[]", "1", '"event"', "null", "", "{", "{} {}"]); return b; } },
  "wrong batch key": { allowed: ["format"], make: (b, rng) => { b.batch.batchKey = flipHexBit(b.batch.batchKey, rng.int(256)); return b; } },
  "wrong bundle version": { allowed: ["format"], make: (b, rng) => { b.bundleVersion = rng.pick([0, 2, 1.5, "1", null, true, [], -1]); return b; } },
  "missing member": { allowed: ["format"], make: (b, rng) => { const path = rng.pick(REQUIRED_PATHS); delete at(b, path)[path[path.length - 1]]; return b; } },
  "wrong type": { allowed: ["format"], make: (b, rng) => { const path = rng.pick(REQUIRED_PATHS); const parent = at(b, path); const key = path[path.length - 1]; parent[key] = Array.isArray(parent[key]) ? {} : []; return b; } },
  "truncated text": { allowed: ["format"], make: (b, rng) => { const text = JSON.stringify(b); return text.slice(0, rng.int(text.length)); } },
  "random bytes": { allowed: ["format"], make: (b, rng) => Uint8Array.from({ length: rng.int(64) }, () => rng.int(256)) },
  "invalid UTF-8": { allowed: ["format"], make: (b, rng) => { const bytes = new TextEncoder().encode(JSON.stringify(b)); bytes[rng.int(bytes.length)] = rng.pick([0xff, 0xc0, 0x80, 0xfe]); return bytes; } },
  "tampered cold chain": { allowed: ["coldChain"], make: (b, rng) => { tamperColdChain(b.coldChain, rng); return b; } },
  "wrong declaredAt": { allowed: ["entries"], make: (b, rng) => { const e = rng.pick(b.entries); e.declaredAt = e.declaredAt === null ? "2026-05-12T09:00:00Z" : null; return b; } },
  "wrong proof size": { allowed: ["proofs"], make: (b, rng) => { b.proof.size = otherThan(b.anchor.size, () => 1 + rng.int(100)); return b; } },
  "history node bit": { needsHistory: true, allowed: ["history"], make: (b, rng) => { const h = b.history[0]; const i = rng.int(h.consistencyProof.length); h.consistencyProof[i] = flipHexBit(h.consistencyProof[i], rng.int(256)); return b; } },
  "history root bit": { needsHistory: true, allowed: ["history"], make: (b, rng) => { b.history[0].root = flipHexBit(b.history[0].root, rng.int(256)); return b; } },
  "truncated consistency proof": { needsHistory: true, allowed: ["history"], make: (b, rng) => { b.history[0].consistencyProof.splice(rng.int(b.history[0].consistencyProof.length), 1); return b; } },
  "extended consistency proof": { needsHistory: true, allowed: ["history"], make: (b, rng) => { b.history[0].consistencyProof.push(hash(rng)); return b; } },
  "wrong history size": { needsHistory: true, allowed: ["history"], make: (b, rng) => { const h = b.history[0]; h.size = otherThan(h.size, () => 1 + rng.int(b.anchor.size + 5)); return b; } },
};

/** Kinds that only the chain can refute (or, for chain id, cannot confirm). */
const ONLINE_KINDS = {
  "wrong chain id": { allowed: ["chain"], verdict: "cannot verify", make: (b, rng) => { b.chain.chainId = otherThan(b.chain.chainId, () => 1 + rng.int(100000)); return b; } },
  "wrong contract": { allowed: ["contracts"], make: (b, rng) => { const key = rng.pick(["anchorRegistry", "recallRegistry", "allianceRegistry"]); b.chain[key] = rng.next() < 0.5 ? address(rng) : otherThan(b.chain[key], () => rng.pick(Object.values(b.chain).filter((v) => typeof v === "string"))); return b; } },
  "wrong publisher": { allowed: ["history", "anchor"], make: (b, rng) => { b.publisher.address = address(rng); return b; } },
  "wrong block hash": { allowed: ["anchor"], make: (b, rng) => { b.anchor.blockHash = flipHexBit(b.anchor.blockHash, rng.int(256)); return b; } },
  "wrong transaction hash": { allowed: ["anchor"], make: (b, rng) => { b.anchor.transactionHash = flipHexBit(b.anchor.transactionHash, rng.int(256)); return b; } },
  "wrong log index": { allowed: ["anchor"], make: (b, rng) => { b.anchor.logIndex = otherThan(b.anchor.logIndex, () => rng.int(4)); return b; } },
  "wrong block number": { allowed: ["anchor"], make: (b, rng) => { b.anchor.blockNumber = otherThan(b.anchor.blockNumber, () => rng.int(40)); return b; } },
  "wrong timestamp": { allowed: ["anchor"], make: (b, rng) => { b.anchor.timestamp += rng.pick([-86400, -1, 1, 12]); return b; } },
  "wrong size (online)": { allowed: ["entries", "proofs", "history", "anchor"], make: (b, rng) => OFFLINE_KINDS["wrong size"].make(b, rng) },
  "root bit (online)": { allowed: ["proofs"], make: (b, rng) => OFFLINE_KINDS["root bit"].make(b, rng) },
  "false alliance name": { allowed: ["alliance"], make: (b, rng) => { b.publisher.allianceName = rng.pick(["Centrum", "Harbin Pharmaceutical Group", "By-Health ", "by-health", "Kelpwise"]); return b; } },
  "false recall claim": { allowed: ["recall"], make: (b, rng) => { b.recall = { recalledAt: 1778000000 + rng.int(1000000), reason: "withdrawn" }; return b; } },
};

function tamperColdChain(claim, rng) {
  const field = rng.pick(["verdict", "readings", "minCelsius", "maxCelsius", "timeOutside"]);
  if (field === "verdict") claim.verdict = otherThan(claim.verdict, () => rng.pick(["WithinRange", "Excursion", "NoData"]));
  if (field === "readings") claim.readings = otherThan(claim.readings, () => rng.int(claim.readings + 3));
  if (field === "minCelsius" || field === "maxCelsius") claim[field] = Math.round((claim[field] + rng.pick([-1.5, -0.1, 0.001, 0.5, 2])) * 1000) / 1000;
  if (field === "timeOutside") claim.timeOutside = otherThan(claim.timeOutside, () => rng.pick(["PT0S", "PT1M", "PT6H44M", "PT6H46M", "P1D", "PT30M"]));
}

function twoOf(list, rng) {
  const i = rng.int(list.length);
  let j = rng.int(list.length - 1);
  if (j >= i) j++;
  return [list[i], list[j]];
}

function otherThan(value, draw) {
  for (;;) {
    const candidate = draw();
    if (candidate !== value) return candidate;
  }
}

module.exports = { prng, OFFLINE_KINDS, ONLINE_KINDS };
