// The Anchor log's tree (docs/SPEC.md section 1): RFC 9162 inclusion and consistency proof
// verification with Keccak-256 and the one-byte domain prefixes 0x00 (leaf) and 0x01 (node).
// Hashes are 0x-prefixed lower-case hex strings throughout, as in bundles.
// Every verifier returns {ok: true} or {ok: false, reason}: a bad proof is an expected outcome
// with a specific reason, never an exception.
"use strict";

const { keccak256, getBytes } = require("ethers");

const LEAF_PREFIX = 0x00;
const NODE_PREFIX = 0x01;

/** keccak256(0x00 || leafData). `leafData` is a Uint8Array or hex. */
function hashLeaf(leafData) {
  const data = typeof leafData === "string" ? getBytes(leafData) : leafData;
  const buffer = new Uint8Array(1 + data.length);
  buffer[0] = LEAF_PREFIX;
  buffer.set(data, 1);
  return keccak256(buffer);
}

/** keccak256(0x01 || left || right), both children 32-byte hashes. */
function hashChildren(left, right) {
  const buffer = new Uint8Array(65);
  buffer[0] = NODE_PREFIX;
  buffer.set(getBytes(left), 1);
  buffer.set(getBytes(right), 33);
  return keccak256(buffer);
}

/** The number of nodes of an inclusion proof for `index` in a tree of `size` (index < size). */
function inclusionProofLength(index, size) {
  let length = 0;
  let fn = index;
  let sn = size - 1;
  while (sn > 0) {
    if (fn % 2 === 1 || fn === sn) {
      while (fn % 2 === 0 && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    }
    fn = half(fn);
    sn = half(sn);
    length++;
  }
  return length;
}

/**
 * The root that an inclusion proof leads to (RFC 9162 section 2.1.3.2, docs/SPEC.md 1.1).
 * Requires 0 <= index < size; sizes and indices are safe integers.
 * @returns {{ok: true, root: string} | {ok: false, reason: string}}
 */
function rootFromInclusionProof(leafHash, index, size, proof) {
  if (!(index < size)) return { ok: false, reason: `index ${index} is not below the tree size ${size}` };
  let fn = index;
  let sn = size - 1;
  let r = leafHash;
  for (const c of proof) {
    if (sn === 0) return { ok: false, reason: tooLong("inclusion", proof.length, inclusionProofLength(index, size)) };
    if (fn % 2 === 1 || fn === sn) {
      r = hashChildren(c, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      r = hashChildren(r, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) return { ok: false, reason: tooShort("inclusion", proof.length, inclusionProofLength(index, size)) };
  return { ok: true, root: r };
}

/**
 * Verifies that `leafHash` sits at `index` in the tree of `size` with root `root`.
 * @returns {{ok: true} | {ok: false, reason: string}}
 */
function verifyInclusion(leafHash, index, size, proof, root) {
  const result = rootFromInclusionProof(leafHash, index, size, proof);
  if (!result.ok) return result;
  if (result.root !== root.toLowerCase()) {
    return { ok: false, reason: `the proof leads to root ${result.root}, not ${root}` };
  }
  return { ok: true };
}

/**
 * Verifies a consistency proof from (oldSize, oldRoot) to (newSize, newRoot)
 * (RFC 9162 section 2.1.4.2, docs/SPEC.md 1.2). From size 0 and between equal sizes the proof
 * must be empty (and equal sizes need equal roots).
 * @returns {{ok: true} | {ok: false, reason: string}}
 */
function verifyConsistency(oldSize, oldRoot, newSize, newRoot, proof) {
  oldRoot = oldRoot.toLowerCase();
  newRoot = newRoot.toLowerCase();
  if (oldSize > newSize) return { ok: false, reason: `size ${oldSize} is larger than ${newSize}` };
  if (oldSize === 0 || oldSize === newSize) {
    if (proof.length !== 0) return { ok: false, reason: `a proof from size ${oldSize} to ${newSize} must be empty, it has ${proof.length} nodes` };
    if (oldSize === newSize && oldRoot !== newRoot) return { ok: false, reason: `two different roots for size ${oldSize}` };
    return { ok: true };
  }
  const expected = consistencyProofLength(oldSize, newSize);
  let nodes = proof;
  let fr;
  let sr;
  if (isPowerOfTwo(oldSize)) {
    fr = sr = oldRoot;
  } else {
    if (proof.length === 0) return { ok: false, reason: tooShort("consistency", 0, expected) };
    fr = sr = proof[0];
    nodes = proof.slice(1);
  }
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (fn % 2 === 1) {
    fn = half(fn);
    sn = half(sn);
  }
  for (const c of nodes) {
    if (sn === 0) return { ok: false, reason: tooLong("consistency", proof.length, expected) };
    if (fn % 2 === 1 || fn === sn) {
      fr = hashChildren(c, fr);
      sr = hashChildren(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = hashChildren(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) return { ok: false, reason: tooShort("consistency", proof.length, expected) };
  if (fr !== oldRoot) return { ok: false, reason: `the proof leads to old root ${fr}, not ${oldRoot}` };
  if (sr !== newRoot) return { ok: false, reason: `the proof leads to new root ${sr}, not ${newRoot}` };
  return { ok: true };
}

/** The number of nodes of a consistency proof from size m to size n (0 < m < n). */
function consistencyProofLength(m, n) {
  let fn = m - 1;
  let sn = n - 1;
  while (fn % 2 === 1) {
    fn = half(fn);
    sn = half(sn);
  }
  let length = isPowerOfTwo(m) ? 0 : 1;
  while (sn > 0) {
    if (fn % 2 === 1 || fn === sn) {
      while (fn % 2 === 0 && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    }
    fn = half(fn);
    sn = half(sn);
    length++;
  }
  return length;
}

// Sizes go up to 2^53, beyond the 32 bits of JavaScript's shift operators.
function half(x) {
  return Math.floor(x / 2);
}

function isPowerOfTwo(x) {
  while (x > 1) {
    if (x % 2 !== 0) return false;
    x = half(x);
  }
  return x === 1;
}

function tooLong(kind, actual, expected) {
  return `the ${kind} proof is too long: ${actual} nodes, ${expected} expected`;
}

function tooShort(kind, actual, expected) {
  return `the ${kind} proof is too short: ${actual} nodes, ${expected} expected`;
}

module.exports = {
  hashLeaf,
  hashChildren,
  verifyInclusion,
  rootFromInclusionProof,
  verifyConsistency,
  inclusionProofLength,
  consistencyProofLength,
  EMPTY_ROOT: keccak256(new Uint8Array(0)),
};
