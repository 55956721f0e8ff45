const { expect } = require("chai");
const fs = require("fs");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-network-helpers");
const { anyValue } = require("@nomicfoundation/hardhat-chai-matchers/withArgs");
const { MerkleLog } = require("../lib/merkle-log");
const { VECTOR_FILE } = require("../../scripts/write-tree-vectors");

const vectors = JSON.parse(fs.readFileSync(VECTOR_FILE, "utf8"));
const log = MerkleLog.fromLeafData(vectors.leafData);
const ZERO = ethers.ZeroHash;

describe("AnchorRegistry", function () {
  async function deployRegistry() {
    const [publisher, otherPublisher] = await ethers.getSigners();
    const registry = await ethers.deployContract("AnchorRegistry");
    return { registry, publisher, otherPublisher };
  }

  /** A registry where `publisher` has anchored the vector log at size 6. */
  async function anchoredAtSix() {
    const fixture = await deployRegistry();
    await fixture.registry.anchor(6, log.root(6), []);
    return fixture;
  }

  describe("first anchor", function () {
    it("sets the head, records the root and emits Anchored", async function () {
      const { registry, publisher } = await loadFixture(deployRegistry);
      await expect(registry.anchor(5, log.root(5), []))
        .to.emit(registry, "Anchored")
        .withArgs(publisher.address, 0, 5, log.root(5));

      const block = await ethers.provider.getBlock("latest");
      expect(await registry.head(publisher.address)).to.deep.equal([5n, log.root(5)]);
      expect(await registry.anchorRecord(publisher.address, log.root(5))).to.deep.equal([5n, BigInt(block.number), BigInt(block.timestamp)]);
    });

    it("reports an empty head and record before any anchor", async function () {
      const { registry, publisher } = await loadFixture(deployRegistry);
      expect(await registry.head(publisher.address)).to.deep.equal([0n, ZERO]);
      expect(await registry.anchorRecord(publisher.address, log.root(1))).to.deep.equal([0n, 0n, 0n]);
    });

    it("rejects a consistency proof", async function () {
      const { registry } = await loadFixture(deployRegistry);
      await expect(registry.anchor(5, log.root(5), [log.root(1)]))
        .to.be.revertedWithCustomError(registry, "AnchorConsistencyProofLength")
        .withArgs(0, 5, 1);
    });

    it("rejects size zero", async function () {
      const { registry, publisher } = await loadFixture(deployRegistry);
      await expect(registry.anchor(0, log.root(1), []))
        .to.be.revertedWithCustomError(registry, "AnchorSizeNotIncreasing")
        .withArgs(publisher.address, 0, 0);
    });

    it("rejects the zero root", async function () {
      const { registry, publisher } = await loadFixture(deployRegistry);
      await expect(registry.anchor(3, ZERO, []))
        .to.be.revertedWithCustomError(registry, "AnchorZeroRoot")
        .withArgs(publisher.address);
    });
  });

  describe("later anchors", function () {
    it("accepts every vector consistency proof from the current head", async function () {
      const { registry, publisher } = await loadFixture(deployRegistry);
      const sizes = [1, 2, 3, 7, 8, 13, 16, 17, 31, 32, 33, 63, 64];
      await registry.anchor(sizes[0], log.root(sizes[0]), []);
      for (let i = 1; i < sizes.length; i++) {
        const [oldSize, newSize] = [sizes[i - 1], sizes[i]];
        await expect(registry.anchor(newSize, log.root(newSize), log.consistencyProof(oldSize, newSize)))
          .to.emit(registry, "Anchored")
          .withArgs(publisher.address, oldSize, newSize, log.root(newSize));
      }
      expect(await registry.head(publisher.address)).to.deep.equal([64n, log.root(64)]);
    });

    it("keeps the records of earlier roots", async function () {
      const { registry, publisher } = await loadFixture(anchoredAtSix);
      const firstBlock = await ethers.provider.getBlockNumber();
      await time.increase(600);
      await registry.anchor(13, log.root(13), log.consistencyProof(6, 13));
      expect((await registry.anchorRecord(publisher.address, log.root(6))).blockNumber).to.equal(firstBlock);
      expect((await registry.anchorRecord(publisher.address, log.root(13))).size).to.equal(13n);
    });

    it("rejects an equal size", async function () {
      const { registry, publisher } = await loadFixture(anchoredAtSix);
      await expect(registry.anchor(6, log.root(6), []))
        .to.be.revertedWithCustomError(registry, "AnchorSizeNotIncreasing")
        .withArgs(publisher.address, 6, 6);
    });

    it("rejects a shrinking size", async function () {
      const { registry, publisher } = await loadFixture(anchoredAtSix);
      await expect(registry.anchor(5, log.root(5), log.consistencyProof(5, 6)))
        .to.be.revertedWithCustomError(registry, "AnchorSizeNotIncreasing")
        .withArgs(publisher.address, 6, 5);
    });

    it("rejects a tampered proof node", async function () {
      const { registry } = await loadFixture(anchoredAtSix);
      const proof = log.consistencyProof(6, 13);
      proof[1] = ethers.toBeHex(BigInt(proof[1]) ^ 1n, 32);
      await expect(registry.anchor(13, log.root(13), proof))
        .to.be.revertedWithCustomError(registry, "AnchorConsistencyRootMismatch")
        .withArgs(log.root(6), anyValue, log.root(13), anyValue);
    });

    it("rejects a new root that the proof does not reach", async function () {
      const { registry } = await loadFixture(anchoredAtSix);
      const forged = ethers.keccak256(ethers.toUtf8Bytes("rewritten history"));
      await expect(registry.anchor(13, forged, log.consistencyProof(6, 13)))
        .to.be.revertedWithCustomError(registry, "AnchorConsistencyRootMismatch")
        .withArgs(log.root(6), log.root(6), forged, log.root(13));
    });

    it("rejects a proof from a different old root", async function () {
      const { registry } = await loadFixture(deployRegistry);
      const otherLog = MerkleLog.fromLeafData(vectors.leafData.map((_, i) => ethers.toBeHex(i + 1000)));
      await registry.anchor(6, otherLog.root(6), []);
      await expect(registry.anchor(13, log.root(13), log.consistencyProof(6, 13)))
        .to.be.revertedWithCustomError(registry, "AnchorConsistencyRootMismatch")
        .withArgs(otherLog.root(6), log.root(6), log.root(13), log.root(13));
    });

    it("rejects a proof that is too short", async function () {
      const { registry } = await loadFixture(anchoredAtSix);
      const proof = log.consistencyProof(6, 13).slice(0, -1);
      await expect(registry.anchor(13, log.root(13), proof))
        .to.be.revertedWithCustomError(registry, "AnchorConsistencyProofLength")
        .withArgs(6, 13, proof.length);
    });

    it("rejects a proof that is too long", async function () {
      const { registry } = await loadFixture(anchoredAtSix);
      const proof = [...log.consistencyProof(6, 13), log.root(13)];
      await expect(registry.anchor(13, log.root(13), proof))
        .to.be.revertedWithCustomError(registry, "AnchorConsistencyProofLength")
        .withArgs(6, 13, proof.length);
    });

    it("rejects an empty proof after the first anchor", async function () {
      const { registry } = await loadFixture(anchoredAtSix);
      await expect(registry.anchor(13, log.root(13), []))
        .to.be.revertedWithCustomError(registry, "AnchorConsistencyProofLength")
        .withArgs(6, 13, 0);
    });
  });

  describe("publishers", function () {
    it("each have their own log, which only they can move", async function () {
      const { registry, publisher, otherPublisher } = await loadFixture(anchoredAtSix);
      // The other publisher's first anchor needs no proof and leaves the first log alone.
      await expect(registry.connect(otherPublisher).anchor(2, log.root(2), []))
        .to.emit(registry, "Anchored")
        .withArgs(otherPublisher.address, 0, 2, log.root(2));
      expect(await registry.head(publisher.address)).to.deep.equal([6n, log.root(6)]);
      expect(await registry.head(otherPublisher.address)).to.deep.equal([2n, log.root(2)]);
      // A proof from the first publisher's head does not move the second publisher's log.
      await expect(registry.connect(otherPublisher).anchor(13, log.root(13), log.consistencyProof(6, 13)))
        .to.be.revertedWithCustomError(registry, "AnchorConsistencyProofLength");
    });
  });

  describe("verifyInclusion", function () {
    it("is true for every entry of an anchored root", async function () {
      const { registry, publisher } = await loadFixture(anchoredAtSix);
      for (let index = 0; index < 6; index++) {
        expect(await registry.verifyInclusion(publisher.address, log.root(6), 6, index, log.leafAt(index), log.inclusionProof(index, 6))).to.equal(true);
      }
    });

    it("stays true for an earlier root after the head moves", async function () {
      const { registry, publisher } = await loadFixture(anchoredAtSix);
      await registry.anchor(13, log.root(13), log.consistencyProof(6, 13));
      expect(await registry.verifyInclusion(publisher.address, log.root(6), 6, 4, log.leafAt(4), log.inclusionProof(4, 6))).to.equal(true);
      expect(await registry.verifyInclusion(publisher.address, log.root(13), 13, 12, log.leafAt(12), log.inclusionProof(12, 13))).to.equal(true);
    });

    it("is false unless the publisher anchored that root at that size", async function () {
      const { registry, publisher, otherPublisher } = await loadFixture(anchoredAtSix);
      const proof = log.inclusionProof(2, 7);
      // A valid proof against a root nobody anchored.
      expect(await registry.verifyInclusion(publisher.address, log.root(7), 7, 2, log.leafAt(2), proof)).to.equal(false);
      // An anchored root, but by another publisher.
      expect(await registry.verifyInclusion(otherPublisher.address, log.root(6), 6, 2, log.leafAt(2), log.inclusionProof(2, 6))).to.equal(false);
      // The anchored root claimed at another size, with a proof of that size's shape.
      expect(await registry.verifyInclusion(publisher.address, log.root(6), 5, 2, log.leafAt(2), log.inclusionProof(2, 5))).to.equal(false);
      expect(await registry.verifyInclusion(publisher.address, ZERO, 0, 0, log.leafAt(0), [])).to.equal(false);
    });

    it("is false for a bad proof, leaf or index", async function () {
      const { registry, publisher } = await loadFixture(anchoredAtSix);
      const root = log.root(6);
      const proof = log.inclusionProof(3, 6);
      expect(await registry.verifyInclusion(publisher.address, root, 6, 3, log.leafAt(2), proof)).to.equal(false);
      expect(await registry.verifyInclusion(publisher.address, root, 6, 2, log.leafAt(3), proof)).to.equal(false);
      expect(await registry.verifyInclusion(publisher.address, root, 6, 3, log.leafAt(3), proof.slice(1))).to.equal(false);
      expect(await registry.verifyInclusion(publisher.address, root, 6, 3, log.leafAt(3), [...proof, root])).to.equal(false);
      expect(await registry.verifyInclusion(publisher.address, root, 6, 6, log.leafAt(3), proof)).to.equal(false);
    });
  });
});
