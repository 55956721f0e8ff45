// Ledger leaves and batch keys (docs/SPEC.md section 2): what a verifier recomputes from the bytes
// a bundle discloses, with Keccak-256 alone.
"use strict";

const { keccak256, toUtf8Bytes, getBytes } = require("ethers");
const { hashLeaf } = require("./merkle");

const LEAF_VERSION = 0x01;

/** batchKey = keccak256(UTF-8("/01/" || gtin14 || "/10/" || lot)), the lot not percent-encoded. */
function batchKey(gtin, lot) {
  return keccak256(toUtf8Bytes(`/01/${gtin}/10/${lot}`));
}

/**
 * Leaf data version 1: 0x01 || salt || batchKey || keccak256(UTF-8(eventHashId)) || keccak256(event),
 * 129 bytes. `event` is the entry's exact stored text; its UTF-8 bytes are hashed as given.
 * @param {{salt: string, gtin: string, lot: string, eventHashId: string, event: string}} entry
 * @returns {Uint8Array}
 */
function leafData({ salt, gtin, lot, eventHashId, event }) {
  const data = new Uint8Array(129);
  data[0] = LEAF_VERSION;
  data.set(getBytes(salt), 1);
  data.set(getBytes(batchKey(gtin, lot)), 33);
  data.set(getBytes(keccak256(toUtf8Bytes(eventHashId))), 65);
  data.set(getBytes(keccak256(toUtf8Bytes(event))), 97);
  return data;
}

/** keccak256(0x00 || leafData(entry)), the hash the entry's inclusion proof starts from. */
function entryLeafHash(entry) {
  return hashLeaf(leafData(entry));
}

module.exports = { batchKey, leafData, entryLeafHash };
