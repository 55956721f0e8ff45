// `make demo`, first stage: start a local Hardhat node, deploy the contracts, print their
// addresses, stop the node. Later stages of the product extend this walk-through.
"use strict";

const { startHardhatNode } = require("./lib/hardhat-node");
const { deployAll } = require("./deploy");

async function main() {
  console.log("Starting a local Hardhat node on 127.0.0.1 ...");
  const node = await startHardhatNode();
  try {
    console.log(`Node ready at ${node.url} (chain id ${node.chainId})`);
    const result = await deployAll(node.url);
    console.log("Deployed:");
    for (const [name, info] of Object.entries(result.contracts)) {
      console.log(`  ${name.padEnd(17)} ${info.address}  (block ${info.blockNumber})`);
    }
  } finally {
    node.stop();
    console.log("Node stopped.");
  }
}

main().catch((error) => {
  console.error(`demo failed: ${error.message}`);
  process.exit(1);
});
