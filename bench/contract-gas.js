// Gas of the Anchor contracts, measured on Hardhat's in-process network:
//   npx hardhat run bench/contract-gas.js
// Writes bench/results/contract-gas.json, which scripts/write-benchmarks.js renders into
// docs/BENCHMARKS.md. A log of identical leaves stands in for a real ledger: the contract sees
// only roots and proof nodes, and such a log gives proofs of the real length up to 2^30 entries.
"use strict";

const fs = require("fs");
const path = require("path");
const { ethers, network } = require("hardhat");
const { MerkleLog } = require("../tests/lib/merkle-log");

const PERIOD_ENTRIES = 1000;

// The Ethereum Attestation Service itself, deployed from the artifacts its npm package ships (the
// contracts as EAS deploys them), so that its timestamp() and attest() are measured here too.
const EAS_PACKAGE = "@ethereum-attestation-service/eas-contracts";
// What a brand would attest per batch without Anchor: the batch and the root of its events.
const EAS_BATCH_SCHEMA = "bytes32 batchKey,bytes32 eventsRoot";

async function deployFromArtifact(relativePath, ...args) {
  const artifact = require(`${EAS_PACKAGE}/artifacts/contracts/${relativePath}`);
  const factory = new ethers.ContractFactory(artifact.abi, artifact.bytecode, (await ethers.getSigners())[0]);
  const contract = await factory.deploy(...args);
  await contract.waitForDeployment();
  return contract;
}

// Gas of EAS's timestamp(bytes32) and of attest() for one batch (a registered schema without a
// resolver, revocable, no expiry), each the second call of its kind so that no first-use slot
// of the contract weighs on it.
async function measureEas() {
  const schemas = await deployFromArtifact("SchemaRegistry.sol/SchemaRegistry.json");
  const eas = await deployFromArtifact("EAS.sol/EAS.json", await schemas.getAddress());
  const schemaUid = await schemas.register.staticCall(EAS_BATCH_SCHEMA, ethers.ZeroAddress, true);
  await (await schemas.register(EAS_BATCH_SCHEMA, ethers.ZeroAddress, true)).wait();
  const coder = ethers.AbiCoder.defaultAbiCoder();
  const attest = (n) => eas.attest({
    schema: schemaUid,
    data: {
      recipient: ethers.ZeroAddress,
      expirationTime: 0,
      revocable: true,
      refUID: ethers.ZeroHash,
      data: coder.encode(["bytes32", "bytes32"], [ethers.id(`batch ${n}`), ethers.id(`events of batch ${n}`)]),
      value: 0,
    },
  });
  await gasUsed(eas.timestamp(ethers.id("eas warm-up")));
  await gasUsed(attest(0));
  return {
    package: `${EAS_PACKAGE}@${require(`${EAS_PACKAGE}/package.json`).version}`,
    schema: EAS_BATCH_SCHEMA,
    timestampGas: await gasUsed(eas.timestamp(ethers.id("eas timestamp"))),
    attestGas: await gasUsed(attest(1)),
  };
}

async function gasUsed(txPromise) {
  const receipt = await (await txPromise).wait();
  return Number(receipt.gasUsed);
}

async function main() {
  const signers = await ethers.getSigners();
  let nextSigner = 0;
  const freshPublisher = () => signers[nextSigner++];

  const registry = await ethers.deployContract("AnchorRegistry");
  const baseline = await ethers.deployContract("TimestampBaseline");
  const timestampGas = await gasUsed(baseline.timestamp(ethers.keccak256("0x1234")));

  const anchors = [];
  // First anchor of a log of one entry: no consistency proof to check.
  {
    const log = MerkleLog.uniform(1);
    const publisher = freshPublisher();
    anchors.push({ exponent: 0, previousSize: 0, size: 1, proofNodes: 0, gas: await gasUsed(registry.connect(publisher).anchor(1, log.root(1), [])) });
  }
  for (const exponent of [10, 20, 30]) {
    const size = 2 ** exponent;
    const log = MerkleLog.uniform(size);
    // A period of PERIOD_ENTRIES new entries, and the worst case: one new entry after 2^k - 1,
    // which gives the longest consistency proof for this size.
    for (const previousSize of [Math.max(1, size - PERIOD_ENTRIES), size - 1]) {
      const publisher = freshPublisher();
      await registry.connect(publisher).anchor(previousSize, log.root(previousSize), []);
      const proof = log.consistencyProof(previousSize, size);
      const gas = await gasUsed(registry.connect(publisher).anchor(size, log.root(size), proof));
      anchors.push({ exponent, previousSize, size, proofNodes: proof.length, gas });
    }
  }

  // verifyInclusion at proof depth 20, as a block explorer or a verifier's eth_call would run it.
  const depthLog = MerkleLog.uniform(2 ** 20);
  const publisher = freshPublisher();
  await registry.connect(publisher).anchor(2 ** 20, depthLog.root(), []);
  const index = 2 ** 19 + 12345;
  const proof = depthLog.inclusionProof(index);
  const args = [publisher.address, depthLog.root(), 2 ** 20, index, depthLog.leafAt(index), proof];
  if (!(await registry.verifyInclusion(...args))) throw new Error("verifyInclusion rejected the benchmark proof");
  const verifyInclusionGas = Number(await registry.verifyInclusion.estimateGas(...args));

  const eas = await measureEas();

  const result = {
    measuredAt: new Date().toISOString(),
    network: network.name,
    hardfork: network.config.hardfork,
    solc: require("solc/package.json").version,
    periodEntries: PERIOD_ENTRIES,
    timestampBaselineGas: timestampGas,
    eas,
    anchors,
    verifyInclusion: { depth: proof.length, estimateGas: verifyInclusionGas },
  };
  const out = path.join(__dirname, "results", "contract-gas.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(result, null, 2) + "\n");
  console.log(JSON.stringify(result, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
