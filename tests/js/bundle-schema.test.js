// docs/evidence-bundle.schema.json: every well-formed vector passes it, clearly broken shapes fail
// it, and the verifier's format check agrees with it on each of those shapes.
"use strict";

const { expect } = require("chai");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");
const schema = require("../../docs/evidence-bundle.schema.json");
const { readVectors } = require("../../scripts/bundle-vectors/write-vectors");
const { checkFormat } = require("../../src/verifier-js/lib/bundle-format");

describe("evidence bundle JSON Schema (docs/evidence-bundle.schema.json)", function () {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const vectors = readVectors().filter(({ vector }) => vector.bundle !== undefined);
  const wellFormed = vectors.filter(({ vector }) => vector.expected.offline.firstFailure !== "format");
  const valid = vectors.find(({ file }) => file === "valid-refreshed-with-history.json").vector.bundle;

  it(`accepts the ${wellFormed.length} vectors that are well-formed`, function () {
    expect(wellFormed.length).to.be.greaterThan(40);
    for (const { file, vector } of wellFormed) {
      expect(validate(vector.bundle), `${file}: ${ajv.errorsText(validate.errors)}`).to.equal(true);
    }
  });

  const broken = {
    "bundleVersion 2": (b) => (b.bundleVersion = 2),
    "no anchor": (b) => delete b.anchor,
    "no coldChain": (b) => delete b.coldChain,
    "no entries": (b) => (b.entries = []),
    "an upper-case root": (b) => (b.anchor.root = b.anchor.root.toUpperCase().replace("0X", "0x")),
    "the zero root": (b) => (b.anchor.root = "0x" + "0".repeat(64)),
    "a salt of 31 bytes": (b) => (b.entries[0].salt = b.entries[0].salt.slice(0, -2)),
    "a GTIN of 13 digits": (b) => (b.batch.gtin = b.batch.gtin.slice(1)),
    "a lot with a space": (b) => (b.batch.lot = "BH 2605A"),
    "an address of 19 bytes": (b) => (b.publisher.address = b.publisher.address.slice(0, -2)),
    "a size given as a string": (b) => (b.anchor.size = "24"),
    "a negative index": (b) => (b.entries[0].index = -1),
    "an index beyond 2^53": (b) => (b.entries[0].index = 2 ** 53),
    "a fractional block number": (b) => (b.anchor.blockNumber = 7.5),
    "an event that is an object, not its bytes": (b) => (b.entries[0].event = JSON.parse(b.entries[0].event)),
    "an event hash ID with a SHA-1 name": (b) => (b.entries[0].eventHashId = b.entries[0].eventHashId.replace("sha-256", "sha-1")),
    "declaredAt without a time zone": (b) => (b.entries[0].declaredAt = "2026-05-12T09:00:00"),
    "a node reference given as a hash": (b) => (b.proof.paths[0].nodes[0] = b.proof.nodes[0]),
    "a recall time without a reason": (b) => (b.recall = { recalledAt: 1778824800, reason: null }),
    "an unknown cold-chain verdict": (b) => (b.coldChain.verdict = "Fine"),
    "a time outside of 30 minutes written as 30": (b) => (b.coldChain.timeOutside = 30),
    "a duration of just P": (b) => (b.coldChain.timeOutside = "P"),
    "a history head without a proof": (b) => delete b.history[0].consistencyProof,
    "an alliance name of 129 characters": (b) => (b.publisher.allianceName = "x".repeat(129)),
    "a Digital Link without the lot": (b) => (b.batch.digitalLink = `https://id.by-health.example/01/${b.batch.gtin}`),
  };

  for (const [name, edit] of Object.entries(broken)) {
    it(`refuses ${name}, as the verifier's format check does`, function () {
      const bundle = structuredClone(valid);
      edit(bundle);
      expect(validate(bundle), "schema").to.equal(false);
      const format = checkFormat(bundle);
      expect(format.ok, "format check").to.equal(false);
      expect(format.reason).to.be.a("string").and.not.empty;
    });
  }

  it("allows what section 5 leaves open: no history, no explorer, unknown members", function () {
    const bundle = structuredClone(valid);
    delete bundle.history;
    delete bundle.explorer;
    bundle.vendorNote = "an extension";
    expect(validate(bundle), ajv.errorsText(validate.errors)).to.equal(true);
    expect(checkFormat(bundle).ok).to.equal(true);
  });
});
