// Runs the shared tree vectors (tests/vectors/tree.json) through the on-chain proof libraries.
const { expect } = require("chai");
const fs = require("fs");
const { ethers } = require("hardhat");
const { loadFixture } = require("@nomicfoundation/hardhat-network-helpers");
const { render, VECTOR_FILE } = require("../../../scripts/write-tree-vectors");

const vectors = JSON.parse(fs.readFileSync(VECTOR_FILE, "utf8"));
const Outcome = { Valid: 0n, WrongLength: 1n, OldRootMismatch: 2n, NewRootMismatch: 3n };

describe("Merkle log proof libraries", function () {
  async function deployHarness() {
    return ethers.deployContract("LogProofHarness");
  }

  it("vector file matches the JavaScript reference tree", function () {
    expect(fs.readFileSync(VECTOR_FILE, "utf8")).to.equal(render(), "run `npm run vectors` and commit tests/vectors/tree.json");
  });

  describe("LogHash", function () {
    it("hashes every vector leaf with the 0x00 prefix", async function () {
      const harness = await loadFixture(deployHarness);
      for (let i = 0; i < vectors.leafData.length; i++) {
        expect(await harness.leafHash(vectors.leafData[i])).to.equal(vectors.leafHashes[i], `leaf ${i}`);
      }
    });

    it("hashes interior nodes with the 0x01 prefix", async function () {
      const harness = await loadFixture(deployHarness);
      const [a, b] = vectors.leafHashes;
      expect(await harness.nodeHash(a, b)).to.equal(vectors.roots[2].root);
      expect(await harness.nodeHash(a, b)).to.equal(ethers.keccak256(ethers.concat(["0x01", a, b])));
    });
  });

  describe("InclusionProof", function () {
    it(`accepts all ${vectors.inclusion.length} vector proofs`, async function () {
      const harness = await loadFixture(deployHarness);
      for (const v of vectors.inclusion) {
        expect(await harness.verifyInclusion(v.index, v.size, v.leafHash, v.root, v.proof)).to.equal(true, `index ${v.index} size ${v.size}`);
      }
    });

    for (const v of vectors.badInclusion) {
      it(`rejects: ${v.name}`, async function () {
        const harness = await loadFixture(deployHarness);
        expect(await harness.verifyInclusion(v.index, v.size, v.leafHash, v.root, v.proof)).to.equal(false);
      });
    }
  });

  describe("ConsistencyProof", function () {
    it(`accepts all ${vectors.consistency.length} vector proofs`, async function () {
      const harness = await loadFixture(deployHarness);
      for (const v of vectors.consistency) {
        expect(await harness.verifyConsistency(v.oldSize, v.newSize, v.oldRoot, v.newRoot, v.proof)).to.equal(Outcome.Valid, `${v.oldSize} to ${v.newSize}`);
      }
    });

    for (const v of vectors.badConsistency) {
      it(`rejects: ${v.name}`, async function () {
        const harness = await loadFixture(deployHarness);
        expect(await harness.verifyConsistency(v.oldSize, v.newSize, v.oldRoot, v.newRoot, v.proof)).to.not.equal(Outcome.Valid);
      });
    }

    it("reports a proof of the wrong length as WrongLength", async function () {
      const harness = await loadFixture(deployHarness);
      const v = vectors.consistency.find((c) => c.oldSize === 6 && c.newSize === 13);
      expect(await harness.verifyConsistency(6, 13, v.oldRoot, v.newRoot, v.proof.slice(0, -1))).to.equal(Outcome.WrongLength);
      expect(await harness.verifyConsistency(6, 13, v.oldRoot, v.newRoot, [...v.proof, v.newRoot])).to.equal(Outcome.WrongLength);
    });

    it("tells an old-root mismatch from a new-root mismatch", async function () {
      const harness = await loadFixture(deployHarness);
      const v = vectors.consistency.find((c) => c.oldSize === 6 && c.newSize === 13);
      expect(await harness.verifyConsistency(6, 13, vectors.roots[5].root, v.newRoot, v.proof)).to.equal(Outcome.OldRootMismatch);
      expect(await harness.verifyConsistency(6, 13, v.oldRoot, vectors.roots[12].root, v.proof)).to.equal(Outcome.NewRootMismatch);
    });
  });
});
