// A publisher's ledger as the bundle vectors need it: entries with fixed salts, their version-1
// leaves (docs/SPEC.md section 2.3), and the tree over them from the reference implementation in
// tests/lib/merkle-log.js, which shares no code with either verifier.
"use strict";

const { keccak256, toUtf8Bytes, concat } = require("ethers");
const { MerkleLog } = require("../../tests/lib/merkle-log");
// The CBV 2.0 Event Hash ID of each fixture event, as `anchor hash` prints it (fixtures/hash-events.js).
const EVENT_HASH_IDS = require("./fixtures/event-hash-ids.json");

/** A salt that is fixed for the vectors yet looks like the 32 random bytes a ledger draws. */
function fixedSalt(slug, index) {
  return keccak256(toUtf8Bytes(`anchor bundle vectors/${slug}/salt/${index}`));
}

function batchKey(gtin, lot) {
  return keccak256(toUtf8Bytes(`/01/${gtin}/10/${lot}`));
}

function leafData({ salt, gtin, lot, eventHashId, event }) {
  return concat(["0x01", salt, batchKey(gtin, lot), keccak256(toUtf8Bytes(eventHashId)), keccak256(toUtf8Bytes(event))]);
}

/**
 * Builds the ledger of a fixture (fixtures/*.js).
 * @returns {{slug, fixture, entries: object[], log: MerkleLog}} entries as a bundle discloses them,
 *   with `batch` (the fixture's batch letter) and `leafHash` added
 */
function buildLedger(fixture) {
  const ids = EVENT_HASH_IDS[fixture.slug];
  if (!ids || ids.length !== fixture.events.length) {
    throw new Error(`fixtures/event-hash-ids.json has no id for every ${fixture.slug} event: run node scripts/bundle-vectors/fixtures/hash-events.js`);
  }
  const entries = fixture.events.map((e, index) => {
    const entry = {
      index,
      gtin: e.gtin,
      lot: e.lot,
      eventHashId: ids[index],
      declaredAt: e.declaredAt,
      salt: fixedSalt(fixture.slug, index),
      event: JSON.stringify(e.event),
    };
    return { ...entry, batch: e.batch };
  });
  const log = MerkleLog.fromLeafData(entries.map(leafData));
  entries.forEach((entry, i) => (entry.leafHash = log.leafAt(i)));
  return { slug: fixture.slug, fixture, entries, log };
}

module.exports = { buildLedger, batchKey, fixedSalt };
