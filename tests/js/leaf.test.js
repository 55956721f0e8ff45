// Leaves and batch keys (docs/SPEC.md section 2) against tests/vectors/leaves.json, written by
// scripts/write-leaf-vectors.js independently of the verifier.
"use strict";

const { expect } = require("chai");
const { hexlify } = require("ethers");
const vectors = require("../vectors/leaves.json");
const { batchKey, leafData, entryLeafHash } = require("../../src/verifier-js/lib/leaf");

describe("verifier leaves (docs/SPEC.md section 2)", function () {
  it("computes the batch key vector of section 2.2", function () {
    expect(batchKey("09506000134352", "LOT1")).to.equal("0x24f0e8c28ee71f6e3791ed67e50a58a408faf4dd66af4b7fc43c710a463e317f");
  });

  for (const v of vectors.leaves) {
    it(`computes the leaf of (01)${v.gtin}(10)${v.lot}`, function () {
      expect(batchKey(v.gtin, v.lot)).to.equal(v.batchKey);
      const data = leafData(v);
      expect(data).to.have.length(129);
      expect(hexlify(data)).to.equal(v.leafData);
      expect(entryLeafHash(v)).to.equal(v.leafHash);
    });
  }

  it("commits to every disclosed field", function () {
    const v = vectors.leaves[1];
    const base = entryLeafHash(v);
    const variants = [
      { ...v, salt: "0x" + "01" + v.salt.slice(4) },
      { ...v, gtin: "09520123456795" },
      { ...v, lot: v.lot + "x" },
      { ...v, eventHashId: v.eventHashId.replace("df7b", "df7c") },
      { ...v, event: v.event + " " },
    ];
    for (const variant of variants) expect(entryLeafHash(variant)).to.not.equal(base);
  });
});
