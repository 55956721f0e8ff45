// Writes tests/vectors/tree.json: the shared Merkle log vectors (docs/SPEC.md, "Test vectors").
// The file is data that the Solidity, C# and JavaScript tests all read; tests/contracts checks
// that it still matches what this script produces, so edit the script, not the file.
//
//   node scripts/write-tree-vectors.js          rewrite the file
//   node scripts/write-tree-vectors.js --print  print to stdout instead
"use strict";

const fs = require("fs");
const path = require("path");
const { toUtf8Bytes, hexlify, getBytes } = require("ethers");
const { MerkleLog, leafHash } = require("../tests/lib/merkle-log");

const MAX_SIZE = 64;

/** Leaf 0 is empty data, on purpose: the tree must not treat an empty leaf as a missing one. */
function leafData(i) {
  return i === 0 ? "0x" : hexlify(toUtf8Bytes(`anchor tree vector leaf ${i}`));
}

function flipBit(hex, byteIndex = 31, mask = 0x01) {
  const bytes = getBytes(hex);
  bytes[byteIndex] ^= mask;
  return hexlify(bytes);
}

/** A few indices per size: both edges, the middle and the edge of the left subtree. */
function sampleIndices(size) {
  const picks = new Set([0, 1, size >> 1, size - 2, size - 1]);
  return [...picks].filter((i) => i >= 0 && i < size).sort((a, b) => a - b);
}

function buildVectors() {
  const data = Array.from({ length: MAX_SIZE }, (_, i) => leafData(i));
  const log = MerkleLog.fromLeafData(data);

  const roots = [];
  for (let size = 0; size <= MAX_SIZE; size++) roots.push({ size, root: log.root(size) });

  const inclusion = [];
  for (let size = 1; size <= MAX_SIZE; size++) {
    for (const index of sampleIndices(size)) {
      inclusion.push({ size, index, leafHash: log.leafAt(index), root: log.root(size), proof: log.inclusionProof(index, size) });
    }
  }

  const consistency = [];
  const pairs = [];
  for (let newSize = 1; newSize <= 16; newSize++) for (let oldSize = 1; oldSize < newSize; oldSize++) pairs.push([oldSize, newSize]);
  for (const newSize of [17, 31, 32, 33, 48, 63, 64]) for (const oldSize of [1, 2, 3, 7, 8, 15, 16, 17, newSize - 1]) if (oldSize < newSize) pairs.push([oldSize, newSize]);
  for (const [oldSize, newSize] of pairs) {
    consistency.push({ oldSize, newSize, oldRoot: log.root(oldSize), newRoot: log.root(newSize), proof: log.consistencyProof(oldSize, newSize) });
  }

  return {
    description:
      "Anchor Merkle log vectors: RFC 6962/9162 tree with Keccak-256, leaf hash keccak256(0x00 || data), node hash keccak256(0x01 || left || right). Written by scripts/write-tree-vectors.js; see docs/SPEC.md.",
    version: 1,
    leafData: data,
    leafHashes: data.map(leafHash),
    roots,
    inclusion,
    consistency,
    badInclusion: badInclusionCases(log),
    badConsistency: badConsistencyCases(log),
  };
}

function badInclusionCases(log) {
  const size = 13;
  const index = 6;
  const good = { size, index, leafHash: log.leafAt(index), root: log.root(size), proof: log.inclusionProof(index, size) };
  return [
    { name: "wrong leaf", ...good, leafHash: log.leafAt(index + 1) },
    { name: "leaf data instead of leaf hash", ...good, leafHash: leafHash(log.leafAt(index)) },
    { name: "flipped bit in proof node", ...good, proof: good.proof.map((p, i) => (i === 1 ? flipBit(p) : p)) },
    { name: "flipped bit in root", ...good, root: flipBit(good.root, 0, 0x80) },
    { name: "truncated proof", ...good, proof: good.proof.slice(0, -1) },
    { name: "trailing garbage in proof", ...good, proof: [...good.proof, good.root] },
    { name: "empty proof", ...good, proof: [] },
    { name: "wrong index", ...good, index: index + 1 },
    // Sizes 9 to 16 give index 6 a path of the same shape, so a proof alone does not bind the size:
    // the anchored record does (docs/SPEC.md). Size 8 changes the shape.
    { name: "wrong size", ...good, size: 8 },
    { name: "index equal to size", ...good, index: size, proof: [] },
    { name: "swapped proof nodes", ...good, proof: [good.proof[1], good.proof[0], ...good.proof.slice(2)] },
    { name: "proof of a single-leaf log used for size 2", size: 2, index: 0, leafHash: log.leafAt(0), root: log.root(1), proof: [] },
  ];
}

function badConsistencyCases(log) {
  const cases = [];
  for (const [oldSize, newSize] of [[6, 13], [8, 13], [1, 64], [31, 33]]) {
    const good = { oldSize, newSize, oldRoot: log.root(oldSize), newRoot: log.root(newSize), proof: log.consistencyProof(oldSize, newSize) };
    const tag = `${oldSize} to ${newSize}`;
    cases.push(
      { name: `${tag}: flipped bit in first proof node`, ...good, proof: good.proof.map((p, i) => (i === 0 ? flipBit(p) : p)) },
      { name: `${tag}: flipped bit in last proof node`, ...good, proof: good.proof.map((p, i) => (i === good.proof.length - 1 ? flipBit(p) : p)) },
      { name: `${tag}: wrong old root`, ...good, oldRoot: log.root(oldSize - 1 || 2) },
      { name: `${tag}: wrong new root`, ...good, newRoot: log.root(newSize - 1) },
      { name: `${tag}: truncated proof`, ...good, proof: good.proof.slice(0, -1) },
      { name: `${tag}: trailing garbage in proof`, ...good, proof: [...good.proof, good.newRoot] },
      { name: `${tag}: empty proof`, ...good, proof: [] },
      { name: `${tag}: proof for the wrong new size`, ...good, proof: log.consistencyProof(oldSize, newSize - 1) },
    );
  }
  return cases.filter((c) => JSON.stringify(c.proof) !== JSON.stringify(log.consistencyProof(c.oldSize, c.newSize)) || c.oldRoot !== log.root(c.oldSize) || c.newRoot !== log.root(c.newSize));
}

const VECTOR_FILE = path.join(__dirname, "..", "tests", "vectors", "tree.json");

function render() {
  return JSON.stringify(buildVectors(), null, 1) + "\n";
}

if (require.main === module) {
  const text = render();
  if (process.argv.includes("--print")) process.stdout.write(text);
  else fs.writeFileSync(VECTOR_FILE, text);
}

module.exports = { render, VECTOR_FILE };
