// The on-chain checks of docs/SPEC.md section 7: chain, contracts, the online half of history,
// anchor, confirmations, alliance and recall. All reads are pinned to the latest block seen when
// the checks start, so that they describe one state of the chain.
// An RPC failure makes a check "cannot check", never "fail": only an answer can refute a bundle.
"use strict";

const { RpcUnavailable, quantity, hexData } = require("./json-rpc");
const registries = require("./registries");
const { formatUnixSeconds, parseDateTime } = require("./time");

const pass = (reason, details) => ({ status: "pass", reason, details });
const fail = (reason, details) => ({ status: "fail", reason, details });
const cannot = (reason) => ({ status: "cannot check", reason });
const skipped = (reason) => ({ status: "skipped", reason });

/** Runs a check body; an RpcUnavailable anywhere in it makes the check "cannot check". */
async function guarded(body) {
  try {
    return await body();
  } catch (error) {
    if (error instanceof RpcUnavailable) return cannot(`the RPC could not answer: ${error.message}`);
    throw error;
  }
}

/**
 * @param {object} bundle a bundle that passed the format check
 * @param {{rpc: {call: Function}, minConfirmations: number}} options
 * @returns {Promise<{results: object, facts: object}>} results: check name → {status, reason, details?};
 *   facts: what the chain said (latestBlock, confirmations, member, recall) for the report
 */
async function runChainChecks(bundle, { rpc, minConfirmations }) {
  const results = {};
  const facts = {};
  const { chain, anchor, publisher, batch } = bundle;
  const onChainNames = ["history", "contracts", "anchor", "confirmations", "alliance", "recall"];
  const skipAll = (reason) => onChainNames.forEach((name) => (results[name] = skipped(reason)));

  results.chain = await guarded(async () => {
    const id = quantity(await rpc.call("eth_chainId", []), "eth_chainId");
    facts.rpcChainId = id;
    // Another chain cannot refute the bundle: it may be valid on the chain it names (section 7,
    // "an unexpected chain make[s] the verdict cannot verify").
    if (id !== chain.chainId) return cannot(`the RPC serves chain ${id}, but the bundle is anchored on chain ${chain.chainId}; use an RPC of chain ${chain.chainId}`);
    return pass(`the RPC serves chain ${id}`);
  });
  if (results.chain.status !== "pass") {
    skipAll("not checked: the chain check did not pass");
    return { results, facts };
  }

  let blockTag;
  try {
    facts.latestBlock = quantity(await rpc.call("eth_blockNumber", []), "eth_blockNumber");
    blockTag = "0x" + facts.latestBlock.toString(16);
  } catch (error) {
    if (!(error instanceof RpcUnavailable)) throw error;
    results.contracts = cannot(`the RPC could not answer: ${error.message}`);
    onChainNames.filter((n) => n !== "contracts").forEach((n) => (results[n] = skipped("not checked: the RPC could not give the latest block")));
    return { results, facts };
  }

  results.contracts = await guarded(() => checkContracts(rpc, blockTag, chain));
  if (results.contracts.status !== "pass") {
    const why = results.contracts.status === "fail" ? "the contracts are not Anchor's registries" : "the contracts could not be checked";
    onChainNames.filter((n) => n !== "contracts").forEach((n) => (results[n] = skipped(`not checked: ${why}`)));
    return { results, facts };
  }

  results.history = await guarded(() => checkHistoryAnchored(rpc, blockTag, bundle));
  results.anchor = await guarded(() => checkAnchor(rpc, blockTag, bundle));
  results.confirmations = checkConfirmations(results.anchor, anchor.blockNumber, facts.latestBlock, minConfirmations, facts);
  results.alliance = await guarded(() => checkAlliance(rpc, blockTag, chain.allianceRegistry, publisher, facts));
  results.recall = await guarded(() => checkRecall(rpc, blockTag, facts.latestBlock, chain.recallRegistry, publisher.address, batch.batchKey, bundle.recall, facts));
  return { results, facts };
}

async function checkContracts(rpc, blockTag, chain) {
  const problems = [];
  for (const [key, { name, hash }] of Object.entries(registries.RUNTIME_CODE_HASHES)) {
    const code = await registries.codeHash(rpc, blockTag, chain[key]);
    if (code.empty) problems.push(`chain.${key} ${chain[key]} has no code`);
    else if (code.hash !== hash) problems.push(`chain.${key} ${chain[key]} has code hash ${code.hash}, not ${name}'s ${hash}`);
  }
  if (problems.length) return fail(problems.join("; "));
  return pass("AnchorRegistry, RecallRegistry and AllianceRegistry have the runtime code hashes of docs/SPEC.md section 3");
}

async function checkHistoryAnchored(rpc, blockTag, bundle) {
  const history = bundle.history || [];
  if (history.length === 0) return pass("the bundle has no earlier heads (nothing to check)");
  for (let i = 0; i < history.length; i++) {
    const head = history[i];
    const record = await registries.readAnchorRecord(rpc, blockTag, bundle.chain.anchorRegistry, bundle.publisher.address, head.root);
    if (record.size === 0) return fail(`history[${i}]: the publisher never anchored root ${head.root}`);
    if (record.size !== head.size) return fail(`history[${i}]: root ${head.root} was anchored at size ${record.size}, not ${head.size}`);
  }
  return pass(`${history.length} earlier head(s) were anchored by the publisher and are consistent with the anchored head`);
}

async function checkAnchor(rpc, blockTag, { chain, anchor, publisher }) {
  const record = await registries.readAnchorRecord(rpc, blockTag, chain.anchorRegistry, publisher.address, anchor.root);
  if (record.size === 0) return fail(`the registry has no record of ${publisher.address} anchoring root ${anchor.root}`);
  for (const key of ["size", "blockNumber", "timestamp"]) {
    if (record[key] !== anchor[key]) return fail(`anchorRecord gives ${key} ${record[key]}, the bundle says ${anchor[key]}`);
  }
  const block = await rpc.call("eth_getBlockByNumber", ["0x" + anchor.blockNumber.toString(16), false]);
  if (typeof block !== "object" || block === null) throw new RpcUnavailable(`eth_getBlockByNumber: no block ${anchor.blockNumber}, though anchorRecord names it`);
  const blockHash = hexData(block.hash, "block hash", 32);
  if (blockHash !== anchor.blockHash) return fail(`the canonical block ${anchor.blockNumber} has hash ${blockHash}, not ${anchor.blockHash}`);
  const blockTime = quantity(block.timestamp, "block timestamp");
  if (blockTime !== anchor.timestamp) return fail(`block ${anchor.blockNumber} has timestamp ${blockTime}, not ${anchor.timestamp}`);

  const logs = await rpc.call("eth_getLogs", [{ blockHash: anchor.blockHash, address: chain.anchorRegistry, topics: [registries.ANCHORED_TOPIC] }]);
  if (!Array.isArray(logs)) throw new RpcUnavailable("eth_getLogs: the answer is not a list of logs");
  const log = logs.find((l) => l && typeof l.logIndex === "string" && quantity(l.logIndex, "logIndex") === anchor.logIndex);
  if (!log) return fail(`block ${anchor.blockNumber} holds no Anchored event of the registry at log index ${anchor.logIndex}`);
  if (typeof log.address !== "string" || log.address.toLowerCase() !== chain.anchorRegistry.toLowerCase()) {
    throw new RpcUnavailable(`eth_getLogs answered a log of ${log.address}, though it was asked for the registry's`);
  }
  const txHash = hexData(log.transactionHash, "transactionHash", 32);
  if (txHash !== anchor.transactionHash) return fail(`the Anchored event at log index ${anchor.logIndex} is in transaction ${txHash}, not ${anchor.transactionHash}`);
  if (log.removed === true) return fail(`the Anchored event at log index ${anchor.logIndex} was removed by a reorganisation`);
  const event = registries.decodeAnchored(log);
  if (event.publisher.toLowerCase() !== publisher.address.toLowerCase()) return fail(`the Anchored event at log index ${anchor.logIndex} is for publisher ${event.publisher}, not ${publisher.address}`);
  if (event.size !== anchor.size || event.root !== anchor.root) return fail(`the Anchored event records size ${event.size} and root ${event.root}, not size ${anchor.size} and root ${anchor.root}`);
  return pass(`anchored by ${publisher.address} in block ${anchor.blockNumber} (${formatUnixSeconds(anchor.timestamp)}), transaction ${anchor.transactionHash}, log ${anchor.logIndex}`, {
    previousSize: event.previousSize,
  });
}

function checkConfirmations(anchorResult, blockNumber, latestBlock, required, facts) {
  if (anchorResult.status !== "pass") return skipped("not checked: the anchor was not verified");
  const confirmations = latestBlock - blockNumber + 1;
  facts.confirmations = confirmations;
  if (confirmations < required) return cannot(`the anchoring block has ${Math.max(confirmations, 0)} confirmations; ${required} are required`);
  return pass(`${confirmations} confirmations (${required} required)`);
}

async function checkAlliance(rpc, blockTag, registry, publisher, facts) {
  const m = await registries.readMember(rpc, blockTag, registry, publisher.address);
  const isMember = m.admittedAt !== 0;
  facts.member = isMember ? m : null;
  const claim = publisher.allianceName;
  if (isMember) {
    const since = `alliance member since ${formatUnixSeconds(m.admittedAt)}`;
    if (claim === null) return pass(`the publisher is "${m.name}", ${since}; the bundle claims no name`, { member: m });
    if (claim !== m.name) return fail(`the bundle claims the publisher is "${claim}", the alliance registry names it "${m.name}"`, { member: m });
    return pass(`"${m.name}", ${since}`, { member: m });
  }
  if (claim !== null) return fail(`the bundle claims the publisher is "${claim}", but ${publisher.address} is not an alliance member`);
  return pass(`${publisher.address} is not an alliance member (noted; the bundle claims no name)`, { member: null });
}

async function checkRecall(rpc, blockTag, latestBlock, registry, publisher, batchKey, claim, facts) {
  const recalledAt = await registries.readRecalledAt(rpc, blockTag, registry, publisher, batchKey);
  const claimed = claim.recalledAt === null ? null : typeof claim.recalledAt === "number" ? claim.recalledAt : Number(parseDateTime(claim.recalledAt).instant / 1_000_000_000n);
  if (recalledAt === 0) {
    facts.recall = null;
    if (claimed !== null) return fail(`the bundle claims a recall at ${formatUnixSeconds(claimed)}, but the chain records none`);
    return pass("the batch has not been recalled");
  }
  let reason = null;
  try {
    reason = await registries.readRecallReason(rpc, registry, publisher, batchKey, latestBlock);
  } catch (error) {
    if (!(error instanceof RpcUnavailable)) throw error;
  }
  facts.recall = { recalledAt, reason };
  const said = reason === null ? "(the reason could not be read)" : JSON.stringify(reason);
  let message = `the batch was recalled at ${formatUnixSeconds(recalledAt)}: ${said}`;
  if (claimed === null) message += "; the bundle claims no recall";
  else if (claimed !== recalledAt || (reason !== null && reason !== claim.reason)) message += "; the bundle's recall claim differs";
  return fail(message, { recalledAt, reason });
}

module.exports = { runChainChecks };
