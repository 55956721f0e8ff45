// A strict RFC 8259 JSON reader for evidence bundles and the events inside them.
// JSON.parse is not enough here: it keeps the last of two members with the same name (so two
// readers of one bundle could see different values), accepts unpaired surrogate escapes (which
// have no UTF-8 form, so no leaf could commit to them), and turns 8.1 into a binary double (the
// cold-chain method is decimal). This reader refuses the first two and can keep numbers exact.
"use strict";

/** A JSON number kept as its source text, so that decimal arithmetic can use it exactly. */
class JsonNumber {
  constructor(text) {
    this.text = text;
  }
  valueOf() {
    return Number(this.text);
  }
  toJSON() {
    return Number(this.text);
  }
}

/** Raised for text that is not one well-formed JSON value; `offset` is a UTF-16 index. */
class JsonSyntaxError extends Error {
  constructor(message, offset) {
    super(message);
    this.name = "JsonSyntaxError";
    this.offset = offset;
  }
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/**
 * Parses `text` as exactly one JSON value.
 * @param {string} text
 * @param {{exactNumbers?: boolean, maxDepth?: number}} [options] exactNumbers: numbers become
 *   JsonNumber (source text kept); maxDepth: deepest nesting of arrays and objects (default 64).
 * @returns {*} the value; objects are plain objects, even for a member named "__proto__".
 * @throws {JsonSyntaxError} with the offset and the reason.
 */
function parseStrictJson(text, { exactNumbers = false, maxDepth = 64 } = {}) {
  let pos = 0;
  const fail = (reason, at = pos) => {
    throw new JsonSyntaxError(`${reason} at ${describePosition(text, at)}`, at);
  };
  const skipWhitespace = () => {
    while (pos < text.length && WHITESPACE.has(text.charCodeAt(pos))) pos++;
  };

  function parseValue(depth) {
    skipWhitespace();
    if (pos >= text.length) fail("unexpected end of input");
    const c = text[pos];
    if (c === "{") return parseObject(depth + 1);
    if (c === "[") return parseArray(depth + 1);
    if (c === '"') return parseString();
    if (c === "-" || (c >= "0" && c <= "9")) return parseNumber();
    for (const [word, value] of [["true", true], ["false", false], ["null", null]]) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return value;
      }
    }
    return fail(`unexpected character ${JSON.stringify(c)}`);
  }

  function parseObject(depth) {
    if (depth > maxDepth) fail(`nesting deeper than ${maxDepth}`);
    pos++;
    const object = {};
    const seen = new Set();
    skipWhitespace();
    if (text[pos] === "}") {
      pos++;
      return object;
    }
    for (;;) {
      skipWhitespace();
      if (text[pos] !== '"') fail("expected a member name");
      const nameAt = pos;
      const name = parseString();
      if (seen.has(name)) fail(`member ${JSON.stringify(name)} appears twice`, nameAt);
      seen.add(name);
      skipWhitespace();
      if (text[pos] !== ":") fail("expected ':'");
      pos++;
      const value = parseValue(depth);
      // defineProperty, so that a member named "__proto__" is data and not the prototype.
      Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
      skipWhitespace();
      if (text[pos] === ",") {
        pos++;
        continue;
      }
      if (text[pos] === "}") {
        pos++;
        return object;
      }
      fail("expected ',' or '}'");
    }
  }

  function parseArray(depth) {
    if (depth > maxDepth) fail(`nesting deeper than ${maxDepth}`);
    pos++;
    const array = [];
    skipWhitespace();
    if (text[pos] === "]") {
      pos++;
      return array;
    }
    for (;;) {
      array.push(parseValue(depth));
      skipWhitespace();
      if (text[pos] === ",") {
        pos++;
        continue;
      }
      if (text[pos] === "]") {
        pos++;
        return array;
      }
      fail("expected ',' or ']'");
    }
  }

  function parseString() {
    const start = pos;
    pos++;
    let out = "";
    let runStart = pos;
    for (;;) {
      if (pos >= text.length) fail("unterminated string", start);
      const code = text.charCodeAt(pos);
      if (code === 0x22) {
        out += text.slice(runStart, pos);
        pos++;
        return out;
      }
      if (code < 0x20) fail("control character in a string");
      if (code >= 0xd800 && code <= 0xdfff) {
        // A raw surrogate must be half of a pair (only a JS string given directly can hold one).
        const next = text.charCodeAt(pos + 1);
        if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          pos += 2;
          continue;
        }
        fail("unpaired surrogate in a string");
      }
      if (code !== 0x5c) {
        pos++;
        continue;
      }
      out += text.slice(runStart, pos);
      const escape = text[pos + 1];
      if (escape === "u") {
        const unit = readHex4(pos + 2);
        pos += 6;
        if (unit >= 0xd800 && unit <= 0xdbff) {
          if (text[pos] !== "\\" || text[pos + 1] !== "u") fail("unpaired surrogate escape", pos - 6);
          const low = readHex4(pos + 2);
          if (low < 0xdc00 || low > 0xdfff) fail("unpaired surrogate escape", pos - 6);
          out += String.fromCharCode(unit, low);
          pos += 6;
        } else if (unit >= 0xdc00 && unit <= 0xdfff) {
          fail("unpaired surrogate escape", pos - 6);
        } else {
          out += String.fromCharCode(unit);
        }
      } else if (escape !== undefined && Object.prototype.hasOwnProperty.call(ESCAPES, escape)) {
        out += ESCAPES[escape];
        pos += 2;
      } else {
        fail("invalid escape in a string");
      }
      runStart = pos;
    }
  }

  function readHex4(at) {
    const hex = text.slice(at, at + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("invalid \\u escape", at - 2);
    return parseInt(hex, 16);
  }

  function parseNumber() {
    NUMBER.lastIndex = pos;
    const match = NUMBER.exec(text);
    if (!match) fail("invalid number");
    pos += match[0].length;
    return exactNumbers ? new JsonNumber(match[0]) : Number(match[0]);
  }

  const value = parseValue(0);
  skipWhitespace();
  if (pos < text.length) fail("content after the JSON value");
  return value;
}

function describePosition(text, offset) {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return `line ${line}, column ${column}`;
}

/** A JSON object as this reader returns it: not an array, not null, and not an exact JsonNumber. */
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof JsonNumber);
}

module.exports = { parseStrictJson, isJsonObject, JsonNumber, JsonSyntaxError };
