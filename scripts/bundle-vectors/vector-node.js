// Starts a fresh Hardhat node for the bundle vectors: the project's helper (scripts/lib/
// hardhat-node.js) with this folder's configuration, whose fixed genesis makes block hashes
// reproducible. Tests and write-vectors.js use it; anyone else can start the same node with
//   npx hardhat --config scripts/bundle-vectors/hardhat.config.js node --hostname 127.0.0.1 --port PORT
"use strict";

const { spawn } = require("child_process");
const path = require("path");
const { freePort, rpc, REPO_ROOT } = require("../lib/hardhat-node");

const CONFIG = path.join(__dirname, "hardhat.config.js");

/** @returns {Promise<{url: string, port: number, stop: () => void}>} */
async function startVectorNode({ timeoutMs = 60_000 } = {}) {
  const port = await freePort();
  const cli = require.resolve("hardhat/internal/cli/cli.js", { paths: [REPO_ROOT] });
  const child = spawn(process.execPath, [cli, "--config", CONFIG, "node", "--hostname", "127.0.0.1", "--port", String(port)], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk) => (output = (output + chunk).slice(-4000));
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  };
  process.once("exit", stop);

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`hardhat node exited with ${child.exitCode}:\n${output}`);
    try {
      await rpc(url, "eth_chainId");
      return { url, port, stop };
    } catch {
      if (Date.now() > deadline) {
        stop();
        throw new Error(`hardhat node did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

module.exports = { startVectorNode, CONFIG };
