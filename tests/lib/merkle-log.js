// A small reference implementation of the Anchor Merkle log (docs/SPEC.md, "Tree"): RFC 6962
// section 2.1 with Keccak-256 and 0x00/0x01 leaf/node prefixes. It follows the RFC's recursive
// definitions (MTH, PATH, PROOF) as literally as it can, so that it can serve as the reference the
// contract, the C# log and the vectors are checked against. It favours clarity over speed, except
// that subtree hashes are memoised, which lets a log of identical leaves reach 2^30 entries.
"use strict";

const { keccak256, concat, getBytes, hexlify } = require("ethers");

const LEAF_PREFIX = "0x00";
const NODE_PREFIX = "0x01";

function leafHash(leafData) {
  return keccak256(concat([LEAF_PREFIX, getBytes(leafData)]));
}

function nodeHash(left, right) {
  return keccak256(concat([NODE_PREFIX, left, right]));
}

/** The largest power of two strictly smaller than n (n >= 2). */
function splitPoint(n) {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * A log over leaf hashes. `leafAt(i)` returns the hash of leaf i. When `uniform` is set every leaf
 * has the same hash, so a subtree hash depends only on its size and sizes up to 2^53 are practical.
 */
class MerkleLog {
  constructor(leafAt, size, { uniform = false } = {}) {
    this.leafAt = leafAt;
    this.size = size;
    this.uniform = uniform;
    this.memo = new Map();
  }

  static fromLeafData(leafData) {
    const hashes = leafData.map(leafHash);
    return new MerkleLog((i) => hashes[i], hashes.length);
  }

  static uniform(size, leaf = leafHash("0x")) {
    return new MerkleLog(() => leaf, size, { uniform: true });
  }

  /** MTH(D[start:start+n]), RFC 6962 section 2.1. */
  subtreeHash(start, n) {
    if (n === 0) return keccak256("0x");
    if (n === 1) return this.leafAt(start);
    const key = this.uniform ? `${n}` : `${start}:${n}`;
    let hash = this.memo.get(key);
    if (hash === undefined) {
      const k = splitPoint(n);
      hash = nodeHash(this.subtreeHash(start, k), this.subtreeHash(start + k, n - k));
      this.memo.set(key, hash);
    }
    return hash;
  }

  root(size = this.size) {
    return this.subtreeHash(0, size);
  }

  /** PATH(index, D[0:size]), RFC 6962 section 2.1.1: leaf-to-root sibling order. */
  inclusionProof(index, size = this.size) {
    if (!(index >= 0 && index < size)) throw new RangeError(`index ${index} outside 0..${size - 1}`);
    const path = (m, start, n) => {
      if (n === 1) return [];
      const k = splitPoint(n);
      return m < k
        ? [...path(m, start, k), this.subtreeHash(start + k, n - k)]
        : [...path(m - k, start + k, n - k), this.subtreeHash(start, k)];
    };
    return path(index, 0, size);
  }

  /** PROOF(oldSize, D[0:newSize]), RFC 6962 section 2.1.2. Empty when oldSize is 0 or newSize. */
  consistencyProof(oldSize, newSize = this.size) {
    if (!(oldSize >= 0 && oldSize <= newSize)) throw new RangeError(`sizes ${oldSize} > ${newSize}`);
    if (oldSize === 0 || oldSize === newSize) return [];
    const subproof = (m, start, n, complete) => {
      if (m === n) return complete ? [] : [this.subtreeHash(start, n)];
      const k = splitPoint(n);
      return m <= k
        ? [...subproof(m, start, k, complete), this.subtreeHash(start + k, n - k)]
        : [...subproof(m - k, start + k, n - k, false), this.subtreeHash(start, k)];
    };
    return subproof(oldSize, 0, newSize, true);
  }
}

module.exports = { MerkleLog, leafHash, nodeHash, splitPoint, hexlify };
