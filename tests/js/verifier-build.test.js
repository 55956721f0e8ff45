// src/verifier-js/anchor-verify.js is generated from src/verifier-js/lib by build.js; the committed
// file must be what the build writes, and it must load both in Node and as a browser script.
"use strict";

const { expect } = require("chai");
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const { render, OUTPUT } = require("../../src/verifier-js/build");

const { browserContext } = require("./support/browser-context");

describe("anchor-verify.js, the one-file build", function () {
  it("is what `node src/verifier-js/build.js` writes from lib/", function () {
    expect(fs.readFileSync(OUTPUT, "utf8"), "run `node src/verifier-js/build.js`").to.equal(render());
  });

  it("holds every module of lib/", function () {
    const text = fs.readFileSync(OUTPUT, "utf8");
    for (const file of fs.readdirSync(path.join(__dirname, "..", "..", "src", "verifier-js", "lib"))) {
      expect(text).to.contain(JSON.stringify("./" + file.replace(/\.js$/, "")));
    }
  });

  it("defines the global AnchorVerify after ethers' UMD build, as a <script> does", async function () {
    const context = browserContext();
    expect(context.AnchorVerify.verifyBundle).to.be.a("function");
    const vector = require("../vectors/bundles/valid-excursion.json");
    const report = await context.AnchorVerify.verifyBundle(JSON.stringify(vector.bundle), { offline: true });
    expect(report.verdict).to.equal("cannot verify");
    expect(report.checks.filter((c) => c.status === "pass").map((c) => c.name)).to.deep.equal(["format", "entries", "proofs", "history", "coldChain"]);
    expect(report.coldChain.timeOutside).to.equal("PT6H45M");
  });

  it("says what is missing when ethers was not loaded first", function () {
    const context = vm.createContext({});
    expect(() => vm.runInContext(fs.readFileSync(OUTPUT, "utf8"), context)).to.throw(/load ethers v6/);
  });
});
