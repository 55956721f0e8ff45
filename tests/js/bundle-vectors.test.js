// The shared bundle vectors (tests/vectors/bundles): the committed files are what
// scripts/bundle-vectors/write-vectors.js writes from the scenario, and the JavaScript verifier
// reaches each one's expected verdict and first failing check, offline and online.
"use strict";

const { expect } = require("chai");
const { startHardhatNode } = require("../../scripts/lib/hardhat-node");
const { runScenario } = require("../../scripts/bundle-vectors/scenario");
const { render, readVectors, vectorInput } = require("../../scripts/bundle-vectors/write-vectors");
const CLAIMS = require("../../scripts/bundle-vectors/coldchain-claims");
const { verifyBundle, firstFailure, CHECK_NAMES } = require("../../src/verifier-js/anchor-verify");
const { useVectorChain } = require("./support/vector-chain");
const { browserContext } = require("./support/browser-context");

describe("bundle vectors (tests/vectors/bundles)", function () {
  const chain = useVectorChain();
  const vectors = readVectors();

  it("are the files write-vectors.js writes from the scenario", function () {
    const expected = render(chain.scenario);
    expect(vectors.map((v) => v.file)).to.deep.equal([...expected.keys()].sort());
    for (const { file, vector } of vectors) {
      expect(JSON.stringify(vector, null, 2) + "\n", `${file}: run \`node scripts/bundle-vectors/write-vectors.js\``).to.equal(expected.get(file));
    }
  });

  it("cover every check of section 7 as a first failure, and both valid and cannot verify", function () {
    const online = new Set(vectors.map(({ vector }) => vector.expected.online.firstFailure));
    for (const name of CHECK_NAMES) expect(online, name).to.include(name);
    const verdicts = new Set(vectors.map(({ vector }) => vector.expected.online.verdict));
    expect([...verdicts].sort()).to.deep.equal(["cannot verify", "invalid", "valid"]);
  });

  it("are named after the check they are about, as the README says", function () {
    for (const { file, vector } of vectors) {
      const prefix = file.split("-")[0];
      const online = vector.expected.online;
      if (prefix === "valid") expect(online, file).to.deep.equal({ verdict: "valid", firstFailure: null });
      else expect(online.firstFailure && online.firstFailure.toLowerCase(), file).to.equal(prefix.toLowerCase());
    }
  });

  for (const mode of ["offline", "online"]) {
    describe(mode, function () {
      for (const { file, vector } of vectors) {
        const want = vector.expected[mode];
        it(`${file}: ${want.verdict}${want.firstFailure ? ` at ${want.firstFailure}` : ""}`, async function () {
          const options = mode === "offline" ? { offline: true } : { rpc: chain.url };
          const report = await verifyBundle(vectorInput(vector), { ...options, minConfirmations: vector.minConfirmations });
          expect(report.checks.map((c) => c.name)).to.deep.equal(CHECK_NAMES);
          expect({ verdict: report.verdict, firstFailure: firstFailure(report) }).to.deep.equal(want);
          for (const check of report.checks) expect(check.reason, `${check.name} has a reason`).to.be.a("string").and.not.empty;
          if (mode === "offline" && report.verdict === "cannot verify") {
            expect(report.warnings.map((w) => w.message).join("\n")).to.match(/offline/);
          }
        });
      }
    });
  }

  describe("the report of a valid bundle", function () {
    it("recomputes the cold-chain summary worked out by hand, excursions included", async function () {
      for (const [file, claim] of [["valid-excursion.json", CLAIMS["by-health"].B], ["valid-within-range.json", CLAIMS["by-health"].A], ["valid-non-member-no-claim.json", CLAIMS.kelpwise.K]]) {
        const { vector } = vectors.find((v) => v.file === file);
        const report = await verifyBundle(vector.bundle, { rpc: chain.url, minConfirmations: vector.minConfirmations });
        expect(report.verdict, file).to.equal("valid");
        expect(report.coldChain, file).to.deep.equal(claim);
      }
    });

    it("gives a timeline in time order, the publisher's membership and the anchor's confirmations", async function () {
      const { vector } = vectors.find((v) => v.file === "valid-refreshed-with-history.json");
      const report = await verifyBundle(vector.bundle, { rpc: chain.url, minConfirmations: 12 });
      expect(report.verdict).to.equal("valid");
      expect(report.publisher.member).to.deep.include({ name: "By-Health" });
      expect(report.anchor.confirmations).to.equal(chain.scenario.latestBlock - vector.bundle.anchor.blockNumber + 1);
      expect(report.timeline).to.have.length(vector.bundle.entries.length);
      const times = report.timeline.map((item) => Date.parse(item.time));
      expect(times).to.deep.equal([...times].sort((a, b) => a - b));
      expect(report.timeline[0]).to.deep.include({ type: "ObjectEvent", bizStep: "commissioning", lot: "ACE-2604-R1", ofTaggedBatch: false });
      expect(report.timeline[0].place.readPoint).to.equal("urn:epc:id:sgln:9520123.00009.0");
      expect(report.timeline.filter((item) => item.retracted)).to.have.length(1);
      expect(report.timeline.filter((item) => item.errorDeclaration)).to.have.length(1);
    });

    it("notes a publisher that is not an alliance member", async function () {
      const { vector } = vectors.find((v) => v.file === "valid-non-member-no-claim.json");
      const report = await verifyBundle(vector.bundle, { rpc: chain.url, minConfirmations: 12 });
      expect(report.verdict).to.equal("valid");
      expect(report.warnings.map((w) => w.message).join("\n")).to.match(/not an alliance member/);
    });
  });

  it("verifies online from a browser-like context, with the page's fetch", async function () {
    const { AnchorVerify } = browserContext();
    const { vector } = vectors.find((v) => v.file === "valid-refreshed-with-history.json");
    const report = await AnchorVerify.verifyBundle(JSON.stringify(vector.bundle), { rpc: chain.url, minConfirmations: vector.minConfirmations });
    expect(report.verdict).to.equal("valid");
    const recalled = vectors.find((v) => v.file === "recall-recalled-batch.json").vector;
    expect(AnchorVerify.firstFailure(await AnchorVerify.verifyBundle(recalled.bundle, { rpc: chain.url }))).to.equal("recall");
  });

  describe("the scenario", function () {
    it("refuses a node that is not fresh", async function () {
      let error = null;
      await runScenario(chain.url).catch((e) => (error = e));
      expect(error && error.message).to.match(/not 0: the scenario needs a fresh node/);
    });

    it("refuses a node without the vectors' fixed genesis, naming the configuration to use", async function () {
      this.timeout(60_000);
      const plain = await startHardhatNode();
      try {
        let error = null;
        await runScenario(plain.url).catch((e) => (error = e));
        expect(error && error.message).to.match(/genesis block .* scripts\/bundle-vectors\/hardhat\.config\.js/);
      } finally {
        plain.stop();
      }
    });
  });
});
