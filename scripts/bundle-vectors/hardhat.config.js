// Hardhat configuration for the bundle-vector chain: the project's configuration with a fixed
// genesis date. Hardhat otherwise stamps block 0 with the wall-clock time, so every block hash
// after it would change from run to run and no vector could name its anchoring block.
//   npx hardhat --config scripts/bundle-vectors/hardhat.config.js node --port 8545
"use strict";

const path = require("path");
const base = require("../../hardhat.config.js");

/** Block 0's timestamp; scenario.js checks the genesis hash that follows from it. */
const GENESIS_DATE = "2026-05-01T00:00:00Z";

module.exports = {
  ...base,
  paths: { ...base.paths, root: path.resolve(__dirname, "..", "..") },
  networks: { ...base.networks, hardhat: { ...base.networks.hardhat, initialDate: GENESIS_DATE } },
};
