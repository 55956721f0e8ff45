// The `coldChain` check (docs/SPEC.md section 7): the summary recomputed from the tagged batch's
// own entries, with the bundle's band, must have the claimed verdict, readings, extremes (lowest
// and highest temperature) and time outside. An excursion passes; it is reported as a warning.
// The claim's other fields are not named by the spec; a difference there is a warning only.
"use strict";

const { summarizeColdChain } = require("./coldchain-summary");
const { Decimal } = require("./decimal");
const { parseDuration, formatDuration } = require("./time");

/**
 * @param {object} bundle a bundle that passed the format check
 * @param {Map<number, object>} events parsed events by position in bundle.entries
 * @returns {{status, reason, summary?, warnings: string[]}}
 */
function checkColdChain(bundle, events) {
  const warnings = [];
  const ownPositions = [];
  bundle.entries.forEach((entry, position) => {
    if (entry.gtin === bundle.batch.gtin && entry.lot === bundle.batch.lot) ownPositions.push(position);
  });
  if (ownPositions.length === 0) return { status: "skipped", reason: "not checked: no entry of the tagged batch", warnings };
  if (ownPositions.some((p) => !events.has(p))) return { status: "skipped", reason: "not checked: an event of the batch is not a JSON object", warnings };

  const claim = bundle.coldChain;
  const summary = summarizeColdChain(ownPositions.map((p) => events.get(p)), claim.band);
  const mismatches = [];
  if (claim.verdict !== summary.verdict) mismatches.push(`verdict ${claim.verdict}, recomputed ${summary.verdict}`);
  if (claim.readings !== summary.readings) mismatches.push(`${claim.readings} readings, recomputed ${summary.readings}`);
  for (const key of ["minCelsius", "maxCelsius"]) {
    if (!sameTemperature(claim[key], summary.exact[key])) mismatches.push(`${key} ${claim[key]}, recomputed ${summary[key]}`);
  }
  if (parseDuration(claim.timeOutside) !== summary.exact.timeOutside) {
    mismatches.push(`time outside ${claim.timeOutside}, recomputed ${formatDuration(summary.exact.timeOutside)}`);
  }
  delete summary.exact;
  if (mismatches.length) return { status: "fail", reason: `the bundle's cold-chain claim differs: ${mismatches.join("; ")}`, summary, warnings };

  for (const key of ["intervalReports", "ignoredReports", "retractedEvents"]) {
    if (claim[key] !== undefined && claim[key] !== summary[key]) warnings.push(`the claim gives ${key} ${claim[key]}, recomputed ${summary[key]}`);
  }
  if (Array.isArray(claim.excursions) && claim.excursions.length !== summary.excursions.length) {
    warnings.push(`the claim lists ${claim.excursions.length} excursions, recomputed ${summary.excursions.length}`);
  }
  const band = `${summary.band.minCelsius}–${summary.band.maxCelsius} °C`;
  if (summary.verdict === "Excursion") {
    warnings.push(`cold chain: ${summary.excursions.length} excursion(s) outside ${band}, ${summary.timeOutside} in all` +
      summary.excursions.map((e) => `; ${e.direction.toLowerCase()} ${e.start} – ${e.end}, peak ${e.peakCelsius} °C (${e.evidence})`).join(""));
  }
  if (summary.verdict === "NoData") warnings.push("cold chain: no temperature data; NoData is never a pass for the cold chain");
  if (summary.ignoredReports > 0) warnings.push(`cold chain: ${summary.ignoredReports} temperature report(s) could not be read and were ignored`);
  const range = summary.minCelsius === null ? "" : `, ${summary.minCelsius} to ${summary.maxCelsius} °C`;
  return {
    status: "pass",
    reason: `${summary.verdict} in ${band}: ${summary.readings} readings, ${summary.intervalReports} interval reports${range}, ${summary.timeOutside} outside (claim matches)`,
    summary,
    warnings,
  };
}

function sameTemperature(claimed, recomputed) {
  if (claimed === null || recomputed === null) return claimed === null && recomputed === null;
  return Decimal.from(claimed).compare(recomputed) === 0;
}

module.exports = { checkColdChain };
