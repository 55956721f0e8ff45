// Compact inclusion proofs (docs/SPEC.md section 4), built here from the plain proofs of
// tests/vectors/tree.json and expanded back by the verifier.
"use strict";

const { expect } = require("chai");
const tree = require("../vectors/tree.json");
const { expandCompactProof } = require("../../src/verifier-js/lib/compact-proof");
const { verifyInclusion } = require("../../src/verifier-js/lib/merkle");

/** Writes the compact form as section 4 says writers do: each node once, in order of first use. */
function compact(size, indices) {
  const nodes = [];
  const position = new Map();
  const paths = indices.map((index) => {
    const plain = tree.inclusion.find((v) => v.size === size && v.index === index).proof;
    return {
      index,
      nodes: plain.map((hash) => {
        if (!position.has(hash)) {
          position.set(hash, nodes.length);
          nodes.push(hash);
        }
        return position.get(hash);
      }),
    };
  });
  return { size, nodes, paths };
}

describe("verifier compact proofs (docs/SPEC.md section 4)", function () {
  const size = 13;
  const indices = tree.inclusion.filter((v) => v.size === size).map((v) => v.index);

  it("expands into the plain proofs, which verify", function () {
    expect(indices.length).to.be.greaterThan(3);
    const proof = compact(size, indices);
    const plainCount = indices.reduce((n, i) => n + tree.inclusion.find((v) => v.size === size && v.index === i).proof.length, 0);
    expect(proof.nodes.length).to.be.lessThan(plainCount);
    const expanded = expandCompactProof(proof, indices);
    expect(expanded.ok).to.equal(true);
    for (const index of indices) {
      const v = tree.inclusion.find((p) => p.size === size && p.index === index);
      expect(expanded.proofs.get(index)).to.deep.equal(v.proof);
      expect(verifyInclusion(v.leafHash, index, size, expanded.proofs.get(index), tree.roots[size].root).ok).to.equal(true);
    }
  });

  it("accepts the table in any order", function () {
    const proof = compact(size, indices);
    const order = proof.nodes.map((_, i) => i).reverse();
    const shuffled = { size, nodes: order.map((i) => proof.nodes[i]), paths: proof.paths.map((p) => ({ index: p.index, nodes: p.nodes.map((n) => order.indexOf(n)) })) };
    const expanded = expandCompactProof(shuffled, indices);
    expect(expanded.ok).to.equal(true);
    expect(expanded.proofs.get(indices[0])).to.deep.equal(expandCompactProof(proof, indices).proofs.get(indices[0]));
  });

  it("refuses a position outside the table", function () {
    const proof = compact(size, indices.slice(0, 2));
    proof.paths[1].nodes[0] = proof.nodes.length;
    expect(expandCompactProof(proof, indices.slice(0, 2)).reason).to.match(/outside the table/);
  });

  it("refuses a path for an index that is not disclosed", function () {
    const proof = compact(size, indices.slice(0, 2));
    expect(expandCompactProof(proof, indices.slice(0, 1)).reason).to.match(/no entry discloses/);
  });

  it("refuses a disclosed index without a path, and a second path for one index", function () {
    const proof = compact(size, indices.slice(0, 2));
    expect(expandCompactProof(proof, indices.slice(0, 3)).reason).to.match(/has no path/);
    proof.paths.push({ ...proof.paths[0] });
    expect(expandCompactProof(proof, indices.slice(0, 2)).reason).to.match(/second path/);
  });
});
