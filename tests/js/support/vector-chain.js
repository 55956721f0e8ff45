// A fresh Hardhat node with the bundle vectors' chain state, for one test file: started on
// 127.0.0.1 and a free port with the vectors' fixed genesis, then scripts/bundle-vectors/scenario.js.
"use strict";

const { startVectorNode } = require("../../../scripts/bundle-vectors/vector-node");
const { runScenario } = require("../../../scripts/bundle-vectors/scenario");

/**
 * Registers mocha hooks that start the node and run the scenario before the file's tests, and
 * stop the node after them.
 * @returns {{url: string, scenario: object}} filled in once the before hook has run
 */
function useVectorChain() {
  const chain = { url: null, scenario: null, node: null };
  before(async function () {
    this.timeout(120_000);
    chain.node = await startVectorNode();
    chain.url = chain.node.url;
    chain.scenario = await runScenario(chain.url);
  });
  after(function () {
    if (chain.node) chain.node.stop();
  });
  return chain;
}

module.exports = { useVectorChain };
