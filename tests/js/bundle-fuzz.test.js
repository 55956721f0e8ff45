// 10,000 mutated bundles, derived from the valid vectors with a seeded PRNG
// (support/bundle-mutants.js): flipped bits in event bytes, salts, proofs and roots; truncated or
// extended proofs; swapped entries; wrong indices and sizes; a wrong chain id, contract or
// publisher; text that is not JSON or not UTF-8; and huge input. The goal of the issue: no crash,
// no false accept, and each one refused by the check its kind allows, with a specific reason.
// Chain-related kinds run online against the scenario chain; the rest offline.
"use strict";

const { expect } = require("chai");
const { readVectors } = require("../../scripts/bundle-vectors/write-vectors");
const { verifyBundle, firstFailure, CHECK_NAMES, MAX_BUNDLE_BYTES } = require("../../src/verifier-js/anchor-verify");
const { prng, OFFLINE_KINDS, ONLINE_KINDS } = require("./support/bundle-mutants");
const { useVectorChain } = require("./support/vector-chain");

const SEED = 20260516;
const TOTAL = 10_000;
const ONLINE_PER_KIND = 35;
const HUGE = 10;

describe("bundle fuzz: 10,000 mutants of the valid vectors", function () {
  this.timeout(120_000);
  const chain = useVectorChain();
  const bases = readVectors().filter(({ file }) => file.startsWith("valid-")).map(({ file, vector }) => ({ file, bundle: vector.bundle }));
  const stats = { byKind: new Map(), byCheck: new Map(), total: 0 };

  /** Verifies one mutant and asserts the goal; returns the first failing check for the statistics. */
  async function check(kind, spec, input, options, seed) {
    let report;
    try {
      report = await verifyBundle(input, options);
    } catch (error) {
      throw new Error(`${kind} (seed ${seed}): verifyBundle threw ${error.stack}`);
    }
    const where = `${kind} (seed ${seed})`;
    expect(report.checks.map((c) => c.name), where).to.deep.equal(CHECK_NAMES);
    expect(report.verdict, `${where} was accepted`).to.not.equal("valid");
    const first = firstFailure(report);
    expect(spec.allowed, `${where}: first failure ${first}: ${JSON.stringify(report.checks.find((c) => c.name === first))}`).to.include(first);
    if (spec.verdict) expect(report.verdict, where).to.equal(spec.verdict);
    if (first !== null) {
      const reason = report.checks.find((c) => c.name === first).reason;
      expect(reason, where).to.be.a("string").with.length.greaterThan(10);
      expect(reason, where).to.not.match(/internal error/);
    }
    const counts = stats.byKind.get(kind) || new Map();
    counts.set(first, (counts.get(first) || 0) + 1);
    stats.byKind.set(kind, counts);
    stats.byCheck.set(first, (stats.byCheck.get(first) || 0) + 1);
    stats.total++;
  }

  it("has the valid vectors to mutate, one of them with history", function () {
    expect(bases.length).to.be.at.least(4);
    expect(bases.some((b) => b.bundle.history)).to.equal(true);
  });

  it(`refuses ${ONLINE_PER_KIND} mutants of each chain-related kind, online`, async function () {
    let seed = SEED;
    for (const [kind, spec] of Object.entries(ONLINE_KINDS)) {
      const batch = [];
      for (let i = 0; i < ONLINE_PER_KIND; i++, seed++) {
        const rng = prng(seed);
        const base = bases[i % bases.length];
        const input = spec.make(structuredClone(base.bundle), rng);
        batch.push(check(kind, spec, input, { rpc: chain.url, minConfirmations: 12 }, seed));
      }
      await Promise.all(batch);
    }
  });

  it(`refuses ${HUGE} otherwise valid bundles padded beyond 16 MiB`, async function () {
    for (let i = 0; i < HUGE; i++) {
      const text = JSON.stringify({ ...bases[i % bases.length].bundle, padding: "x".repeat(MAX_BUNDLE_BYTES + i * 1000) });
      await check("huge", { allowed: ["format"] }, i % 2 ? text : new TextEncoder().encode(text), { offline: true }, i);
    }
  });

  it("refuses every offline mutant, and none crashes or is accepted", async function () {
    const kinds = Object.entries(OFFLINE_KINDS);
    const remaining = TOTAL - stats.total;
    expect(remaining).to.be.greaterThan(9000);
    let seed = SEED + 1_000_000;
    for (let i = 0; i < remaining; i++, seed++) {
      const [kind, spec] = kinds[i % kinds.length];
      const rng = prng(seed);
      const candidates = spec.needsHistory ? bases.filter((b) => b.bundle.history) : bases;
      const base = candidates[rng.int(candidates.length)];
      const input = spec.make(structuredClone(base.bundle), rng);
      await check(kind, spec, input, { offline: true }, seed);
    }
  });

  after(function () {
    if (stats.total === 0) return;
    const lines = [`bundle fuzz: ${stats.total} mutants, none accepted; first failing check per kind:`];
    for (const [kind, counts] of stats.byKind) {
      const n = [...counts.values()].reduce((a, b) => a + b, 0);
      lines.push(`  ${kind.padEnd(30)} ${String(n).padStart(5)}  ${[...counts].map(([c, k]) => `${c ?? "offline, cannot verify"} ${k}`).join(", ")}`);
    }
    lines.push(`  per check: ${[...stats.byCheck].map(([c, k]) => `${c ?? "none (cannot verify)"} ${k}`).join(", ")}`);
    console.log(lines.join("\n"));
  });

  it("ran 10,000 mutants in all", function () {
    expect(stats.total).to.equal(TOTAL);
  });
});
