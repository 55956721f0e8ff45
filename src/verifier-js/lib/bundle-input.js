// Turns what a caller hands to verifyBundle (text, UTF-8 bytes or an already parsed object) into
// a parsed bundle, or into the specific reason it is not one. Size is bounded before parsing so
// that a huge input is refused cheaply.
"use strict";

const { parseStrictJson } = require("./strict-json");

const MAX_BUNDLE_BYTES = 16 * 1024 * 1024;

/**
 * @param {string | Uint8Array | ArrayBuffer | object} input
 * @returns {{ok: true, bundle: object} | {ok: false, reason: string}}
 */
function readBundleInput(input) {
  if (typeof input === "string") return readText(input);
  if (input instanceof ArrayBuffer) input = new Uint8Array(input);
  if (input instanceof Uint8Array) {
    if (input.length > MAX_BUNDLE_BYTES) return tooLarge();
    let text;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(input);
    } catch {
      return { ok: false, reason: "the bundle is not valid UTF-8" };
    }
    return readText(text);
  }
  if (typeof input === "object" && input !== null && !Array.isArray(input)) {
    // A parsed object: measure it the way it would travel, as JSON text.
    let text;
    try {
      text = JSON.stringify(input);
    } catch (error) {
      return { ok: false, reason: `the bundle object cannot be written as JSON: ${error.message}` };
    }
    if (text === undefined) return { ok: false, reason: "the bundle object cannot be written as JSON" };
    if (utf8Length(text) > MAX_BUNDLE_BYTES) return tooLarge();
    return readText(text);
  }
  return { ok: false, reason: `expected the bundle as JSON text, bytes or an object, got ${input === null ? "null" : Array.isArray(input) ? "an array" : typeof input}` };
}

function readText(text) {
  if (text.length > MAX_BUNDLE_BYTES || utf8Length(text) > MAX_BUNDLE_BYTES) return tooLarge();
  // RFC 8259 lets a reader ignore a byte order mark; files saved by some editors start with one.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") return { ok: false, reason: "the bundle is empty" };
  let bundle;
  try {
    bundle = parseStrictJson(text);
  } catch (error) {
    return { ok: false, reason: `the bundle is not JSON: ${error.message}` };
  }
  if (typeof bundle !== "object" || bundle === null || Array.isArray(bundle)) {
    return { ok: false, reason: "the bundle is not a JSON object" };
  }
  return { ok: true, bundle };
}

function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > MAX_BUNDLE_BYTES) return bytes; // enough to refuse
  }
  return bytes;
}

function tooLarge() {
  return { ok: false, reason: `the bundle is larger than the limit of 16 MiB (${MAX_BUNDLE_BYTES} bytes)` };
}

module.exports = { readBundleInput, MAX_BUNDLE_BYTES };
