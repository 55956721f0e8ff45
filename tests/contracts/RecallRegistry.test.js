const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture } = require("@nomicfoundation/hardhat-network-helpers");

const BATCH = ethers.keccak256(ethers.toUtf8Bytes("batch key of a test batch"));
const OTHER_BATCH = ethers.keccak256(ethers.toUtf8Bytes("another batch"));

describe("RecallRegistry", function () {
  async function deployRecalls() {
    const [publisher, otherPublisher] = await ethers.getSigners();
    const recalls = await ethers.deployContract("RecallRegistry");
    return { recalls, publisher, otherPublisher };
  }

  it("records a recall with its time and emits BatchRecalled", async function () {
    const { recalls, publisher } = await loadFixture(deployRecalls);
    await expect(recalls.recall(BATCH, "Cold-chain excursion above 8 °C"))
      .to.emit(recalls, "BatchRecalled")
      .withArgs(publisher.address, BATCH, "Cold-chain excursion above 8 °C");
    const block = await ethers.provider.getBlock("latest");
    expect(await recalls.recalledAt(publisher.address, BATCH)).to.equal(block.timestamp);
    expect(await recalls.recalledAt(publisher.address, OTHER_BATCH)).to.equal(0n);
  });

  it("reports 0 for a batch never recalled", async function () {
    const { recalls, publisher } = await loadFixture(deployRecalls);
    expect(await recalls.recalledAt(publisher.address, BATCH)).to.equal(0n);
  });

  it("rejects a second recall of the same batch", async function () {
    const { recalls, publisher } = await loadFixture(deployRecalls);
    await recalls.recall(BATCH, "first notice");
    const first = await recalls.recalledAt(publisher.address, BATCH);
    await expect(recalls.recall(BATCH, "second notice"))
      .to.be.revertedWithCustomError(recalls, "RecallAlreadyRecorded")
      .withArgs(publisher.address, BATCH, first);
  });

  it("rejects an empty reason", async function () {
    const { recalls, publisher } = await loadFixture(deployRecalls);
    await expect(recalls.recall(BATCH, ""))
      .to.be.revertedWithCustomError(recalls, "RecallEmptyReason")
      .withArgs(publisher.address, BATCH);
  });

  it("accepts a reason of MAX_REASON_LENGTH bytes and rejects a longer one", async function () {
    const { recalls } = await loadFixture(deployRecalls);
    const max = Number(await recalls.MAX_REASON_LENGTH());
    await expect(recalls.recall(OTHER_BATCH, "x".repeat(max))).to.emit(recalls, "BatchRecalled");
    await expect(recalls.recall(BATCH, "x".repeat(max + 1)))
      .to.be.revertedWithCustomError(recalls, "RecallReasonTooLong")
      .withArgs(max + 1, max);
  });

  it("keeps each publisher's recalls apart: no one recalls another's batch", async function () {
    const { recalls, publisher, otherPublisher } = await loadFixture(deployRecalls);
    await recalls.connect(otherPublisher).recall(BATCH, "the other publisher's own batch");
    expect(await recalls.recalledAt(publisher.address, BATCH)).to.equal(0n);
    await expect(recalls.recall(BATCH, "publisher's own batch"))
      .to.emit(recalls, "BatchRecalled")
      .withArgs(publisher.address, BATCH, "publisher's own batch");
  });
});
