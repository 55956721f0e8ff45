// Small, explicit edits of a bundle that the vector cases and the fuzz test share: flip one bit
// of a hash or of an event's bytes, and find things in a bundle by what they are, not by position.
"use strict";

/** Flips bit `bit` (0 = lowest bit of the last byte) of a 0x-prefixed lower-case hex string. */
function flipHexBit(hex, bit = 0) {
  const digits = hex.slice(2).split("");
  const nibble = digits.length - 1 - Math.floor(bit / 4);
  digits[nibble] = (parseInt(digits[nibble], 16) ^ (1 << bit % 4)).toString(16);
  return "0x" + digits.join("");
}

/**
 * Flips one bit of the UTF-8 bytes of `text`.
 * @returns {{text: string|null, bytes: Uint8Array}} text is null when the result is not valid UTF-8
 */
function flipTextBit(text, byteIndex, bit) {
  const bytes = new TextEncoder().encode(text);
  bytes[byteIndex % bytes.length] ^= 1 << bit;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), bytes };
  } catch {
    return { text: null, bytes };
  }
}

/** The position in bundle.entries of the entry at log index `index`. */
function entryAt(bundle, index) {
  const position = bundle.entries.findIndex((e) => e.index === index);
  if (position < 0) throw new Error(`the bundle discloses no entry at index ${index}`);
  return position;
}

/** The position in bundle.proof.paths of the path for log index `index`. */
function pathAt(bundle, index) {
  const position = bundle.proof.paths.findIndex((p) => p.index === index);
  if (position < 0) throw new Error(`the bundle has no path for index ${index}`);
  return position;
}

module.exports = { flipHexBit, flipTextBit, entryAt, pathAt };
