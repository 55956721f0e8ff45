// The world the web tests look at, made the way `make demo` makes it: the real `anchor` and
// `indexer` programs on a fresh Hardhat node (127.0.0.1, a free port, a block every 500 ms as
// on a real chain): deploy, sample data, By-Health admitted to the alliance, its batches
// ingested and anchored, one batch recalled, then `indexer serve --follow`. A second brand's
// batches are ingested but never anchored (the resolver's 409). Started once for all test files
// and stopped when mocha ends.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { startHardhatNode, rpc, REPO_ROOT } = require("../../../scripts/lib/hardhat-node");
const { run, startServer } = require("./dotnet-programs");

const HARDHAT_MNEMONIC = "test test test test test test test test test test test junk";
const PUBLISHER = "by-health";
const UNANCHORED = "centrum";
const RECALL_REASON = "Importer inspection: capsules discoloured; batch withdrawn";
const CONFIRMATIONS = 3;

let world = null;
const stops = [];

// A root-level hook, registered when the first test file requires this module (while mocha
// loads the files): it runs once, after every file's tests, and stops what start() started.
after(async function () {
  this.timeout(30_000);
  for (const stop of stops.splice(0)) await stop().catch(() => {});
});

/**
 * The world, started on first use.
 * @returns {Promise<{server: string, rpc: string, folder: string, batches: {gtin: string, lot: string}[],
 *   recalled: {gtin: string, lot: string}, unanchored: {gtin: string, lot: string}, recallReason: string, minConfirmations: number}>}
 */
function allianceWorld() {
  if (!world) world = start();
  return world;
}

async function start() {
  const node = await startHardhatNode();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "anchor-web-tests-"));
  stops.push(async () => node.stop(), async () => fs.rmSync(folder, { recursive: true, force: true }));
  await rpc(node.url, "evm_setIntervalMining", [500]);
  fs.writeFileSync(path.join(folder, "mnemonic.txt"), HARDHAT_MNEMONIC + "\n", { mode: 0o600 });
  fs.writeFileSync(path.join(folder, "appsettings.json"), JSON.stringify({
    Ledger: { Database: "anchor.db" },
    Chain: { RpcUrl: node.url, ChainId: 31337, Deployment: "deployments/{chainId}.json", Artifacts: path.join(REPO_ROOT, "artifacts"), Confirmations: 2 },
    Worker: { PollInterval: "00:00:00.200" },
    Indexer: { PollInterval: "00:00:00.250" },
    Deployer: { MnemonicFile: "mnemonic.txt", AccountIndex: 0 },
    Publishers: { [PUBLISHER]: { MnemonicFile: "mnemonic.txt", AccountIndex: 1 } },
    Web: { MinConfirmations: CONFIRMATIONS },
  }, null, 2));
  const anchor = (...args) => run("anchor", args, { cwd: folder });

  await anchor("deploy");
  await anchor("sample", "--out", "sample", "--batches", "45", "--seed", "7");
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, "sample", "brands.json"), "utf8"));
  const batchesOf = (slug) => manifest.brands.find((b) => b.slug === slug).batches.map((b) => ({ gtin: b.gtin, lot: b.lot }));
  await anchor("alliance", "admit", "--publisher", PUBLISHER, "--name", "By-Health", "--metadata-uri", "https://by-health.example/alliance.json");
  await anchor("ingest", path.join("sample", PUBLISHER), "--publisher", PUBLISHER);
  await anchor("commit");
  const batches = batchesOf(PUBLISHER);
  const recalled = batches[1];
  await anchor("recall", recalled.gtin, recalled.lot, "--publisher", PUBLISHER, "--reason", RECALL_REASON);
  // Ingested after the anchoring cycle, so never anchored.
  await anchor("ingest", path.join("sample", UNANCHORED), "--publisher", UNANCHORED);

  const server = await startServer({ cwd: folder, args: ["--follow"] });
  stops.unshift(async () => server.stop());
  await waitFor(async () => {
    const health = await fetch(`${server.url}/health`).then((r) => r.json());
    const indexed = health.anchors.final >= 1 && health.progress && health.progress.indexedBlock >= (await blockOfRecall(node.url));
    return indexed ? true : null;
  }, 60_000, "the server's follower did not index the anchor and the recall");
  // The anchoring block needs the page's confirmations before "verified" is possible.
  await waitFor(async () => ((await headOf(node.url)) > (await blockOfRecall(node.url)) + CONFIRMATIONS ? true : null), 30_000, "blocks did not come");
  return {
    server: server.url,
    rpc: node.url,
    folder,
    batches,
    recalled,
    unanchored: batchesOf(UNANCHORED)[0],
    recallReason: RECALL_REASON,
    minConfirmations: CONFIRMATIONS,
    serverOutput: server.output,
  };
}

async function headOf(url) {
  return Number(await rpc(url, "eth_blockNumber"));
}

// The recall is the last transaction of the setup: once its block is indexed, everything is.
let recallBlock = null;
async function blockOfRecall(url) {
  if (recallBlock === null) {
    const head = await headOf(url);
    for (let n = head; n > 0 && recallBlock === null; n--) {
      const block = await rpc(url, "eth_getBlockByNumber", ["0x" + n.toString(16), false]);
      if (block.transactions.length > 0) recallBlock = n;
    }
  }
  return recallBlock;
}

async function waitFor(probe, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms${last ? `: ${last.message}` : ""}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

module.exports = { allianceWorld, waitFor };
