// verifyBundle: runs the checks of docs/SPEC.md section 7 in order and reaches the verdict.
// It never throws for any input: every problem is a check result with a specific reason, and an
// unexpected internal error becomes "cannot check" (so it can never end as "valid").
"use strict";

const { readBundleInput } = require("./bundle-input");
const { checkFormat } = require("./bundle-format");
const { checkEntries } = require("./entries-check");
const { checkProofs, checkHistoryConsistency } = require("./proofs-check");
const { checkColdChain } = require("./coldchain-check");
const { runChainChecks } = require("./chain-checks");
const { createRpcClient, DEFAULT_TIMEOUT_MS } = require("./json-rpc");
const { buildTimeline } = require("./timeline");

/** The checks of section 7, in order. */
const CHECK_NAMES = ["format", "entries", "proofs", "history", "chain", "contracts", "anchor", "confirmations", "alliance", "recall", "coldChain"];
const ON_CHAIN = ["chain", "contracts", "anchor", "confirmations", "alliance", "recall"];
const DEFAULT_MIN_CONFIRMATIONS = 12;

/**
 * Verifies an evidence bundle.
 * @param {string | Uint8Array | object} input the bundle as JSON text, UTF-8 bytes or a parsed object
 * @param {{rpc?: string|null, offline?: boolean, minConfirmations?: number, fetch?: Function, timeoutMs?: number}} [options]
 *   rpc: JSON-RPC URL of the bundle's chain; offline: run the offline checks only;
 *   minConfirmations: confirmations required of the anchoring block (default 12);
 *   fetch: a fetch implementation (default: the global one); timeoutMs: per RPC call (default 10 000)
 * @returns {Promise<{verdict: "valid"|"invalid"|"cannot verify", checks: {name, status, reason, details?}[],
 *   warnings: {check: string, message: string}[], batch, publisher, anchor, coldChain, timeline}>}
 */
async function verifyBundle(input, options = {}) {
  const checks = new Map();
  const warnings = [];
  const report = { batch: null, publisher: null, anchor: null, coldChain: null, timeline: [] };
  const set = (name, result) => checks.set(name, { name, status: result.status, reason: result.reason, ...(result.details ? { details: result.details } : {}) });
  const warn = (check, messages) => messages.forEach((message) => warnings.push({ check, message }));
  try {
    const opts = readOptions(options);
    const read = readBundleInput(input);
    const format = read.ok ? checkFormat(read.bundle) : { ok: false, reason: read.reason };
    if (!format.ok) {
      set("format", { status: "fail", reason: format.reason });
      for (const name of CHECK_NAMES.slice(1)) set(name, { status: "skipped", reason: "not checked: the bundle is not well-formed" });
      return finish(checks, warnings, report, opts);
    }
    const bundle = read.bundle;
    set("format", { status: "pass", reason: format.summary });
    report.batch = { ...bundle.batch };
    report.publisher = { address: bundle.publisher.address, allianceName: bundle.publisher.allianceName, member: undefined };
    report.anchor = { ...bundle.anchor };

    const entries = checkEntries(bundle);
    set("entries", entries);
    warn("entries", entries.warnings);
    const proofs = checkProofs(bundle);
    set("proofs", proofs);
    warn("proofs", proofs.warnings);
    const history = checkHistoryConsistency(bundle);
    const coldChain = checkColdChain(bundle, entries.events);
    set("coldChain", coldChain);
    warn("coldChain", coldChain.warnings);
    report.coldChain = coldChain.summary || null;
    report.timeline = buildTimeline(bundle, entries.events, proofs.verified);

    if (opts.offline || !opts.rpc) {
      set("history", mergeHistory(history, { status: "skipped", reason: opts.offline ? "not checked: offline" : "not checked: no RPC URL" }));
      const why = opts.offline ? "not checked: offline" : "cannot check: no RPC URL was given";
      for (const name of ON_CHAIN) set(name, { status: opts.offline ? "skipped" : "cannot check", reason: why });
      if (opts.offline) warnings.push({ check: "chain", message: "offline: the proofs were checked, but not that the publisher anchored this head on the chain" });
      return finish(checks, warnings, report, opts);
    }

    const rpc = createRpcClient({ url: opts.rpc, fetch: opts.fetch, timeoutMs: opts.timeoutMs });
    const chain = await runChainChecks(bundle, { rpc, minConfirmations: opts.minConfirmations });
    for (const name of ON_CHAIN) set(name, chain.results[name]);
    set("history", mergeHistory(history, chain.results.history));
    report.publisher.member = chain.facts.member;
    warn("alliance", allianceNotes(chain.results.alliance, chain.facts.member, bundle.publisher));
    report.anchor.confirmations = chain.facts.confirmations;
    report.anchor.latestBlock = chain.facts.latestBlock;
    if (chain.facts.recall !== undefined) report.batch.recall = chain.facts.recall;
    return finish(checks, warnings, report, opts);
  } catch (error) {
    // Bad options, or a bug of ours: not a property of the bundle. Say so, and never read as valid.
    const message = error && error.message ? error.message : String(error);
    const reason = error instanceof OptionsError ? `invalid options: ${message}` : `internal error of the verifier: ${message}`;
    for (const name of CHECK_NAMES) if (!checks.has(name) || checks.get(name).status === "pass") set(name, { status: "cannot check", reason });
    return finish(checks, warnings, report, {});
  }
}

/** Section 7: a publisher that is not a member passes "with that noted"; so is a member the bundle does not name. */
function allianceNotes(result, member, publisher) {
  if (!result || result.status !== "pass") return [];
  if (member === null) return [`the publisher ${publisher.address} is not an alliance member`];
  if (member && publisher.allianceName === null) return [`the publisher is the alliance member "${member.name}", which the bundle does not claim`];
  return [];
}

/** The history check's offline result (consistency) combined with its online one (anchorRecord). */
function mergeHistory(offline, online) {
  if (offline.status !== "pass" || offline.empty || !online) return { status: offline.status, reason: offline.reason };
  if (online.status === "skipped") return { status: "pass", reason: `${offline.reason} (not checked on the chain: ${online.reason.replace(/^not checked: /, "")})` };
  if (online.status === "pass") return { status: "pass", reason: online.reason };
  return online;
}

class OptionsError extends Error {}

function readOptions(options) {
  const o = typeof options === "object" && options !== null ? options : {};
  const minConfirmations = o.minConfirmations === undefined ? DEFAULT_MIN_CONFIRMATIONS : o.minConfirmations;
  if (!Number.isSafeInteger(minConfirmations) || minConfirmations < 0) throw new OptionsError(`minConfirmations must be a non-negative integer, got ${minConfirmations}`);
  if (o.rpc !== undefined && o.rpc !== null && typeof o.rpc !== "string") throw new OptionsError("rpc must be a URL string or null");
  const result = {
    rpc: o.rpc || null,
    offline: Boolean(o.offline),
    minConfirmations,
    fetch: o.fetch,
    timeoutMs: o.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : o.timeoutMs,
  };
  if (!(result.timeoutMs > 0)) throw new OptionsError(`timeoutMs must be a positive number, got ${o.timeoutMs}`);
  if (result.fetch !== undefined && typeof result.fetch !== "function") throw new OptionsError("fetch must be a function");
  return result;
}

/**
 * Section 7: invalid if any check fails; otherwise cannot verify if any could not be completed
 * (cannot check, or skipped: offline or after another check); otherwise valid.
 */
function finish(checks, warnings, report, opts) {
  const list = CHECK_NAMES.map((name) => checks.get(name) || { name, status: "cannot check", reason: "not run" });
  let verdict = "valid";
  if (list.some((c) => c.status === "fail")) verdict = "invalid";
  else if (list.some((c) => c.status === "cannot check" || c.status === "skipped")) verdict = "cannot verify";
  return {
    verdict,
    checks: list,
    warnings,
    offline: Boolean(opts.offline),
    minConfirmations: opts.minConfirmations,
    ...report,
  };
}

/** The check a vector names: the first that failed when invalid, the first not completed when cannot verify. */
function firstFailure(report) {
  const wanted = report.verdict === "invalid" ? ["fail"] : report.verdict === "cannot verify" ? ["cannot check"] : [];
  const check = report.checks.find((c) => wanted.includes(c.status));
  return check ? check.name : null;
}

module.exports = { verifyBundle, firstFailure, CHECK_NAMES, DEFAULT_MIN_CONFIRMATIONS };
