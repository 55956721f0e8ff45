// Writes the cross-implementation vectors of this folder that come from a reference
// implementation rather than from a specification's text: ethers v6 and @scure/bip39, both
// installed by `npm ci`. Run from the repository root:
//   node tests/vectors/ethereum/generate.js
// Vectors copied from specifications (EIP-155, BIP32, the Solidity ABI spec, Web3 Secret Storage,
// ethereum/tests RLPTests, trezor/python-mnemonic) are kept by hand in their files and are only
// re-checked here against ethers, so a typo in them fails this script.
"use strict";

const fs = require("fs");
const path = require("path");
const { ethers } = require("ethers");

const DIR = __dirname;
const write = (name, data) => fs.writeFileSync(path.join(DIR, name), JSON.stringify(data, null, 2) + "\n");
const read = (name) => JSON.parse(fs.readFileSync(path.join(DIR, name), "utf8"));
const check = (what, actual, expected) => {
  if (String(actual).toLowerCase() !== String(expected).toLowerCase()) {
    throw new Error(`${what}: ethers gives ${actual}, the file says ${expected}`);
  }
};

// A deterministic byte stream: keccak256 in counter mode.
function bytes(seed, length) {
  let out = new Uint8Array(0);
  for (let i = 0; out.length < length; i++) {
    out = ethers.concat([out, ethers.keccak256(ethers.toUtf8Bytes(`${seed}/${i}`))]);
    out = ethers.getBytes(out);
  }
  return out.slice(0, length);
}

function keccakVectors() {
  const cases = [
    { input: "", utf8: true },
    { input: "abc", utf8: true },
    { input: "The quick brown fox jumps over the lazy dog", utf8: true },
  ];
  for (const length of [1, 32, 33, 64, 65, 135, 136, 137, 271, 272, 273, 1000]) {
    cases.push({ input: ethers.hexlify(bytes(`keccak-${length}`, length)), utf8: false });
  }
  write("keccak.json", {
    source: "keccak256 of ethers v6 (tests/vectors/ethereum/generate.js); the first case is the spec's keccak(\"\")",
    cases: cases.map((c) => ({
      input: c.input,
      encoding: c.utf8 ? "utf8" : "hex",
      hash: ethers.keccak256(c.utf8 ? ethers.toUtf8Bytes(c.input) : c.input),
    })),
  });
}

function abiVectors() {
  const abi = read("abi.json");
  for (const s of abi.selectors) check(s.signature, ethers.id(s.signature).slice(0, 10), s.selector);
  for (const t of abi.topics) check(t.signature, ethers.id(t.signature), t.topic);
  const coder = ethers.AbiCoder.defaultAbiCoder();
  for (const e of abi.encodings) {
    const types = e.signature.slice(e.signature.indexOf("(") + 1, -1);
    const parsed = ethers.ParamType.from(`tuple(${types})`).components.map((c) => c.format());
    const selector = e.withSelector ? ethers.id(e.signature).slice(0, 10) : "0x";
    check(e.signature, ethers.concat([selector, coder.encode(parsed, e.values)]), e.encoded);
  }
}

function transactionVectors() {
  const file = read("transactions.json");
  const eip155 = file.eip155;
  const tx = ethers.Transaction.from({ ...eip155.transaction, type: 0 });
  check("EIP-155 signing hash", tx.unsignedHash, eip155.signingHash);
  const signed = new ethers.Wallet(eip155.privateKey).signingKey.sign(tx.unsignedHash);
  tx.signature = signed;
  check("EIP-155 signed", tx.serialized, eip155.signed);

  const generated = [];
  const keys = [1, 2, 3].map((i) => ethers.hexlify(bytes(`tx-key-${i}`, 32)));
  const variants = [
    { type: 2, chainId: 1, nonce: 0, maxPriorityFeePerGas: 1_000_000_000n, maxFeePerGas: 30_000_000_000n, gasLimit: 21000n, to: "0x3535353535353535353535353535353535353535", value: 10n ** 18n, data: "0x" },
    { type: 2, chainId: 31337, nonce: 7, maxPriorityFeePerGas: 0n, maxFeePerGas: 875_000_000n, gasLimit: 120000n, to: "0x5FbDB2315678afecb367f032d93F642f64180aa3", value: 0n, data: ethers.hexlify(bytes("calldata", 100)) },
    { type: 2, chainId: 11155111, nonce: 123456, maxPriorityFeePerGas: 2_500_000_000n, maxFeePerGas: 2n ** 64n, gasLimit: 3_000_000n, to: null, value: 0n, data: ethers.hexlify(bytes("initcode", 300)) },
    { type: 0, chainId: 31337, nonce: 1, gasPrice: 2_000_000_000n, gasLimit: 21000n, to: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", value: 12345n, data: "0x" },
    { type: 0, chainId: 137, nonce: 300, gasPrice: 50_000_000_000n, gasLimit: 65000n, to: "0x3535353535353535353535353535353535353535", value: 0n, data: "0xa9059cbb" },
  ];
  variants.forEach((fields, i) => {
    const key = keys[i % keys.length];
    const t = ethers.Transaction.from(fields);
    const unsignedHash = t.unsignedHash;
    t.signature = new ethers.Wallet(key).signingKey.sign(unsignedHash);
    generated.push({
      privateKey: key,
      transaction: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === "bigint" ? v.toString() : v])),
      signingHash: unsignedHash,
      signed: t.serialized,
      hash: t.hash,
      from: t.from,
    });
  });
  write("transactions.json", { ...file, generated });
}

function signatureVectors() {
  const cases = [];
  for (let i = 0; i < 12; i++) {
    const key = ethers.hexlify(bytes(`sig-key-${i}`, 32));
    const hash = ethers.keccak256(ethers.toUtf8Bytes(`message ${i}`));
    const sig = new ethers.SigningKey(key).sign(hash);
    cases.push({ privateKey: key, hash, r: sig.r, s: sig.s, yParity: sig.yParity, address: new ethers.Wallet(key).address });
  }
  write("signatures.json", {
    source: "ethers v6 SigningKey.sign (RFC 6979 nonce, low-S) via tests/vectors/ethereum/generate.js",
    cases,
  });
}

function bip39Vectors() {
  const file = read("bip39.json");
  for (const v of file.english) {
    check(`mnemonic of ${v.entropy}`, ethers.Mnemonic.fromEntropy("0x" + v.entropy).phrase, v.mnemonic);
    check(`seed of ${v.mnemonic}`, ethers.Mnemonic.fromPhrase(v.mnemonic, file.passphrase).computeSeed().slice(2), v.seed);
  }
}

function hdVectors() {
  const file = read("hd-wallet.json");
  for (const a of file.accounts) {
    const wallet = ethers.HDNodeWallet.fromPhrase(file.mnemonic, file.passphrase, `m/44'/60'/0'/0/${a.index}`);
    check(`account ${a.index}`, wallet.address, a.address);
    if (a.privateKey) check(`key ${a.index}`, wallet.privateKey, a.privateKey);
  }
}

function keystoreVectors() {
  const file = read("keystore.json");
  const key = ethers.hexlify(bytes("keystore-key", 32));
  const password = "correct horse battery staple";
  const json = ethers.encryptKeystoreJsonSync({ address: new ethers.Wallet(key).address, privateKey: key }, password, {
    scrypt: { N: 1024, r: 8, p: 1 },
  });
  const cases = file.cases.filter((c) => !c.name.startsWith("ethers"));
  for (const c of cases) {
    // ethers (noble) enforces RFC 7914's n < 2^(16 r), which the spec's scrypt vector (n = 2^18,
    // r = 1) breaks; geth and Anchor accept it. That vector's MAC is its own check.
    if (c.json.crypto.kdf === "scrypt" && c.json.crypto.kdfparams.r === 1) continue;
    check(`keystore ${c.name}`, ethers.decryptKeystoreJsonSync(JSON.stringify(c.json), c.password).privateKey, c.privateKey);
  }
  cases.push({ name: "ethers v6 scrypt (N=1024)", password, privateKey: key, json: JSON.parse(json) });
  write("keystore.json", { ...file, cases });
}

keccakVectors();
abiVectors();
transactionVectors();
signatureVectors();
bip39Vectors();
hdVectors();
keystoreVectors();
console.log("vectors checked and written");
