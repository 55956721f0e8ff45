// verifyBundle never throws, whatever it is given: every bad input is a format failure with a
// specific reason. Also the strict JSON reader it relies on.
"use strict";

const { expect } = require("chai");
const { verifyBundle, firstFailure } = require("../../src/verifier-js/anchor-verify");
const { parseStrictJson, isJsonObject, JsonNumber } = require("../../src/verifier-js/lib/strict-json");

const bundle = require("../vectors/bundles/valid-within-range.json").bundle;

async function formatFailure(input, reason) {
  const report = await verifyBundle(input, { offline: true });
  expect(report.verdict).to.equal("invalid");
  expect(firstFailure(report)).to.equal("format");
  expect(report.checks[0].reason).to.match(reason);
}

describe("verifier input", function () {
  it("refuses values that are no bundle", async function () {
    await formatFailure(undefined, /expected the bundle as JSON text, bytes or an object/);
    await formatFailure(null, /got null/);
    await formatFailure(42, /got number/);
    await formatFailure([bundle], /got an array/);
    await formatFailure("null", /not a JSON object/);
    await formatFailure("   ", /empty/);
  });

  it("refuses bytes that are not UTF-8", async function () {
    const bytes = new TextEncoder().encode(JSON.stringify(bundle));
    bytes[100] = 0xff;
    await formatFailure(bytes, /not valid UTF-8/);
  });

  it("reads a bundle with a byte order mark", async function () {
    const report = await verifyBundle("\ufeff" + JSON.stringify(bundle), { offline: true });
    expect(report.verdict).to.equal("cannot verify");
    expect(firstFailure(report)).to.equal(null);
  });

  it("refuses a member named twice, which two readers could take differently", async function () {
    const text = JSON.stringify(bundle).replace('"bundleVersion":1,', '"bundleVersion":1,"bundleVersion":1,');
    await formatFailure(text, /"bundleVersion" appears twice/);
  });

  it("refuses an event with an unpaired surrogate, which has no UTF-8 form", async function () {
    const copy = structuredClone(bundle);
    copy.entries[0].event = copy.entries[0].event.replace("ObjectEvent", "Object\ud800Event");
    await formatFailure(copy, /unpaired surrogate/);
  });

  it("refuses deep nesting without overflowing the stack", async function () {
    await formatFailure("[".repeat(100_000) + "]".repeat(100_000), /nesting deeper than 64/);
    let deep = {};
    for (let i = 0; i < 100_000; i++) deep = { deep };
    await formatFailure(deep, /cannot be written as JSON|nesting deeper/);
  });

  it("refuses objects that cannot be JSON", async function () {
    const cyclic = structuredClone(bundle);
    cyclic.self = cyclic;
    await formatFailure(cyclic, /cannot be written as JSON/);
    await formatFailure({ ...bundle, anchor: { ...bundle.anchor, size: 17n } }, /cannot be written as JSON/);
  });

  it("treats bad options as cannot verify, never valid", async function () {
    const report = await verifyBundle(bundle, { offline: false, rpc: "http://127.0.0.1:1", minConfirmations: -1 });
    expect(report.verdict).to.equal("cannot verify");
    expect(report.checks[0].reason).to.match(/invalid options: minConfirmations/);
  });
});

describe("strict JSON reader", function () {
  it("reads what JSON.parse reads", function () {
    const text = JSON.stringify(bundle);
    expect(parseStrictJson(text)).to.deep.equal(JSON.parse(text));
  });

  it("keeps numbers exact when asked", function () {
    const value = parseStrictJson('{"v": 8.000000000000000000001, "w": [1e2]}', { exactNumbers: true });
    expect(value.v).to.be.instanceOf(JsonNumber);
    expect(value.v.text).to.equal("8.000000000000000000001");
    expect(value.w[0].text).to.equal("1e2");
    expect(isJsonObject(value.v)).to.equal(false);
    expect(isJsonObject(value)).to.equal(true);
  });

  it("keeps a member named __proto__ as data", function () {
    const value = parseStrictJson('{"__proto__": {"polluted": true}}');
    expect(Object.keys(value)).to.deep.equal(["__proto__"]);
    expect({}.polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
  });

  const refused = {
    "a trailing comma": ['{"a": 1,}', /expected a member name/],
    "content after the value": ['{"a": 1} x', /content after/],
    "a leading zero": ["[01]", /expected ','/],
    "a lone low surrogate escape": ['["\\udc00"]', /unpaired surrogate/],
    "a high surrogate escape without its pair": ['["\\ud800x"]', /unpaired surrogate/],
    "a raw control character": ['["a\u0001"]', /control character/],
    "an invalid escape": ['["\\x41"]', /invalid escape/],
    "single quotes": ["{'a': 1}", /expected a member name/],
    "NaN": ["[NaN]", /unexpected character/],
  };
  for (const [name, [text, reason]] of Object.entries(refused)) {
    it(`refuses ${name}, naming the place`, function () {
      expect(() => parseStrictJson(text)).to.throw(reason).with.property("message").that.matches(/line 1, column \d+/);
    });
  }

  it("reads an escaped surrogate pair", function () {
    expect(parseStrictJson('["\\ud83d\\ude00"]')).to.deep.equal(["😀"]);
  });
});
