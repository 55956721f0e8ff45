// A V8 context with only what a browser page offers (no require, module or process), into which
// ethers' UMD build and anchor-verify.js are loaded as two classic <script>s would load them.
"use strict";

const fs = require("fs");
const path = require("path");
const vm = require("vm");

const ETHERS_UMD = path.join(__dirname, "..", "..", "..", "node_modules", "ethers", "dist", "ethers.umd.min.js");
const ANCHOR_VERIFY = path.join(__dirname, "..", "..", "..", "src", "verifier-js", "anchor-verify.js");

/** @returns {object} the context's global object; `AnchorVerify` is the verifier */
function browserContext() {
  const context = vm.createContext({ TextEncoder, TextDecoder, fetch, Response, AbortController, setTimeout, clearTimeout, console, structuredClone, URL, crypto: globalThis.crypto });
  vm.runInContext("globalThis.window = globalThis; globalThis.self = globalThis;", context);
  for (const [file, name] of [[ETHERS_UMD, "ethers.umd.min.js"], [ANCHOR_VERIFY, "anchor-verify.js"]]) {
    try {
      vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: name });
    } catch (error) {
      throw new Error(`${name} did not load as a script: ${error.message}`);
    }
  }
  return context;
}

module.exports = { browserContext, ETHERS_UMD, ANCHOR_VERIFY };
