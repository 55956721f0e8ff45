// Exact decimals for temperatures (docs/cold-chain.md section 4: "Arithmetic is decimal, not
// binary floating point, so 46.4 °F is exactly 8 °C"). A value is digits × 10^-scale, in BigInt.
"use strict";

const { JsonNumber } = require("./strict-json");

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

class Decimal {
  /** @param {bigint} digits @param {number} scale value = digits / 10^scale, scale >= 0 */
  constructor(digits, scale) {
    this.digits = digits;
    this.scale = scale;
  }

  /**
   * A JSON number (JsonNumber keeps its text; a JS number is read through its shortest decimal
   * form, which is the text it was written with for any value of up to 15 significant digits).
   * @returns {Decimal | null} null for anything that is not a finite number
   */
  static from(value) {
    let text;
    if (value instanceof JsonNumber) text = value.text;
    else if (typeof value === "number" && Number.isFinite(value)) text = String(value);
    else return null;
    const m = DECIMAL.exec(text);
    if (!m) return null;
    const fraction = m[3] || "";
    const exponent = Number(m[4] || "0");
    // 1e-100000 or 1e100000 is no temperature; refuse rather than allocate huge integers.
    if (Math.abs(exponent) > 1000 || m[2].length + fraction.length > 1000) return null;
    let digits = BigInt(m[2] + fraction);
    let scale = fraction.length - exponent;
    if (scale < 0) {
      digits *= 10n ** BigInt(-scale);
      scale = 0;
    }
    return new Decimal(m[1] === "-" ? -digits : digits, scale).normalize();
  }

  normalize() {
    let { digits, scale } = this;
    while (scale > 0 && digits % 10n === 0n) {
      digits /= 10n;
      scale--;
    }
    return new Decimal(digits, scale);
  }

  static align(a, b) {
    const scale = Math.max(a.scale, b.scale);
    return [a.digits * 10n ** BigInt(scale - a.scale), b.digits * 10n ** BigInt(scale - b.scale), scale];
  }

  compare(other) {
    const [x, y] = Decimal.align(this, other);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  minus(other) {
    const [x, y, scale] = Decimal.align(this, other);
    return new Decimal(x - y, scale).normalize();
  }

  /** this × numerator / denominator, rounded half away from zero to `places` decimals. */
  scaleRounded(numerator, denominator, places) {
    const n = this.digits * BigInt(numerator) * 10n ** BigInt(places);
    const d = 10n ** BigInt(this.scale) * BigInt(denominator);
    const negative = n < 0n !== d < 0n;
    const absN = n < 0n ? -n : n;
    const absD = d < 0n ? -d : d;
    let q = absN / absD;
    if ((absN % absD) * 2n >= absD) q += 1n;
    return new Decimal(negative ? -q : q, places).normalize();
  }

  toString() {
    const negative = this.digits < 0n;
    const abs = (negative ? -this.digits : this.digits).toString();
    if (this.scale === 0) return (negative ? "-" : "") + abs;
    const padded = abs.padStart(this.scale + 1, "0");
    return (negative ? "-" : "") + padded.slice(0, -this.scale) + "." + padded.slice(-this.scale);
  }

  toNumber() {
    return Number(this.toString());
  }
}

module.exports = { Decimal };
