// The public face of the Anchor verifier: verifyBundle, and the primitives it is built from for
// callers that want to check one piece (a leaf, a proof, a cold-chain summary) on its own.
"use strict";

const { verifyBundle, firstFailure, CHECK_NAMES, DEFAULT_MIN_CONFIRMATIONS } = require("./verify");
const merkle = require("./merkle");
const leaf = require("./leaf");
const { expandCompactProof } = require("./compact-proof");
const { summarizeColdChain } = require("./coldchain-summary");
const { parseStrictJson } = require("./strict-json");
const { MAX_BUNDLE_BYTES } = require("./bundle-input");
const { RUNTIME_CODE_HASHES } = require("./registries");

module.exports = {
  SPEC_VERSION: 1,
  verifyBundle,
  firstFailure,
  CHECK_NAMES,
  DEFAULT_MIN_CONFIRMATIONS,
  MAX_BUNDLE_BYTES,
  RUNTIME_CODE_HASHES,
  batchKey: leaf.batchKey,
  leafData: leaf.leafData,
  entryLeafHash: leaf.entryLeafHash,
  hashLeaf: merkle.hashLeaf,
  hashChildren: merkle.hashChildren,
  verifyInclusion: merkle.verifyInclusion,
  verifyConsistency: merkle.verifyConsistency,
  expandCompactProof,
  summarizeColdChain,
  parseStrictJson,
};
