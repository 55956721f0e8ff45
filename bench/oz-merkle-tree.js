// @openzeppelin/merkle-tree's StandardMerkleTree on 100k leaves, the peer the tree is set against.
//   node bench/oz-merkle-tree.js [count]
// Leaf i is the bytes32 keccak256(uint256 i), the same values TreeSuite (bench/Anchor.Benchmarks)
// gives to the Anchor log. Writes bench/results/oz-merkle-tree.json.
"use strict";

const fs = require("fs");
const path = require("path");
const { StandardMerkleTree } = require("@openzeppelin/merkle-tree");
const { keccak256, toBeHex } = require("ethers");

const count = Number(process.argv[2] ?? 100_000);
const values = Array.from({ length: count }, (_, i) => [keccak256(toBeHex(i, 32))]);

function once() {
  const start = process.hrtime.bigint();
  const tree = StandardMerkleTree.of(values, ["bytes32"]);
  const root = tree.root;
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, root };
}

once(); // warm-up
const runs = [once(), once(), once()].sort((a, b) => a.ms - b.ms);
const result = { count, runs: runs.length, medianMilliseconds: runs[1].ms, microsecondsPerLeaf: (runs[1].ms * 1000) / count, node: process.version };
const out = path.join(__dirname, "results", "oz-merkle-tree.json");
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(result, null, 2) + "\n");
console.log(JSON.stringify(result));
