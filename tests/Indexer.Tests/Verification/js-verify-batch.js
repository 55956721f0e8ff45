// Verifies a batch of bundle files with the JavaScript verifier (src/verifier-js) and prints each
// outcome, so that DifferentialTests can hold the C# verifier to the same verdicts on inputs
// beyond the shared vectors.
//   node js-verify-batch.js MANIFEST.json   (manifest: [{file, rpc}], rpc null for offline)
"use strict";

const fs = require("fs");
const path = require("path");
const { verifyBundle, firstFailure } = require(path.join(__dirname, "..", "..", "..", "src", "verifier-js", "anchor-verify.js"));

(async () => {
  const manifest = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const outcomes = [];
  for (const { file, rpc } of manifest) {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const report = await verifyBundle(bytes, rpc ? { rpc, minConfirmations: 12 } : { offline: true, minConfirmations: 12 });
    outcomes.push({ file, verdict: report.verdict, firstFailure: firstFailure(report) });
  }
  console.log(JSON.stringify(outcomes));
})().catch((error) => {
  console.error(error.stack);
  process.exit(1);
});
