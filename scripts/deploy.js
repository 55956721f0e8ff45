// Deploys the Anchor contracts with the first account of the connected node and prints their
// addresses as JSON. Used by `make demo` until the .NET `anchor deploy` command takes over.
//   node scripts/deploy.js --rpc http://127.0.0.1:8545
"use strict";

const fs = require("fs");
const path = require("path");
const { ethers } = require("ethers");
const { REPO_ROOT } = require("./lib/hardhat-node");

function artifact(name) {
  const file = path.join(REPO_ROOT, "artifacts", "contracts", `${name}.sol`, `${name}.json`);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npx hardhat compile\` first`);
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

async function deployAll(rpcUrl) {
  const provider = new ethers.JsonRpcProvider(rpcUrl, undefined, { staticNetwork: true });
  const deployer = await provider.getSigner(0);
  const deployed = {};
  const deploy = async (name, args = []) => {
    const { abi, bytecode } = artifact(name);
    const contract = await new ethers.ContractFactory(abi, bytecode, deployer).deploy(...args);
    const receipt = await contract.deploymentTransaction().wait();
    deployed[name] = { address: await contract.getAddress(), blockNumber: receipt.blockNumber, transactionHash: receipt.hash };
  };
  await deploy("AnchorRegistry");
  await deploy("RecallRegistry");
  await deploy("AllianceRegistry", [await deployer.getAddress()]);
  const { chainId } = await provider.getNetwork();
  provider.destroy();
  return { chainId: Number(chainId), deployer: await deployer.getAddress(), contracts: deployed };
}

if (require.main === module) {
  const rpcIndex = process.argv.indexOf("--rpc");
  if (rpcIndex < 0 || !process.argv[rpcIndex + 1]) {
    console.error("usage: node scripts/deploy.js --rpc URL");
    process.exit(64);
  }
  deployAll(process.argv[rpcIndex + 1])
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error) => {
      console.error(error.message);
      process.exit(1);
    });
}

module.exports = { deployAll };
