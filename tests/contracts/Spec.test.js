// docs/SPEC.md lists each contract's ABI in ```abi <Contract>``` blocks. This test keeps those
// blocks equal to the compiled ABI, selectors and topics included, so the spec cannot drift.
const { expect } = require("chai");
const fs = require("fs");
const path = require("path");
const { ethers, artifacts } = require("hardhat");

const SPEC = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "SPEC.md"), "utf8");

function specBlock(contractName) {
  const match = SPEC.match(new RegExp("```abi " + contractName + "\\n([\\s\\S]*?)```"));
  if (!match) throw new Error(`docs/SPEC.md has no \`\`\`abi ${contractName} block`);
  return match[1].trim().split("\n").map((line) => line.trim()).sort();
}

function compiledLines(abi) {
  const iface = new ethers.Interface(abi);
  const lines = [];
  iface.forEachFunction((f) => lines.push(`${f.format("full")}  // ${f.selector}`));
  iface.forEachEvent((e) => lines.push(`${e.format("full")}  // ${e.topicHash}`));
  iface.forEachError((e) => lines.push(`${e.format("full")}  // ${e.selector}`));
  return lines.sort();
}

describe("docs/SPEC.md", function () {
  for (const name of ["AnchorRegistry", "RecallRegistry", "AllianceRegistry"]) {
    it(`lists the runtime code hash of ${name}`, async function () {
      const { deployedBytecode } = await artifacts.readArtifact(name);
      const row = SPEC.split("\n").find((line) => line.startsWith(`| ${name} | \``));
      expect(row, `no code hash row for ${name}`).to.not.equal(undefined);
      expect(row).to.contain(ethers.keccak256(deployedBytecode));
    });
  }

  it("leaf vectors match scripts/write-leaf-vectors.js", function () {
    const { render, VECTOR_FILE } = require("../../scripts/write-leaf-vectors");
    expect(fs.readFileSync(VECTOR_FILE, "utf8")).to.equal(render(), "run `node scripts/write-leaf-vectors.js` and commit the file");
  });

  it("quotes the batch key vector of section 2.2", function () {
    const { batchKey } = require("../../scripts/write-leaf-vectors");
    expect(SPEC).to.contain(batchKey("09506000134352", "LOT1"));
  });

  for (const name of ["AnchorRegistry", "RecallRegistry", "AllianceRegistry"]) {
    it(`lists the ABI of ${name} exactly as compiled`, async function () {
      const { abi } = await artifacts.readArtifact(name);
      expect(specBlock(name)).to.deep.equal(compiledLines(abi));
    });
  }
});
