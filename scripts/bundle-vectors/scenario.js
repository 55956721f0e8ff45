// Puts the chain state of the bundle vectors (tests/vectors/bundles) on a FRESH Hardhat node,
// byte for byte the same every time: fixed block timestamps, nonces, gas and fees, fixed ledgers.
// The node must be started with this folder's configuration (fixed genesis), e.g.
//   npx hardhat --config scripts/bundle-vectors/hardhat.config.js node --port 8545 &
//   node scripts/bundle-vectors/scenario.js --rpc http://127.0.0.1:8545
// It refuses a node that is not fresh (block 0), or whose genesis block is another, and prints a
// JSON summary: contract addresses, the alliance roll, every anchor and the recall.
"use strict";

const fs = require("fs");
const path = require("path");
const { HDNodeWallet, Mnemonic, Interface, keccak256, getCreateAddress } = require("ethers");
const { rpc, REPO_ROOT } = require("../lib/hardhat-node");
const { buildLedger, batchKey } = require("./ledger");

const CHAIN_ID = 31337;
/** Block 0 of a Hardhat 2.29 node with genesis date 2026-05-01T00:00:00Z (hardhat.config.js here). */
const GENESIS_HASH = "0xc8c47eb4343206afa454a15842cf7bcb6dd0fe5985a2a137efedfe6b72aa44d4";
const HARDHAT_MNEMONIC = "test test test test test test test test test test test junk";
/** docs/SPEC.md section 3: the deployed code must be these contracts, or the vectors mean nothing. */
const SPEC_CODE_HASHES = {
  AnchorRegistry: "0x405c1b8b4d080b7518a8ae32773a8f698bc22700879d03df0852655f529efed1",
  RecallRegistry: "0xe39ab9146676baa571f83ec8527d0b46ccd5340a555f267650ddf8aad7844a63",
  AllianceRegistry: "0xaceb7fa638a8679348e2f6521cf96cc2463797dd1ce664d8502e7f66533d92de",
};
const GWEI = 1_000_000_000n;
const t = (iso) => Math.floor(Date.parse(iso) / 1000);

const LEDGERS = {
  "by-health": buildLedger(require("./fixtures/by-health")),
  kelpwise: buildLedger(require("./fixtures/kelpwise")),
};
const MEMBER = { name: "By-Health", metadataURI: "https://alliance.example/members/by-health.json" };
const RECALL = { publisher: "by-health", batch: "C", reason: "Capsules failed the importer's integrity inspection; batch BH2605C withdrawn" };

function accounts() {
  const mnemonic = Mnemonic.fromPhrase(HARDHAT_MNEMONIC);
  const at = (i) => HDNodeWallet.fromMnemonic(mnemonic, `m/44'/60'/0'/0/${i}`);
  return { owner: at(0), "by-health": at(1), kelpwise: at(2) };
}

function artifact(name) {
  const file = path.join(REPO_ROOT, "artifacts", "contracts", `${name}.sol`, `${name}.json`);
  if (!fs.existsSync(file)) throw new Error(`${path.relative(REPO_ROOT, file)} is missing: run \`npx hardhat compile\` first`);
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/** Refuses anything but a fresh node with the vectors' genesis block. */
async function requireFreshNode(url) {
  const chainId = Number(await rpc(url, "eth_chainId"));
  if (chainId !== CHAIN_ID) throw new Error(`the node at ${url} serves chain ${chainId}, not Hardhat's ${CHAIN_ID}`);
  const height = Number(await rpc(url, "eth_blockNumber"));
  if (height !== 0) throw new Error(`the node at ${url} is at block ${height}, not 0: the scenario needs a fresh node (restart it)`);
  const genesis = await rpc(url, "eth_getBlockByNumber", ["0x0", false]);
  if (genesis.hash !== GENESIS_HASH) {
    throw new Error(
      `the node's genesis block is ${genesis.hash}, not ${GENESIS_HASH}: start it with ` +
        "`npx hardhat --config scripts/bundle-vectors/hardhat.config.js node`, whose fixed genesis date makes block hashes reproducible"
    );
  }
}

/** Signs and sends one transaction with explicit nonce, gas and fees; mines it at `timestamp` unless `mine` is false. */
async function send(url, wallet, { to = null, data, nonce, gasLimit = 500_000n, tip = 1n }, timestamp, { mine = true } = {}) {
  const raw = await wallet.signTransaction({
    type: 2, chainId: CHAIN_ID, nonce, to, data, value: 0n, gasLimit,
    maxFeePerGas: 20n * GWEI, maxPriorityFeePerGas: tip * GWEI,
  });
  if (mine) await rpc(url, "evm_setNextBlockTimestamp", [timestamp]);
  const hash = await rpc(url, "eth_sendRawTransaction", [raw]);
  return mine ? receipt(url, hash) : hash;
}

async function receipt(url, hash) {
  const r = await rpc(url, "eth_getTransactionReceipt", [hash]);
  if (!r || r.status !== "0x1") throw new Error(`transaction ${hash} failed: ${JSON.stringify(r)}`);
  return r;
}

/** Runs the scenario on a fresh node and returns everything the vectors name. */
async function runScenario(url) {
  await requireFreshNode(url);
  const wallets = accounts();
  const registryAbi = new Interface(artifact("AnchorRegistry").abi);
  const recallAbi = new Interface(artifact("RecallRegistry").abi);
  const allianceAbi = new Interface(artifact("AllianceRegistry").abi);

  // Deploy order and nonces 0, 1, 2 of account 0 give the well-known Hardhat addresses.
  const contracts = {};
  const deployments = [
    ["anchorRegistry", "AnchorRegistry", "0x", "2026-05-01T01:00:00Z"],
    ["recallRegistry", "RecallRegistry", "0x", "2026-05-01T01:01:00Z"],
    ["allianceRegistry", "AllianceRegistry", allianceAbi.encodeDeploy([wallets.owner.address]), "2026-05-01T01:02:00Z"],
  ];
  for (const [nonce, [key, name, args, time]] of deployments.entries()) {
    const bytecode = artifact(name).bytecode;
    await send(url, wallets.owner, { data: bytecode + args.slice(2), nonce, gasLimit: 5_000_000n }, t(time));
    contracts[key] = getCreateAddress({ from: wallets.owner.address, nonce });
    const code = await rpc(url, "eth_getCode", [contracts[key], "latest"]);
    if (keccak256(code) !== SPEC_CODE_HASHES[name]) throw new Error(`${name} as compiled is not the contract of docs/SPEC.md section 3 (code hash ${keccak256(code)}); run \`npx hardhat compile\``);
  }

  const admitted = await send(url, wallets.owner, {
    to: contracts.allianceRegistry, nonce: 3, data: allianceAbi.encodeFunctionData("admit", [wallets["by-health"].address, MEMBER.name, MEMBER.metadataURI]),
  }, t("2026-05-01T02:00:00Z"));

  const nonces = { "by-health": 0, kelpwise: 0 };
  const anchorTx = (slug, index, tip = 1n) => {
    const ledger = LEDGERS[slug];
    const sizes = ledger.fixture.anchorSizes;
    const size = sizes[index];
    const proof = index === 0 ? [] : ledger.log.consistencyProof(sizes[index - 1], size);
    const data = registryAbi.encodeFunctionData("anchor", [size, ledger.log.root(size), proof]);
    return { to: contracts.anchorRegistry, data, nonce: nonces[slug]++, tip };
  };
  const receipts = { "by-health": [], kelpwise: [] };
  receipts["by-health"].push(await send(url, wallets["by-health"], anchorTx("by-health", 0), t("2026-05-07T16:00:00Z")));
  receipts.kelpwise.push(await send(url, wallets.kelpwise, anchorTx("kelpwise", 0), t("2026-05-07T17:00:00Z")));
  receipts["by-health"].push(await send(url, wallets["by-health"], anchorTx("by-health", 1), t("2026-05-12T12:00:00Z")));

  // Two anchors in one block, Kelpwise's first (a higher tip), so By-Health's sits at log index 1.
  await rpc(url, "evm_setAutomine", [false]);
  const kelpwiseHash = await send(url, wallets.kelpwise, anchorTx("kelpwise", 1, 2n), 0, { mine: false });
  const byHealthHash = await send(url, wallets["by-health"], anchorTx("by-health", 2), 0, { mine: false });
  await rpc(url, "evm_setNextBlockTimestamp", [t("2026-05-15T00:00:00Z")]);
  await rpc(url, "evm_mine", []);
  await rpc(url, "evm_setAutomine", [true]);
  receipts.kelpwise.push(await receipt(url, kelpwiseHash));
  receipts["by-health"].push(await receipt(url, byHealthHash));

  const recalled = LEDGERS[RECALL.publisher].fixture.batches[RECALL.batch];
  const recallKey = batchKey(recalled.gtin, recalled.lot);
  const recallReceipt = await send(url, wallets[RECALL.publisher], {
    to: contracts.recallRegistry, nonce: nonces[RECALL.publisher]++, data: recallAbi.encodeFunctionData("recall", [recallKey, RECALL.reason]),
  }, t("2026-05-15T06:00:00Z"));

  // Confirmations: 20 empty blocks, 12 s apart.
  await rpc(url, "hardhat_mine", ["0x14", "0xc"]);

  const publishers = {};
  for (const slug of Object.keys(LEDGERS)) {
    publishers[slug] = {
      address: wallets[slug].address,
      anchors: await Promise.all(receipts[slug].map((r) => anchorOf(url, r, contracts.anchorRegistry, registryAbi))),
    };
  }
  return {
    chainId: CHAIN_ID,
    genesisHash: GENESIS_HASH,
    contracts,
    alliance: { owner: wallets.owner.address, members: [{ address: wallets["by-health"].address, ...MEMBER, admittedAt: await blockTime(url, admitted.blockNumber) }] },
    publishers,
    recalls: [{ publisher: wallets[RECALL.publisher].address, ...recalled, batchKey: recallKey, reason: RECALL.reason,
      recalledAt: await blockTime(url, recallReceipt.blockNumber), transactionHash: recallReceipt.transactionHash, blockNumber: Number(recallReceipt.blockNumber) }],
    latestBlock: Number(await rpc(url, "eth_blockNumber")),
  };
}

async function blockTime(url, blockNumber) {
  return Number((await rpc(url, "eth_getBlockByNumber", [blockNumber, false])).timestamp);
}

/** Where an anchor's Anchored event sits: what a bundle's `anchor` member names. */
async function anchorOf(url, r, registry, registryAbi) {
  const log = r.logs.find((l) => l.address.toLowerCase() === registry.toLowerCase());
  const { size, root } = registryAbi.parseLog(log).args;
  return {
    size: Number(size),
    root,
    transactionHash: r.transactionHash,
    blockNumber: Number(r.blockNumber),
    blockHash: r.blockHash,
    logIndex: Number(log.logIndex),
    timestamp: await blockTime(url, r.blockNumber),
  };
}

function parseArgs(argv) {
  const i = argv.indexOf("--rpc");
  if (i < 0 || !argv[i + 1]) throw new Error("usage: node scripts/bundle-vectors/scenario.js --rpc URL   (a fresh node, see the file's header)");
  return { url: argv[i + 1] };
}

if (require.main === module) {
  (async () => {
    const { url } = parseArgs(process.argv.slice(2));
    const summary = await runScenario(url);
    console.log(JSON.stringify(summary, null, 2));
  })().catch((error) => {
    console.error(`scenario: ${error.message}`);
    process.exit(1);
  });
}

module.exports = { runScenario, LEDGERS, GENESIS_HASH, CHAIN_ID, HARDHAT_MNEMONIC };
