// The `format` check (docs/SPEC.md sections 5 and 7): the bundle is version 1, every member has
// the shape section 5 gives it (docs/evidence-bundle.schema.json says the same in JSON Schema),
// and batch.batchKey is the batch key of batch.gtin and batch.lot. The entries' GTINs, lots and
// events are left to the `entries` check, which the spec names for them.
"use strict";

const { getAddress } = require("ethers");
const { batchKey } = require("./leaf");
const { gtinProblem, lotProblem, readDigitalLink } = require("./gs1");
const { parseDateTime, parseDuration } = require("./time");

const HASH32 = /^0x[0-9a-f]{64}$/;
const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const EVENT_HASH_ID = /^ni:\/\/\/sha-256;[0-9a-f]{64}\?ver=CBV2\.0$/;
const ZERO_HASH = "0x" + "0".repeat(64);
const VERDICTS = ["WithinRange", "Excursion", "NoData"];
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

class FormatProblem extends Error {}

const fail = (path, reason) => {
  throw new FormatProblem(`${path}: ${reason}`);
};
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const has = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

function member(object, key, path) {
  if (!has(object, key)) fail(path, `missing member "${key}"`);
  return object[key];
}
function object(value, path) {
  if (!isObject(value)) fail(path, `expected an object, found ${describe(value)}`);
  return value;
}
function array(value, path) {
  if (!Array.isArray(value)) fail(path, `expected an array, found ${describe(value)}`);
  return value;
}
function string(value, path) {
  if (typeof value !== "string") fail(path, `expected a string, found ${describe(value)}`);
  return value;
}
function integer(value, path, min = 0) {
  if (typeof value !== "number" || !Number.isInteger(value)) fail(path, `expected an integer, found ${describe(value)}`);
  if (value < min || value > MAX_SAFE) fail(path, `${value} is outside ${min}..2^53-1`);
  return value;
}
function number(value, path) {
  if (typeof value !== "number" || !Number.isFinite(value)) fail(path, `expected a number, found ${describe(value)}`);
  return value;
}
function hash32(value, path) {
  if (typeof value !== "string" || !HASH32.test(value)) fail(path, `expected 0x and 64 lower-case hex digits, found ${describe(value)}`);
  return value;
}
function address(value, path) {
  if (typeof value !== "string" || !ADDRESS.test(value)) fail(path, `expected an address (0x and 40 hex digits), found ${describe(value)}`);
  // Mixed case is an EIP-55 checksum and must be right; all lower or upper case carries none.
  const digits = value.slice(2);
  if (digits !== digits.toLowerCase() && digits !== digits.toUpperCase()) {
    let checksummed = null;
    try {
      checksummed = getAddress(value);
    } catch {
      checksummed = null;
    }
    if (checksummed !== value) fail(path, `${value} has a wrong EIP-55 checksum`);
  }
  return value;
}
function dateTime(value, path) {
  if (!parseDateTime(value)) fail(path, `expected an RFC 3339 date-time with a time zone, found ${describe(value)}`);
  return value;
}
function nullable(value, path, check) {
  return value === null ? null : check(value, path);
}

/**
 * Runs the `format` check on a parsed bundle.
 * @returns {{ok: true, summary: string} | {ok: false, reason: string}}
 */
function checkFormat(bundle) {
  try {
    object(bundle, "$");
    const version = member(bundle, "bundleVersion", "$");
    if (version !== 1) fail("$.bundleVersion", `version ${describe(version)} is not supported; this verifier reads version 1`);
    dateTime(member(bundle, "issuedAt", "$"), "$.issuedAt");
    checkBatch(object(member(bundle, "batch", "$"), "$.batch"));
    checkChain(object(member(bundle, "chain", "$"), "$.chain"));
    checkPublisher(object(member(bundle, "publisher", "$"), "$.publisher"));
    checkAnchor(object(member(bundle, "anchor", "$"), "$.anchor"));
    const entries = array(member(bundle, "entries", "$"), "$.entries");
    if (entries.length === 0) fail("$.entries", "no entries");
    entries.forEach((entry, i) => checkEntry(object(entry, `$.entries[${i}]`), `$.entries[${i}]`));
    checkProof(object(member(bundle, "proof", "$"), "$.proof"));
    if (has(bundle, "history")) checkHistory(array(bundle.history, "$.history"));
    checkRecall(object(member(bundle, "recall", "$"), "$.recall"));
    checkColdChainClaim(object(member(bundle, "coldChain", "$"), "$.coldChain"));
    if (has(bundle, "explorer") && bundle.explorer !== null) checkExplorer(object(bundle.explorer, "$.explorer"));
    const expectedKey = batchKey(bundle.batch.gtin, bundle.batch.lot);
    if (bundle.batch.batchKey !== expectedKey) {
      fail("$.batch.batchKey", `${bundle.batch.batchKey} is not the batch key of (01)${bundle.batch.gtin}(10)${bundle.batch.lot}, which is ${expectedKey}`);
    }
    return { ok: true, summary: `bundle version 1 with ${entries.length} entries; batch key matches (01)${bundle.batch.gtin}(10)${bundle.batch.lot}` };
  } catch (error) {
    if (error instanceof FormatProblem) return { ok: false, reason: error.message };
    throw error;
  }
}

function checkBatch(batch) {
  const gtin = string(member(batch, "gtin", "$.batch"), "$.batch.gtin");
  const gtinIssue = gtinProblem(gtin);
  if (gtinIssue) fail("$.batch.gtin", gtinIssue);
  const lot = string(member(batch, "lot", "$.batch"), "$.batch.lot");
  const lotIssue = lotProblem(lot);
  if (lotIssue) fail("$.batch.lot", lotIssue);
  hash32(member(batch, "batchKey", "$.batch"), "$.batch.batchKey");
  const link = string(member(batch, "digitalLink", "$.batch"), "$.batch.digitalLink");
  const named = readDigitalLink(link);
  if (!named || named.serial !== null) fail("$.batch.digitalLink", `${JSON.stringify(link)} is not a GS1 Digital Link URI …/01/{gtin}/10/{lot}`);
  if (named.gtin !== gtin || named.lot !== lot) {
    fail("$.batch.digitalLink", `names (01)${named.gtin}(10)${named.lot}, not the batch (01)${gtin}(10)${lot}`);
  }
}

function checkChain(chain) {
  integer(member(chain, "chainId", "$.chain"), "$.chain.chainId", 1);
  for (const key of ["anchorRegistry", "recallRegistry", "allianceRegistry"]) address(member(chain, key, "$.chain"), `$.chain.${key}`);
}

function checkPublisher(publisher) {
  address(member(publisher, "address", "$.publisher"), "$.publisher.address");
  const name = member(publisher, "allianceName", "$.publisher");
  if (name !== null) {
    string(name, "$.publisher.allianceName");
    const bytes = new TextEncoder().encode(name).length;
    if (bytes < 1 || bytes > 128) fail("$.publisher.allianceName", `an alliance name has 1 to 128 bytes, this one ${bytes}`);
  }
}

function checkAnchor(anchor) {
  integer(member(anchor, "size", "$.anchor"), "$.anchor.size", 1);
  const root = hash32(member(anchor, "root", "$.anchor"), "$.anchor.root");
  if (root === ZERO_HASH) fail("$.anchor.root", "the zero root means no head");
  hash32(member(anchor, "transactionHash", "$.anchor"), "$.anchor.transactionHash");
  integer(member(anchor, "blockNumber", "$.anchor"), "$.anchor.blockNumber");
  hash32(member(anchor, "blockHash", "$.anchor"), "$.anchor.blockHash");
  integer(member(anchor, "logIndex", "$.anchor"), "$.anchor.logIndex");
  integer(member(anchor, "timestamp", "$.anchor"), "$.anchor.timestamp");
}

function checkEntry(entry, path) {
  integer(member(entry, "index", path), `${path}.index`);
  string(member(entry, "gtin", path), `${path}.gtin`);
  string(member(entry, "lot", path), `${path}.lot`);
  const id = string(member(entry, "eventHashId", path), `${path}.eventHashId`);
  if (!EVENT_HASH_ID.test(id)) fail(`${path}.eventHashId`, `${JSON.stringify(id)} is not a CBV 2.0 Event Hash ID (ni:///sha-256;<64 hex>?ver=CBV2.0)`);
  nullable(member(entry, "declaredAt", path), `${path}.declaredAt`, dateTime);
  hash32(member(entry, "salt", path), `${path}.salt`);
  string(member(entry, "event", path), `${path}.event`);
}

function checkProof(proof) {
  array(member(proof, "nodes", "$.proof"), "$.proof.nodes").forEach((node, i) => hash32(node, `$.proof.nodes[${i}]`));
  if (has(proof, "size")) integer(proof.size, "$.proof.size", 1);
  array(member(proof, "paths", "$.proof"), "$.proof.paths").forEach((path, i) => {
    const at = `$.proof.paths[${i}]`;
    object(path, at);
    integer(member(path, "index", at), `${at}.index`);
    array(member(path, "nodes", at), `${at}.nodes`).forEach((n, j) => integer(n, `${at}.nodes[${j}]`));
  });
}

function checkHistory(history) {
  history.forEach((head, i) => {
    const at = `$.history[${i}]`;
    object(head, at);
    integer(member(head, "size", at), `${at}.size`, 1);
    hash32(member(head, "root", at), `${at}.root`);
    array(member(head, "consistencyProof", at), `${at}.consistencyProof`).forEach((n, j) => hash32(n, `${at}.consistencyProof[${j}]`));
  });
}

function checkRecall(recall) {
  const at = member(recall, "recalledAt", "$.recall");
  const reason = member(recall, "reason", "$.recall");
  if (at === null && reason === null) return;
  if (at === null || reason === null) fail("$.recall", "recalledAt and reason are both null (no recall) or both given");
  // The block timestamp of the recall, in seconds like anchor.timestamp; an RFC 3339 time is read too.
  if (typeof at === "number") integer(at, "$.recall.recalledAt", 1);
  else dateTime(at, "$.recall.recalledAt");
  if (string(reason, "$.recall.reason").length === 0) fail("$.recall.reason", "a recall has a reason");
}

function checkColdChainClaim(claim) {
  const band = object(member(claim, "band", "$.coldChain"), "$.coldChain.band");
  const min = number(member(band, "minCelsius", "$.coldChain.band"), "$.coldChain.band.minCelsius");
  const max = number(member(band, "maxCelsius", "$.coldChain.band"), "$.coldChain.band.maxCelsius");
  if (min > max) fail("$.coldChain.band", `minCelsius ${min} is above maxCelsius ${max}`);
  const verdict = member(claim, "verdict", "$.coldChain");
  if (!VERDICTS.includes(verdict)) fail("$.coldChain.verdict", `expected one of ${VERDICTS.join(", ")}, found ${describe(verdict)}`);
  integer(member(claim, "readings", "$.coldChain"), "$.coldChain.readings");
  nullable(member(claim, "minCelsius", "$.coldChain"), "$.coldChain.minCelsius", number);
  nullable(member(claim, "maxCelsius", "$.coldChain"), "$.coldChain.maxCelsius", number);
  const outside = string(member(claim, "timeOutside", "$.coldChain"), "$.coldChain.timeOutside");
  if (parseDuration(outside) === null) fail("$.coldChain.timeOutside", `${JSON.stringify(outside)} is not an ISO 8601 duration such as PT1H30M`);
  for (const key of ["intervalReports", "ignoredReports", "retractedEvents"]) if (has(claim, key)) integer(claim[key], `$.coldChain.${key}`);
  for (const key of ["firstObservation", "lastObservation"]) if (has(claim, key)) nullable(claim[key], `$.coldChain.${key}`, dateTime);
  if (has(claim, "excursions")) array(claim.excursions, "$.coldChain.excursions").forEach((e, i) => object(e, `$.coldChain.excursions[${i}]`));
}

function checkExplorer(explorer) {
  for (const key of ["transaction", "contract"]) if (has(explorer, key)) nullable(explorer[key], `$.explorer.${key}`, string);
  if (has(explorer, "verifyInclusion")) {
    array(explorer.verifyInclusion, "$.explorer.verifyInclusion").forEach((item, i) => object(item, `$.explorer.verifyInclusion[${i}]`));
  }
}

function describe(value) {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return value.length > 80 ? `${JSON.stringify(value.slice(0, 77))}…` : JSON.stringify(value);
  return String(value);
}

module.exports = { checkFormat, HASH32, ADDRESS };
