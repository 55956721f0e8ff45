// verify-format.js: how the verify page writes things for people (times, hashes, durations,
// GS1 vocabulary) and builds DOM nodes. Text only ever enters the page as text nodes, never as
// HTML, so nothing in a bundle can inject markup or script.
(function (root, factory) {
  const api = factory();
  if (typeof module === "object" && module.exports) module.exports = api;
  else (root.AnchorPage = root.AnchorPage || {}).format = api;
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  /**
   * Creates an element with attributes and children (strings become text nodes).
   * @param {string} tag
   * @param {Object<string, string|boolean|null|undefined>} [attributes] false/null/undefined are left out
   * @param {...(Node|string|null|undefined|false)} children
   * @returns {HTMLElement}
   */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === false || value === null || value === undefined) continue;
      node.setAttribute(name, value === true ? "" : String(value));
    }
    append(node, children);
    return node;
  }

  /** Appends children (strings as text) to a node. */
  function append(node, children) {
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  /** Empties a node. */
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  /**
   * An event time as written, made readable: "2026-05-04T20:45:00+08:00" → "2026-05-04 20:45 (UTC+08:00)".
   * The event's own offset is kept: it says where the clock was.
   */
  function eventTime(text) {
    if (typeof text !== "string") return "time unknown";
    const m = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}:\d{2})(?::(\d{2})(?:\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})$/.exec(text);
    if (!m) return text;
    const seconds = m[3] && m[3] !== "00" ? ":" + m[3] : "";
    const zone = m[4].toUpperCase() === "Z" ? "UTC" : "UTC" + m[4];
    return `${m[1]} ${m[2]}${seconds} (${zone})`;
  }

  /** Unix seconds → "2026-05-15 06:00:00 UTC". */
  function unixTime(seconds) {
    if (typeof seconds !== "number" || !Number.isFinite(seconds)) return "unknown";
    return new Date(seconds * 1000).toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC");
  }

  /** Milliseconds → "05-07 23:06" in UTC, for chart axes. */
  function shortUtc(ms) {
    const iso = new Date(ms).toISOString();
    return `${iso.slice(5, 10)} ${iso.slice(11, 16)}`;
  }

  /** ISO 8601 duration → "1 h 30 min" ("PT0S" → "none"). */
  function duration(text) {
    if (typeof text !== "string") return "unknown";
    const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text);
    if (!m) return text;
    const parts = [];
    if (m[1] && m[1] !== "0") parts.push(`${m[1]} d`);
    if (m[2] && m[2] !== "0") parts.push(`${m[2]} h`);
    if (m[3] && m[3] !== "0") parts.push(`${m[3]} min`);
    if (m[4] && Number(m[4]) !== 0) parts.push(`${Number(m[4])} s`);
    return parts.length ? parts.join(" ") : "none";
  }

  /** "0x1234…cdef" for long hashes; the full value stays in the title attribute where it is used. */
  function shortHash(hex) {
    return typeof hex === "string" && hex.length > 20 ? `${hex.slice(0, 10)}…${hex.slice(-8)}` : String(hex);
  }

  /** A number of °C: "5.4 °C". */
  function celsius(value) {
    return typeof value === "number" ? `${Number(value.toFixed(3))} °C` : "–";
  }

  /** The last part of a CBV value in any of its forms: "urn:epcglobal:cbv:bizstep:shipping" or "https://ref.gs1.org/cbv/BizStep-shipping" → "shipping". */
  function cbvTerm(value) {
    if (typeof value !== "string") return null;
    const m = /(?:BizStep-|Disp-|:bizstep:|:disp:)([A-Za-z_]+)$/.exec(value);
    return m ? m[1] : value;
  }

  /** "non_conformant" or "destinationCountry" → "non conformant", "destination country". */
  function words(term) {
    return String(term)
      .replace(/^[A-Za-z]+:/, "")
      .replace(/_/g, " ")
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .toLowerCase();
  }

  /** Only http(s) links are ever made clickable: a bundle's "javascript:" URL stays text. */
  function safeHttpUrl(value) {
    if (typeof value !== "string") return null;
    try {
      const url = new URL(value);
      return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
    } catch {
      return null;
    }
  }

  return { el, append, clear, eventTime, unixTime, shortUtc, duration, shortHash, celsius, cbvTerm, words, safeHttpUrl };
});
