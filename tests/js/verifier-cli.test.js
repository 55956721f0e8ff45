// The command-line verifier (src/verifier-js/cli.js): exit 0 for a valid bundle, 1 for an invalid
// one, 2 when it cannot verify (an unreachable RPC, an unreadable file), 64 for a usage error;
// from a file or from a URL that answers with the bundle, as a tag's resolver does.
"use strict";

const { expect } = require("chai");
const { spawn } = require("child_process");
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const { freePort } = require("../../scripts/lib/hardhat-node");
const { useVectorChain } = require("./support/vector-chain");

const CLI = path.join(__dirname, "..", "..", "src", "verifier-js", "cli.js");
const VECTORS = path.join(__dirname, "..", "vectors", "bundles");

function run(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("anchor-verify command line (src/verifier-js/cli.js)", function () {
  this.timeout(60_000);
  const chain = useVectorChain();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "anchor-verify-cli-"));
  const bundleFile = (vector) => {
    const file = path.join(dir, vector);
    fs.writeFileSync(file, JSON.stringify(require(path.join(VECTORS, vector)).bundle));
    return file;
  };
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("exits 0 for a valid bundle and prints every check", async function () {
    const { code, stdout } = await run([bundleFile("valid-within-range.json"), "--rpc", chain.url]);
    expect(code, stdout).to.equal(0);
    for (const name of ["format", "entries", "proofs", "history", "chain", "contracts", "anchor", "confirmations", "alliance", "recall", "coldChain"]) {
      expect(stdout).to.match(new RegExp(`PASS +${name} `));
    }
    expect(stdout).to.match(/Verdict: VALID/);
  });

  it("exits 1 for an invalid bundle, naming the failing check and the reason", async function () {
    const { code, stdout } = await run([bundleFile("recall-recalled-batch.json"), "--rpc", chain.url]);
    expect(code, stdout).to.equal(1);
    expect(stdout).to.match(/FAIL +recall +the batch was recalled at 2026-05-15T06:00:00Z/);
    expect(stdout).to.match(/Verdict: INVALID \(first failure: recall\)/);
  });

  it("exits 2 when the RPC cannot be reached", async function () {
    const closedPort = await freePort();
    const { code, stdout } = await run([bundleFile("valid-within-range.json"), "--rpc", `http://127.0.0.1:${closedPort}`, "--timeout", "3000"]);
    expect(code, stdout).to.equal(2);
    expect(stdout).to.match(/CANNOT CHECK +chain +the RPC could not answer: eth_chainId: cannot reach/);
  });

  it("exits 2 offline, saying so, and for too few confirmations", async function () {
    const offline = await run([bundleFile("valid-within-range.json"), "--offline"]);
    expect(offline.code).to.equal(2);
    expect(offline.stdout).to.match(/Verdict: CANNOT VERIFY, offline/);
    const few = await run([bundleFile("valid-within-range.json"), "--rpc", chain.url, "--confirmations", "1000"]);
    expect(few.code).to.equal(2);
    expect(few.stdout).to.match(/CANNOT CHECK +confirmations/);
  });

  it("exits 2 when the file cannot be read, and 64 for a usage error", async function () {
    const missing = await run([path.join(dir, "no-such-bundle.json"), "--offline"]);
    expect(missing.code).to.equal(2);
    expect(missing.stderr).to.match(/cannot read the bundle/);
    const usage = await run(["--confirmations", "many", bundleFile("valid-within-range.json")]);
    expect(usage.code).to.equal(64);
    expect(usage.stderr).to.match(/--confirmations needs a non-negative integer/);
  });

  it("prints the report as JSON with --json", async function () {
    const { code, stdout } = await run([bundleFile("valid-excursion.json"), "--rpc", chain.url, "--json"]);
    expect(code).to.equal(0);
    const report = JSON.parse(stdout);
    expect(report.verdict).to.equal("valid");
    expect(report.coldChain.verdict).to.equal("Excursion");
    expect(report.timeline.length).to.be.greaterThan(0);
  });

  it("reads the bundle from a URL that answers with JSON", async function () {
    const body = fs.readFileSync(bundleFile("valid-non-member-no-claim.json"));
    let accept = null;
    const server = http.createServer((request, response) => {
      accept = request.headers.accept;
      response.writeHead(200, { "content-type": "application/json" });
      response.end(body);
    });
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { code, stdout } = await run([`http://127.0.0.1:${server.address().port}/01/09520456000177/10/KW2605-01`, "--rpc", chain.url]);
      expect(code, stdout).to.equal(0);
      expect(accept).to.equal("application/json");
      expect(stdout).to.match(/not an alliance member/);
    } finally {
      server.close();
    }
  });
});
