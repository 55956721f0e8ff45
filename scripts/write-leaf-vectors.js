// Writes tests/vectors/leaves.json: batch keys and version-1 leaves (docs/SPEC.md section 2),
// computed here with ethers alone so that the C# ledger is checked against an independent
// implementation. Edit this script, not the file.
//   node scripts/write-leaf-vectors.js
"use strict";

const fs = require("fs");
const path = require("path");
const { keccak256, toUtf8Bytes, concat, hexlify } = require("ethers");

const batchKey = (gtin, lot) => keccak256(toUtf8Bytes(`/01/${gtin}/10/${lot}`));

function leaf({ salt, gtin, lot, eventHashId, event }) {
  const key = batchKey(gtin, lot);
  const leafData = concat(["0x01", salt, key, keccak256(toUtf8Bytes(eventHashId)), keccak256(toUtf8Bytes(event))]);
  return { salt, gtin, lot, eventHashId, event, batchKey: key, leafData: hexlify(leafData), leafHash: keccak256(concat(["0x00", leafData])) };
}

const cases = [
  {
    salt: "0x" + "00".repeat(32),
    gtin: "09506000134352",
    lot: "LOT1",
    eventHashId: "ni:///sha-256;" + "0".repeat(64) + "?ver=CBV2.0",
    event: '{"type":"ObjectEvent","eventTime":"2026-05-01T00:00:00.000Z","eventTimeZoneOffset":"+08:00","action":"OBSERVE"}',
  },
  {
    salt: "0x" + [...Array(32).keys()].map((i) => i.toString(16).padStart(2, "0")).join(""),
    gtin: "09520123456788",
    lot: "BH-2026/05-α",
    eventHashId: "ni:///sha-256;df7bb3c352fef055578554f09f5e2aa41782150ced7bd0b8af24dd3ccb30ba69?ver=CBV2.0",
    event: '{"type":"ObjectEvent","sensorElementList":[{"sensorReport":[{"type":"gs1:Temperature","value":7.9,"uom":"CEL"}]}],"note":"2–8 °C, 益生菌"}',
  },
  {
    salt: "0x" + "ff".repeat(32),
    gtin: "00012345600012",
    lot: "A",
    eventHashId: "ni:///sha-256;ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff?ver=CBV2.0",
    event: "{}",
  },
];

const VECTOR_FILE = path.join(__dirname, "..", "tests", "vectors", "leaves.json");

function render() {
  const vectors = {
    description: "Anchor batch keys and version-1 leaves (docs/SPEC.md section 2). Written by scripts/write-leaf-vectors.js.",
    version: 1,
    leaves: cases.map(leaf),
  };
  return JSON.stringify(vectors, null, 1) + "\n";
}

if (require.main === module) fs.writeFileSync(VECTOR_FILE, render());

module.exports = { render, VECTOR_FILE, batchKey };
