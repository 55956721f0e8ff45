#!/usr/bin/env node
// anchor-verify: checks an evidence bundle (docs/SPEC.md section 7) from a file or a URL (a tag's
// Digital Link resolver answers with the bundle when asked for JSON) and prints every check.
//   node src/verifier-js/cli.js BUNDLE.json|URL [--rpc URL] [--offline] [--json] [--confirmations N] [--timeout MS]
// Exit status: 0 valid, 1 invalid, 2 cannot verify (also when the bundle cannot be fetched or
// read), 64 usage error. Without --rpc the checks run offline.
"use strict";

const fs = require("fs");
const { verifyBundle, firstFailure, DEFAULT_MIN_CONFIRMATIONS, MAX_BUNDLE_BYTES } = require("./anchor-verify");

const EXIT = { valid: 0, invalid: 1, "cannot verify": 2, usage: 64 };
const USAGE = "usage: anchor-verify BUNDLE.json|URL [--rpc URL] [--offline] [--json] [--confirmations N] [--timeout MS]";

class UsageError extends Error {}

function parseArguments(argv) {
  const options = { source: null, rpc: null, offline: false, json: false, minConfirmations: DEFAULT_MIN_CONFIRMATIONS, timeoutMs: 10_000 };
  const value = (i, flag) => {
    if (i + 1 >= argv.length) throw new UsageError(`${flag} needs a value`);
    return argv[i + 1];
  };
  const count = (text, flag) => {
    if (!/^[0-9]+$/.test(text)) throw new UsageError(`${flag} needs a non-negative integer, got ${JSON.stringify(text)}`);
    return Number(text);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--rpc") options.rpc = value(i++, arg);
    else if (arg === "--offline") options.offline = true;
    else if (arg === "--json") options.json = true;
    else if (arg === "--confirmations") options.minConfirmations = count(value(i++, arg), arg);
    else if (arg === "--timeout") options.timeoutMs = count(value(i++, arg), arg) || 1;
    else if (arg === "--help" || arg === "-h") throw new UsageError("");
    else if (arg.startsWith("--")) throw new UsageError(`unknown option ${arg}`);
    else if (options.source === null) options.source = arg;
    else throw new UsageError(`one bundle at a time (got ${JSON.stringify(options.source)} and ${JSON.stringify(arg)})`);
  }
  if (options.source === null) throw new UsageError("which bundle? give a file or a URL");
  if (options.rpc !== null && !/^https?:\/\//.test(options.rpc)) throw new UsageError(`--rpc needs an http(s) URL, got ${JSON.stringify(options.rpc)}`);
  if (options.rpc && options.offline) throw new UsageError("--rpc and --offline exclude each other");
  if (!options.rpc) options.offline = true;
  return options;
}

/** The bundle's bytes from a file, or from a URL asked for JSON (SPEC section 6). */
async function readSource(source, timeoutMs) {
  if (!/^https?:\/\//.test(source)) return new Uint8Array(fs.readFileSync(source));
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(source, { headers: { accept: "application/json" }, signal: controller.signal });
    if (!response.ok) throw new Error(`${source} answered HTTP ${response.status}`);
    const chunks = [];
    let total = 0;
    for await (const chunk of response.body) {
      total += chunk.length;
      chunks.push(chunk);
      // One byte over the limit is enough for the verifier to refuse it as too large.
      if (total > MAX_BUNDLE_BYTES) break;
    }
    return new Uint8Array(Buffer.concat(chunks));
  } catch (error) {
    throw new Error(controller.signal.aborted ? `${source} did not answer within ${timeoutMs} ms` : error.message);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

const LABELS = { pass: "PASS", fail: "FAIL", "cannot check": "CANNOT CHECK", skipped: "SKIPPED" };

function printReport(report) {
  const lines = [];
  if (report.batch) lines.push(`Batch      (01)${report.batch.gtin}(10)${report.batch.lot}`);
  if (report.publisher) {
    const member = report.publisher.member;
    const who = member ? `${member.name} (alliance member)` : member === null ? "not an alliance member" : `claimed: ${report.publisher.allianceName ?? "no name"}`;
    lines.push(`Publisher  ${report.publisher.address}, ${who}`);
  }
  if (report.anchor) lines.push(`Anchor     size ${report.anchor.size}, block ${report.anchor.blockNumber}, transaction ${report.anchor.transactionHash}`);
  if (lines.length) lines.push("");
  for (const check of report.checks) lines.push(`  ${LABELS[check.status].padEnd(12)} ${check.name.padEnd(13)} ${check.reason}`);
  if (report.warnings.length) {
    lines.push("", "Warnings:");
    for (const warning of report.warnings) lines.push(`  - ${warning.message}`);
  }
  const first = firstFailure(report);
  const mode = report.offline ? ", offline" : "";
  lines.push("", `Verdict: ${report.verdict.toUpperCase()}${first ? ` (${report.verdict === "invalid" ? "first failure" : "not completed"}: ${first})` : ""}${mode}`);
  console.log(lines.join("\n"));
}

async function main(argv) {
  let options;
  try {
    options = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) console.error(`anchor-verify: ${error.message}`);
    console.error(USAGE);
    return EXIT.usage;
  }
  let input;
  try {
    input = await readSource(options.source, options.timeoutMs);
  } catch (error) {
    console.error(`anchor-verify: cannot read the bundle: ${error.message}`);
    console.log("Verdict: CANNOT VERIFY (the bundle could not be read)");
    return EXIT["cannot verify"];
  }
  const report = await verifyBundle(input, {
    rpc: options.rpc,
    offline: options.offline,
    minConfirmations: options.minConfirmations,
    timeoutMs: options.timeoutMs,
  });
  if (options.json) console.log(JSON.stringify(report, null, 2));
  else printReport(report);
  return EXIT[report.verdict];
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`anchor-verify: ${error.stack || error}`);
      process.exitCode = EXIT["cannot verify"];
    }
  );
}

module.exports = { main, parseArguments };
