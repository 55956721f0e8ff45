const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture } = require("@nomicfoundation/hardhat-network-helpers");

describe("AllianceRegistry", function () {
  async function deployAlliance() {
    const [owner, newOwner, stranger, brandA, brandB] = await ethers.getSigners();
    const alliance = await ethers.deployContract("AllianceRegistry", [owner.address]);
    return { alliance, owner, newOwner, stranger, brandA, brandB };
  }

  async function withTwoMembers() {
    const fixture = await deployAlliance();
    await fixture.alliance.admit(fixture.brandA.address, "By-Health", "https://by-health.example/alliance.json");
    await fixture.alliance.admit(fixture.brandB.address, "Centrum", "");
    return fixture;
  }

  describe("admit", function () {
    it("adds a member with its profile and emits MemberAdmitted", async function () {
      const { alliance, brandA } = await loadFixture(deployAlliance);
      await expect(alliance.admit(brandA.address, "By-Health", "ipfs://profile"))
        .to.emit(alliance, "MemberAdmitted")
        .withArgs(brandA.address, "By-Health", "ipfs://profile");
      const block = await ethers.provider.getBlock("latest");
      expect(await alliance.isMember(brandA.address)).to.equal(true);
      expect(await alliance.member(brandA.address)).to.deep.equal(["By-Health", "ipfs://profile", BigInt(block.timestamp)]);
      expect(await alliance.memberCount()).to.equal(1n);
      expect(await alliance.memberAt(0)).to.equal(brandA.address);
    });

    it("is owner-only", async function () {
      const { alliance, stranger, brandA } = await loadFixture(deployAlliance);
      await expect(alliance.connect(stranger).admit(brandA.address, "By-Health", ""))
        .to.be.revertedWithCustomError(alliance, "OwnableUnauthorizedAccount")
        .withArgs(stranger.address);
    });

    it("rejects the zero address", async function () {
      const { alliance } = await loadFixture(deployAlliance);
      await expect(alliance.admit(ethers.ZeroAddress, "Nobody", "")).to.be.revertedWithCustomError(alliance, "AllianceZeroAddress");
    });

    it("rejects a member admitted twice", async function () {
      const { alliance, brandA } = await loadFixture(withTwoMembers);
      await expect(alliance.admit(brandA.address, "By-Health again", ""))
        .to.be.revertedWithCustomError(alliance, "AllianceAlreadyMember")
        .withArgs(brandA.address);
    });

    it("rejects an empty name and a name longer than MAX_NAME_LENGTH", async function () {
      const { alliance, brandA } = await loadFixture(deployAlliance);
      const max = Number(await alliance.MAX_NAME_LENGTH());
      await expect(alliance.admit(brandA.address, "", ""))
        .to.be.revertedWithCustomError(alliance, "AllianceInvalidName")
        .withArgs(brandA.address, 0);
      await expect(alliance.admit(brandA.address, "n".repeat(max + 1), ""))
        .to.be.revertedWithCustomError(alliance, "AllianceInvalidName")
        .withArgs(brandA.address, max + 1);
      await expect(alliance.admit(brandA.address, "n".repeat(max), "")).to.emit(alliance, "MemberAdmitted");
    });
  });

  describe("update", function () {
    it("changes a member's profile and emits MemberUpdated", async function () {
      const { alliance, brandB } = await loadFixture(withTwoMembers);
      const admittedAt = (await alliance.member(brandB.address)).admittedAt;
      await expect(alliance.update(brandB.address, "Centrum (Haleon)", "https://centrum.example/a.json"))
        .to.emit(alliance, "MemberUpdated")
        .withArgs(brandB.address, "Centrum (Haleon)", "https://centrum.example/a.json");
      expect(await alliance.member(brandB.address)).to.deep.equal(["Centrum (Haleon)", "https://centrum.example/a.json", admittedAt]);
    });

    it("is owner-only", async function () {
      const { alliance, stranger, brandB } = await loadFixture(withTwoMembers);
      await expect(alliance.connect(stranger).update(brandB.address, "Hijacked", ""))
        .to.be.revertedWithCustomError(alliance, "OwnableUnauthorizedAccount")
        .withArgs(stranger.address);
    });

    it("rejects a non-member and an invalid name", async function () {
      const { alliance, stranger, brandB } = await loadFixture(withTwoMembers);
      await expect(alliance.update(stranger.address, "Stranger", ""))
        .to.be.revertedWithCustomError(alliance, "AllianceNotMember")
        .withArgs(stranger.address);
      await expect(alliance.update(brandB.address, "", ""))
        .to.be.revertedWithCustomError(alliance, "AllianceInvalidName")
        .withArgs(brandB.address, 0);
    });
  });

  describe("remove", function () {
    it("removes a member, clears its profile and emits MemberRemoved", async function () {
      const { alliance, brandA, brandB } = await loadFixture(withTwoMembers);
      await expect(alliance.remove(brandA.address)).to.emit(alliance, "MemberRemoved").withArgs(brandA.address);
      expect(await alliance.isMember(brandA.address)).to.equal(false);
      expect(await alliance.member(brandA.address)).to.deep.equal(["", "", 0n]);
      expect(await alliance.memberCount()).to.equal(1n);
      expect(await alliance.memberAt(0)).to.equal(brandB.address);
    });

    it("lets a removed member be admitted again", async function () {
      const { alliance, brandA } = await loadFixture(withTwoMembers);
      await alliance.remove(brandA.address);
      await expect(alliance.admit(brandA.address, "By-Health", "")).to.emit(alliance, "MemberAdmitted");
      expect(await alliance.isMember(brandA.address)).to.equal(true);
    });

    it("is owner-only", async function () {
      const { alliance, stranger, brandA } = await loadFixture(withTwoMembers);
      await expect(alliance.connect(stranger).remove(brandA.address))
        .to.be.revertedWithCustomError(alliance, "OwnableUnauthorizedAccount")
        .withArgs(stranger.address);
      // A member cannot remove itself either: only the alliance decides.
      await expect(alliance.connect(brandA).remove(brandA.address))
        .to.be.revertedWithCustomError(alliance, "OwnableUnauthorizedAccount")
        .withArgs(brandA.address);
    });

    it("rejects a non-member", async function () {
      const { alliance, stranger } = await loadFixture(withTwoMembers);
      await expect(alliance.remove(stranger.address))
        .to.be.revertedWithCustomError(alliance, "AllianceNotMember")
        .withArgs(stranger.address);
    });
  });

  describe("views", function () {
    it("report an empty profile for a non-member and revert memberAt out of range", async function () {
      const { alliance, stranger } = await loadFixture(withTwoMembers);
      expect(await alliance.isMember(stranger.address)).to.equal(false);
      expect(await alliance.member(stranger.address)).to.deep.equal(["", "", 0n]);
      await expect(alliance.memberAt(2)).to.be.revertedWithPanic(0x32);
    });
  });

  describe("ownership (two steps)", function () {
    it("moves only when the new owner accepts", async function () {
      const { alliance, owner, newOwner } = await loadFixture(deployAlliance);
      await expect(alliance.transferOwnership(newOwner.address))
        .to.emit(alliance, "OwnershipTransferStarted")
        .withArgs(owner.address, newOwner.address);
      expect(await alliance.owner()).to.equal(owner.address);
      expect(await alliance.pendingOwner()).to.equal(newOwner.address);
      await expect(alliance.connect(newOwner).acceptOwnership())
        .to.emit(alliance, "OwnershipTransferred")
        .withArgs(owner.address, newOwner.address);
      expect(await alliance.owner()).to.equal(newOwner.address);
      await expect(alliance.admit(newOwner.address, "Former owner's brand", ""))
        .to.be.revertedWithCustomError(alliance, "OwnableUnauthorizedAccount")
        .withArgs(owner.address);
    });

    it("lets only the owner start a transfer and only the pending owner accept it", async function () {
      const { alliance, newOwner, stranger } = await loadFixture(deployAlliance);
      await expect(alliance.connect(stranger).transferOwnership(stranger.address))
        .to.be.revertedWithCustomError(alliance, "OwnableUnauthorizedAccount")
        .withArgs(stranger.address);
      await alliance.transferOwnership(newOwner.address);
      await expect(alliance.connect(stranger).acceptOwnership())
        .to.be.revertedWithCustomError(alliance, "OwnableUnauthorizedAccount")
        .withArgs(stranger.address);
    });

    it("lets only the owner renounce", async function () {
      const { alliance, owner, stranger } = await loadFixture(deployAlliance);
      await expect(alliance.connect(stranger).renounceOwnership())
        .to.be.revertedWithCustomError(alliance, "OwnableUnauthorizedAccount")
        .withArgs(stranger.address);
      await expect(alliance.renounceOwnership()).to.emit(alliance, "OwnershipTransferred").withArgs(owner.address, ethers.ZeroAddress);
    });

    it("rejects the zero address as the initial owner", async function () {
      const factory = await ethers.getContractFactory("AllianceRegistry");
      await expect(factory.deploy(ethers.ZeroAddress))
        .to.be.revertedWithCustomError(factory, "OwnableInvalidOwner")
        .withArgs(ethers.ZeroAddress);
    });
  });
});
