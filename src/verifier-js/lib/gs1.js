// The GS1 identifiers a bundle names: GTIN-14 with its check digit, lots in GS1 AI character set
// 82, the batch's Digital Link URI (docs/SPEC.md section 6), and the lot-bearing identifiers of a
// TransformationEvent's inputs (LGTIN class URIs and Digital Links with /10/), so that the
// verifier can tell which disclosed entries are the inputs that the batch's history names.
"use strict";

// GS1 AI encodable character set 82: ! " % & ' ( ) * + , - . / 0-9 : ; < = > ? A-Z _ a-z
const CHARACTER_SET_82 = /^[!"%-?A-Z_a-z]+$/;
const MAX_URI_LENGTH = 2048;

/** The GS1 modulo-10 check digit of the digits before it. */
function gs1CheckDigit(digits) {
  let sum = 0;
  for (let i = digits.length - 1, weight = 3; i >= 0; i--, weight = 4 - weight) sum += Number(digits[i]) * weight;
  return String((10 - (sum % 10)) % 10);
}

/** @returns {string | null} why `gtin` is not a GTIN-14, or null when it is one */
function gtinProblem(gtin) {
  if (typeof gtin !== "string" || !/^[0-9]{14}$/.test(gtin)) return `${JSON.stringify(gtin)} is not 14 digits`;
  const expected = gs1CheckDigit(gtin.slice(0, 13));
  if (gtin[13] !== expected) return `GTIN ${gtin} has check digit ${gtin[13]}, expected ${expected}`;
  return null;
}

/** @returns {string | null} why `lot` is not a GS1 lot (AI 10: 1 to 20 characters of set 82) */
function lotProblem(lot) {
  if (typeof lot !== "string" || lot.length === 0 || lot.length > 20) return `lot ${JSON.stringify(lot)} is not 1 to 20 characters`;
  if (!CHARACTER_SET_82.test(lot)) return `lot ${JSON.stringify(lot)} has characters outside GS1 character set 82`;
  return null;
}

/**
 * Reads a GS1 Digital Link URI with a GTIN and a lot: http(s)://host/…/01/{gtin}/10/{lot}, the lot
 * percent-decoded; a serial (/21/) may follow; a query string and fragment are ignored.
 * @returns {{gtin: string, lot: string, serial: string|null} | null}
 */
function readDigitalLink(uri) {
  // Real Digital Links are short; the length bound keeps the regular expression linear in practice.
  if (typeof uri !== "string" || uri.length > MAX_URI_LENGTH) return null;
  const m = /^https?:\/\/[^/?#\s]+(?:\/[^?#\s]*)?\/01\/([0-9]{14})(?:\/22\/[^/?#\s]+)?\/10\/([^/?#\s]+)(?:\/21\/([^/?#\s]+))?\/?(?:[?#].*)?$/.exec(uri);
  if (!m) return null;
  const lot = percentDecode(m[2]);
  const serial = m[3] === undefined ? null : percentDecode(m[3]);
  if (lot === null || (serial === null && m[3] !== undefined)) return null;
  return { gtin: m[1], lot, serial };
}

/** Reads an LGTIN class URI, urn:epc:class:lgtin:CompanyPrefix.IndicatorItemRef.Lot. */
function readLgtin(uri) {
  if (typeof uri !== "string" || uri.length > MAX_URI_LENGTH) return null;
  const m = /^urn:epc:class:lgtin:([0-9]{6,12})\.([0-9]{1,7})\.(.+)$/.exec(uri);
  if (!m || m[1].length + m[2].length !== 13) return null;
  const gtin13 = m[2][0] + m[1] + m[2].slice(1);
  const lot = percentDecode(m[3]);
  return lot === null ? null : { gtin: gtin13 + gs1CheckDigit(gtin13), lot };
}

/** The (gtin, lot) pairs named by a TransformationEvent's inputs. */
function transformationInputs(event) {
  const identifiers = [
    ...(Array.isArray(event.inputEPCList) ? event.inputEPCList : []),
    ...(Array.isArray(event.inputQuantityList) ? event.inputQuantityList.map((q) => q && q.epcClass) : []),
  ];
  return identifiers.map((id) => readLgtin(id) || readDigitalLink(id)).filter(Boolean);
}

function percentDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

module.exports = { gtinProblem, lotProblem, readDigitalLink, readLgtin, transformationInputs, gs1CheckDigit };
