// The built `anchor` and `indexer` programs, run as a user runs them (`dotnet <dll>`), for the
// web tests. They must be built first: `make test` builds Release before these tests run; a
// developer may build Debug instead. ANCHOR_DOTNET_CONFIGURATION=Release|Debug picks one;
// otherwise Release is used when it is built, else Debug.
"use strict";

const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");
const { REPO_ROOT } = require("../../../scripts/lib/hardhat-node");

const PROGRAMS = { anchor: path.join("src", "Anchor"), indexer: path.join("src", "Indexer") };

/** The path of a built program's dll; throws with the build command when it is missing. */
function dllOf(program) {
  const wanted = process.env.ANCHOR_DOTNET_CONFIGURATION;
  const configurations = wanted ? [wanted] : ["Release", "Debug"];
  for (const configuration of configurations) {
    const dll = path.join(REPO_ROOT, PROGRAMS[program], "bin", configuration, "net10.0", `${program}.dll`);
    if (fs.existsSync(dll)) return dll;
  }
  throw new Error(`${program}.dll is not built (${configurations.join(" or ")}): run \`dotnet build Anchor.sln --configuration Release\` first`);
}

/** Anchor's settings come from the test alone, never from the developer's shell. */
function cleanEnvironment(extra = {}) {
  const env = { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_NOLOGO: "1" };
  for (const key of Object.keys(env)) if (key.startsWith("ANCHOR_")) delete env[key];
  return { ...env, ...extra };
}

/**
 * Runs `program args…` in `cwd` and resolves with its exit code and output; rejects on a non-zero
 * exit unless `allowFailure`.
 * @returns {Promise<{code: number, stdout: string, stderr: string}>}
 */
function run(program, args, { cwd, env = {}, allowFailure = false, timeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn("dotnet", [dllOf(program), ...args], { cwd, env: cleanEnvironment(env), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      const result = { code, stdout, stderr };
      if (code !== 0 && !allowFailure) reject(new Error(`${program} ${args.join(" ")} exited with ${code}:\n${stderr}${stdout}`));
      else resolve(result);
    });
  });
}

/**
 * Starts `indexer serve` on 127.0.0.1 and a free port, and resolves once it prints the line
 * "indexer serve: listening on URL".
 * @returns {Promise<{url: string, output: () => string, stop: () => Promise<number|null>}>}
 */
function startServer({ cwd, args = [], env = {}, timeoutMs = 60_000 }) {
  const child = spawn("dotnet", [dllOf("indexer"), "serve", "--urls", "http://127.0.0.1:0", ...args], {
    cwd,
    env: cleanEnvironment(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk) => (output = (output + chunk).slice(-20_000));
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const stop = () => new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
    child.once("exit", (code) => resolve(code));
    child.kill("SIGTERM");
  });
  process.once("exit", () => child.kill("SIGKILL"));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`indexer serve did not start listening within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`indexer serve exited with ${code} before listening:\n${output}`));
    });
    const watch = () => {
      const m = /indexer serve: listening on (http:\/\/\S+)/.exec(output);
      if (!m) return;
      clearTimeout(timer);
      child.stdout.off("data", watch);
      child.removeAllListeners("exit");
      resolve({ url: m[1], output: () => output, stop, process: child });
    };
    child.stdout.on("data", watch);
  });
}

module.exports = { dllOf, run, startServer, REPO_ROOT };
