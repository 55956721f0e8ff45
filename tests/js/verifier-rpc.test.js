// What the verifier does when the chain cannot be asked: an unreachable node, one that never
// answers, or one that answers garbage. Each is "cannot check" with the reason, and the verdict is
// "cannot verify", never "valid" and never "invalid" (docs/SPEC.md section 7; brief, invariant 4).
// The fake nodes here listen on 127.0.0.1 only.
"use strict";

const { expect } = require("chai");
const http = require("http");
const fs = require("fs");
const path = require("path");
const { freePort } = require("../../scripts/lib/hardhat-node");
const { verifyBundle, firstFailure } = require("../../src/verifier-js/anchor-verify");

const bundle = require("../vectors/bundles/valid-within-range.json").bundle;
const ARTIFACTS = path.join(__dirname, "..", "..", "artifacts", "contracts");
const runtimeCode = (name) => JSON.parse(fs.readFileSync(path.join(ARTIFACTS, `${name}.sol`, `${name}.json`), "utf8")).deployedBytecode;

/** A JSON-RPC server whose answer to each request is decided by `answer(body, response)`. */
async function fakeNode(answer) {
  const server = http.createServer((request, response) => {
    let text = "";
    request.on("data", (c) => (text += c));
    request.on("end", () => answer(JSON.parse(text), response));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => { server.closeAllConnections(); server.close(); } };
}

const reply = (response, body, status = 200) => {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(typeof body === "string" ? body : JSON.stringify(body));
};

async function verifyAgainst(answer, options = {}) {
  const node = await fakeNode(answer);
  try {
    return await verifyBundle(bundle, { rpc: node.url, minConfirmations: 1, timeoutMs: 500, ...options });
  } finally {
    node.close();
  }
}

function expectCannotVerify(report, check, reason) {
  expect(report.verdict).to.equal("cannot verify");
  expect(firstFailure(report)).to.equal(check);
  expect(report.checks.find((c) => c.name === check).reason).to.match(reason);
  expect(report.checks.some((c) => c.status === "fail")).to.equal(false);
}

describe("verifier and an RPC that cannot answer", function () {
  it("reports an unreachable node as cannot check", async function () {
    const report = await verifyBundle(bundle, { rpc: `http://127.0.0.1:${await freePort()}`, minConfirmations: 1 });
    expectCannotVerify(report, "chain", /cannot reach/);
    expect(report.checks.find((c) => c.name === "anchor").status).to.equal("skipped");
  });

  it("gives up after the timeout when the node never answers", async function () {
    const started = Date.now();
    const report = await verifyAgainst(() => {}, { timeoutMs: 300 });
    expect(Date.now() - started).to.be.below(3000);
    expectCannotVerify(report, "chain", /no answer .* within 300 ms/);
  });

  const garbage = {
    "an HTTP error": (body, response) => reply(response, "busy", 503),
    "an HTML page": (body, response) => reply(response, "<html>rate limited</html>"),
    "a JSON-RPC error": (body, response) => reply(response, { jsonrpc: "2.0", id: body.id, error: { code: -32005, message: "limit exceeded" } }),
    "a malformed quantity": (body, response) => reply(response, { jsonrpc: "2.0", id: body.id, result: "0xzz" }),
    "no result at all": (body, response) => reply(response, { jsonrpc: "2.0", id: body.id }),
  };
  for (const [name, answer] of Object.entries(garbage)) {
    it(`reports ${name} as cannot check`, async function () {
      const report = await verifyAgainst(answer);
      expectCannotVerify(report, "chain", /the RPC could not answer: eth_chainId: .+/);
    });
  }

  it("reports another chain as cannot check, not as a failure", async function () {
    const report = await verifyAgainst((body, response) => reply(response, { jsonrpc: "2.0", id: body.id, result: "0x1" }));
    expectCannotVerify(report, "chain", /serves chain 1, but the bundle is anchored on chain 31337/);
  });

  it("never reaches valid when a node with the right code answers calls with garbage", async function () {
    const code = { [bundle.chain.anchorRegistry.toLowerCase()]: runtimeCode("AnchorRegistry"), [bundle.chain.recallRegistry.toLowerCase()]: runtimeCode("RecallRegistry"), [bundle.chain.allianceRegistry.toLowerCase()]: runtimeCode("AllianceRegistry") };
    const report = await verifyAgainst((body, response) => {
      const results = { eth_chainId: "0x7a69", eth_blockNumber: "0x1d", eth_getCode: code[String(body.params[0]).toLowerCase()] || "0x", eth_call: "0x1234" };
      reply(response, { jsonrpc: "2.0", id: body.id, result: results[body.method] });
    });
    expect(report.checks.find((c) => c.name === "contracts").status).to.equal("pass");
    expectCannotVerify(report, "anchor", /does not decode/);
    for (const name of ["alliance", "recall"]) expect(report.checks.find((c) => c.name === name).status).to.equal("cannot check");
  });

  it("uses the fetch it is given, as a browser page may", async function () {
    const methods = [];
    const fetch = async (url, init) => {
      const body = JSON.parse(init.body);
      methods.push(body.method);
      return new Response(JSON.stringify({ jsonrpc: "2.0", id: body.id, result: "0x2" }), { status: 200 });
    };
    const report = await verifyBundle(bundle, { rpc: "http://rpc.invalid", fetch, minConfirmations: 1 });
    expect(methods).to.deep.equal(["eth_chainId"]);
    expectCannotVerify(report, "chain", /serves chain 2/);
  });

  it("says cannot check, not skipped, when no RPC is given and offline is not asked for", async function () {
    const report = await verifyBundle(bundle, { rpc: null });
    expectCannotVerify(report, "chain", /no RPC URL/);
  });
});
