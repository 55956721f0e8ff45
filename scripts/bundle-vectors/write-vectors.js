// Writes tests/vectors/bundles/NAME.json, one file per case of vector-cases.js, from the scenario
// run on a fresh vector node (started here, or given with --rpc). Edit the cases, not the files.
//   node scripts/bundle-vectors/write-vectors.js [--rpc URL-of-a-fresh-vector-node]
// tests/js/bundle-vectors.test.js fails when the committed files are not what this writes.
"use strict";

const fs = require("fs");
const path = require("path");
const { runScenario } = require("./scenario");
const { buildBundle } = require("./bundle-builder");
const { CASES } = require("./vector-cases");

const VECTOR_DIR = path.join(__dirname, "..", "..", "tests", "vectors", "bundles");
const DEFAULT_MIN_CONFIRMATIONS = 12;

/** The vector files for a scenario: file name → text. */
function render(scenario) {
  const files = new Map();
  for (const c of CASES) {
    const vector = { description: c.why };
    if (c.base) {
      const bundle = buildBundle(scenario, c.base);
      if (c.edit) c.edit(bundle, scenario);
      vector.bundle = bundle;
    } else if (c.bundleGenerator) {
      vector.bundleGenerator = c.bundleGenerator;
    } else {
      vector.bundleText = c.bundleText;
    }
    vector.minConfirmations = c.minConfirmations || DEFAULT_MIN_CONFIRMATIONS;
    vector.expected = {
      offline: { verdict: c.offline[0], firstFailure: c.offline[1] },
      online: { verdict: c.online[0], firstFailure: c.online[1] },
    };
    files.set(`${c.name}.json`, JSON.stringify(vector, null, 2) + "\n");
  }
  return files;
}

/** The text a vector stands for: its bundle as JSON, its bundleText, or its generated text. */
function vectorInput(vector) {
  if (vector.bundle !== undefined) return JSON.stringify(vector.bundle);
  if (vector.bundleText !== undefined) return vector.bundleText;
  const g = vector.bundleGenerator;
  return g.prefix + g.repeat.repeat(g.count) + g.suffix;
}

/** The committed vectors: file name → parsed vector. */
function readVectors() {
  return fs.readdirSync(VECTOR_DIR).filter((f) => f.endsWith(".json")).sort().map((file) => ({
    file,
    vector: JSON.parse(fs.readFileSync(path.join(VECTOR_DIR, file), "utf8")),
  }));
}

async function main() {
  const i = process.argv.indexOf("--rpc");
  let node = null;
  let url = i >= 0 ? process.argv[i + 1] : null;
  if (!url) {
    node = await require("./vector-node").startVectorNode();
    url = node.url;
  }
  try {
    const files = render(await runScenario(url));
    fs.mkdirSync(VECTOR_DIR, { recursive: true });
    for (const stale of fs.readdirSync(VECTOR_DIR).filter((f) => f.endsWith(".json") && !files.has(f))) fs.unlinkSync(path.join(VECTOR_DIR, stale));
    for (const [file, text] of files) fs.writeFileSync(path.join(VECTOR_DIR, file), text);
    console.log(`wrote ${files.size} vectors to ${path.relative(process.cwd(), VECTOR_DIR)}`);
  } finally {
    if (node) node.stop();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`write-vectors: ${error.message}`);
    process.exit(1);
  });
}

module.exports = { render, vectorInput, readVectors, VECTOR_DIR };
