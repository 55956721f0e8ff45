// The verifier's tree code (src/verifier-js/lib/merkle.js) against tests/vectors/tree.json, which
// the reference implementation in tests/lib/merkle-log.js wrote (docs/SPEC.md section 1.3).
"use strict";

const { expect } = require("chai");
const tree = require("../vectors/tree.json");
const merkle = require("../../src/verifier-js/lib/merkle");

describe("verifier tree (docs/SPEC.md section 1)", function () {
  it("hashes the vectors' leaves as keccak256(0x00 || data)", function () {
    expect(tree.leafData).to.have.length(64);
    tree.leafData.forEach((data, i) => expect(merkle.hashLeaf(data), `leaf ${i}`).to.equal(tree.leafHashes[i]));
  });

  it("has keccak256('') as the empty root", function () {
    expect(merkle.EMPTY_ROOT).to.equal("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    expect(tree.roots[0]).to.deep.equal({ size: 0, root: merkle.EMPTY_ROOT });
  });

  it(`accepts all ${tree.inclusion.length} valid inclusion proofs`, function () {
    for (const v of tree.inclusion) {
      const outcome = merkle.verifyInclusion(v.leafHash, v.index, v.size, v.proof, v.root);
      expect(outcome, `index ${v.index} in size ${v.size}`).to.deep.equal({ ok: true });
      expect(merkle.inclusionProofLength(v.index, v.size)).to.equal(v.proof.length);
    }
  });

  it(`rejects all ${tree.badInclusion.length} bad inclusion proofs with a reason`, function () {
    for (const v of tree.badInclusion) {
      const outcome = merkle.verifyInclusion(v.leafHash, v.index, v.size, v.proof, v.root);
      expect(outcome.ok, v.name).to.equal(false);
      expect(outcome.reason, v.name).to.be.a("string").and.not.empty;
    }
  });

  it(`accepts all ${tree.consistency.length} valid consistency proofs`, function () {
    for (const v of tree.consistency) {
      const outcome = merkle.verifyConsistency(v.oldSize, v.oldRoot, v.newSize, v.newRoot, v.proof);
      expect(outcome, `${v.oldSize} to ${v.newSize}`).to.deep.equal({ ok: true });
      if (v.oldSize > 0 && v.oldSize < v.newSize) expect(merkle.consistencyProofLength(v.oldSize, v.newSize)).to.equal(v.proof.length);
    }
  });

  it(`rejects all ${tree.badConsistency.length} bad consistency proofs with a reason`, function () {
    for (const v of tree.badConsistency) {
      const outcome = merkle.verifyConsistency(v.oldSize, v.oldRoot, v.newSize, v.newRoot, v.proof);
      expect(outcome.ok, v.name).to.equal(false);
      expect(outcome.reason, v.name).to.be.a("string").and.not.empty;
    }
  });

  it("tells a proof of the wrong length from a wrong node", function () {
    const v = tree.inclusion.find((p) => p.size === 13 && p.index === 6);
    expect(merkle.verifyInclusion(v.leafHash, 6, 13, v.proof.slice(0, -1), v.root).reason).to.match(/too short/);
    expect(merkle.verifyInclusion(v.leafHash, 6, 13, [...v.proof, v.proof[0]], v.root).reason).to.match(/too long/);
    expect(merkle.verifyInclusion(v.leafHash, 13, 13, v.proof, v.root).reason).to.match(/not below/);
  });

  it("never takes a root for another size from a path of the same shape", function () {
    // Index 6 has the same path shape for sizes 9 to 16 (section 1.1): the size must come from the chain.
    const v = tree.inclusion.find((p) => p.size === 13 && p.index === 6);
    for (let size = 9; size <= 16; size++) {
      const outcome = merkle.verifyInclusion(v.leafHash, 6, size, v.proof, tree.roots[size].root);
      expect(outcome.ok, `size ${size}`).to.equal(size === 13);
    }
  });

  it("handles sizes near 2^53 without 32-bit overflow", function () {
    // A log of identical leaves from the reference implementation, where sizes near 2^53 are cheap.
    const { MerkleLog } = require("../lib/merkle-log");
    const size = 2 ** 53 - 1;
    const log = MerkleLog.uniform(size);
    const leaf = log.leafAt(0);
    for (const index of [0, 2 ** 32 + 5, size - 1]) {
      const proof = log.inclusionProof(index, size);
      expect(merkle.verifyInclusion(leaf, index, size, proof, log.root()), `index ${index}`).to.deep.equal({ ok: true });
      expect(merkle.inclusionProofLength(index, size)).to.equal(proof.length);
    }
    const oldSize = 2 ** 40 + 3;
    const consistency = log.consistencyProof(oldSize, size);
    expect(merkle.verifyConsistency(oldSize, log.root(oldSize), size, log.root(), consistency)).to.deep.equal({ ok: true });
    expect(merkle.verifyConsistency(oldSize + 1, log.root(oldSize), size, log.root(), consistency).ok).to.equal(false);
  });
});
