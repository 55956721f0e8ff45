// The three Anchor contracts as a verifier sees them (docs/SPEC.md section 3): their runtime code
// hashes, and the few functions and events the checks read, in ethers' human-readable ABI.
// Each reader runs eth_call at one pinned block, so that every answer describes the same state.
"use strict";

const { Interface, zeroPadValue, keccak256 } = require("ethers");
const { RpcUnavailable, hexData } = require("./json-rpc");

/** keccak256(eth_getCode(address)) of each contract, the same on every chain (section 3). */
const RUNTIME_CODE_HASHES = {
  anchorRegistry: { name: "AnchorRegistry", hash: "0x405c1b8b4d080b7518a8ae32773a8f698bc22700879d03df0852655f529efed1" },
  recallRegistry: { name: "RecallRegistry", hash: "0xe39ab9146676baa571f83ec8527d0b46ccd5340a555f267650ddf8aad7844a63" },
  allianceRegistry: { name: "AllianceRegistry", hash: "0xaceb7fa638a8679348e2f6521cf96cc2463797dd1ce664d8502e7f66533d92de" },
};

const anchorRegistry = new Interface([
  "function anchorRecord(address publisher, bytes32 root) view returns ((uint64 size, uint64 blockNumber, uint64 timestamp))",
  "event Anchored(address indexed publisher, uint64 previousSize, uint64 size, bytes32 root)",
]);
const recallRegistry = new Interface([
  "function recalledAt(address publisher, bytes32 batchKey) view returns (uint64)",
  "event BatchRecalled(address indexed publisher, bytes32 indexed batchKey, string reason)",
]);
const allianceRegistry = new Interface([
  "function member(address publisher) view returns ((string name, string metadataURI, uint64 admittedAt))",
]);

const ANCHORED_TOPIC = anchorRegistry.getEvent("Anchored").topicHash;
const BATCH_RECALLED_TOPIC = recallRegistry.getEvent("BatchRecalled").topicHash;

async function callView(rpc, blockTag, contract, iface, fn, args) {
  const data = iface.encodeFunctionData(fn, args);
  const raw = hexData(await rpc.call("eth_call", [{ to: contract, data }, blockTag]), `eth_call ${fn}`);
  try {
    return iface.decodeFunctionResult(fn, raw);
  } catch (error) {
    throw new RpcUnavailable(`eth_call ${fn}: the answer does not decode (${error.shortMessage || error.message})`);
  }
}

/** anchorRecord(publisher, root): {size, blockNumber, timestamp} as numbers, all 0 if never anchored. */
async function readAnchorRecord(rpc, blockTag, registry, publisher, root) {
  const [record] = await callView(rpc, blockTag, registry, anchorRegistry, "anchorRecord", [publisher, root]);
  return { size: Number(record.size), blockNumber: Number(record.blockNumber), timestamp: Number(record.timestamp) };
}

/** member(publisher): {name, metadataURI, admittedAt}; admittedAt is 0 for a non-member. */
async function readMember(rpc, blockTag, registry, publisher) {
  const [m] = await callView(rpc, blockTag, registry, allianceRegistry, "member", [publisher]);
  return { name: m.name, metadataURI: m.metadataURI, admittedAt: Number(m.admittedAt) };
}

/** recalledAt(publisher, batchKey): the recall's block timestamp, 0 if never recalled. */
async function readRecalledAt(rpc, blockTag, registry, publisher, batchKey) {
  const [at] = await callView(rpc, blockTag, registry, recallRegistry, "recalledAt", [publisher, batchKey]);
  return Number(at);
}

/** Decodes an Anchored log's data: {previousSize, size, root}, or throws RpcUnavailable. */
function decodeAnchored(log) {
  try {
    const parsed = anchorRegistry.parseLog({ topics: log.topics, data: log.data });
    return {
      publisher: parsed.args.publisher,
      previousSize: Number(parsed.args.previousSize),
      size: Number(parsed.args.size),
      root: parsed.args.root.toLowerCase(),
    };
  } catch (error) {
    throw new RpcUnavailable(`an Anchored log does not decode (${error.shortMessage || error.message})`);
  }
}

/** The reason of the publisher's BatchRecalled event for the batch, or null when not found. */
async function readRecallReason(rpc, registry, publisher, batchKey, toBlock) {
  const logs = await rpc.call("eth_getLogs", [
    { address: registry, fromBlock: "0x0", toBlock: "0x" + toBlock.toString(16), topics: [BATCH_RECALLED_TOPIC, zeroPadValue(publisher, 32), batchKey] },
  ]);
  if (!Array.isArray(logs) || logs.length === 0) return null;
  try {
    return recallRegistry.parseLog(logs[0]).args.reason;
  } catch {
    return null;
  }
}

/** keccak256 of the code at `address` (at the pinned block). */
async function codeHash(rpc, blockTag, address) {
  const code = hexData(await rpc.call("eth_getCode", [address, blockTag]), "eth_getCode");
  return { hash: keccak256(code), empty: code === "0x" };
}

module.exports = {
  RUNTIME_CODE_HASHES,
  ANCHORED_TOPIC,
  readAnchorRecord,
  readMember,
  readRecalledAt,
  readRecallReason,
  decodeAnchored,
  codeHash,
};
