// Cold-chain method, sections 6 to 8 (docs/cold-chain.md): excursions from point readings under
// sample and hold, excursions shown only by interval reports, and the summary. The summary is
// written with the bundle's camelCase names: {band, verdict, readings, intervalReports, …}.
"use strict";

const { Decimal } = require("./decimal");
const { formatDateTime, formatDuration } = require("./time");
const { applyErrorDeclarations, readTemperatures } = require("./coldchain-readings");

/**
 * Summarises a batch's events (parsed EPCIS events, in any order) against a band in °C, both ends
 * included. Numbers may be JS numbers or exact JsonNumbers (strict-json.js).
 * @param {object[]} events
 * @param {{minCelsius: number, maxCelsius: number}} band
 * @returns {object} the summary, plus `exact` (Decimals and ns instants) for comparisons
 */
function summarizeColdChain(events, band) {
  const bandMin = Decimal.from(band.minCelsius);
  const bandMax = Decimal.from(band.maxCelsius);
  const { effective, retracted } = applyErrorDeclarations(events);
  const { points, intervals, ignored } = readTemperatures(effective);

  const sorted = [...points].sort(byTimeThenValue);
  const pointExcursions = excursionsFromReadings(sorted, bandMin, bandMax);
  const intervalExcursions = excursionsFromIntervals(intervals, pointExcursions, bandMin, bandMax);
  const excursions = [...pointExcursions, ...intervalExcursions].sort(
    (a, b) => compareBigInt(a.start.instant, b.start.instant) || a.direction.localeCompare(b.direction)
  );

  const values = [...points.map((p) => p.celsius), ...intervals.flatMap((i) => [i.min, i.max]).filter(Boolean)];
  const times = [...points.map((p) => p.time), ...intervals.flatMap((i) => [i.start, i.end])];
  const minCelsius = values.length ? values.reduce((a, b) => (b.compare(a) < 0 ? b : a)) : null;
  const maxCelsius = values.length ? values.reduce((a, b) => (b.compare(a) > 0 ? b : a)) : null;
  const first = times.length ? times.reduce((a, b) => (b.instant < a.instant ? b : a)) : null;
  const last = times.length ? times.reduce((a, b) => (b.instant > a.instant ? b : a)) : null;
  const timeOutside = unionLength(excursions);

  const verdict = points.length === 0 && intervals.length === 0 ? "NoData" : excursions.length > 0 ? "Excursion" : "WithinRange";
  return {
    band: { minCelsius: bandMin.toNumber(), maxCelsius: bandMax.toNumber() },
    verdict,
    readings: points.length,
    intervalReports: intervals.length,
    ignoredReports: ignored,
    retractedEvents: retracted,
    minCelsius: minCelsius && minCelsius.toNumber(),
    maxCelsius: maxCelsius && maxCelsius.toNumber(),
    firstObservation: first && formatDateTime(first.instant, first.offsetMinutes),
    lastObservation: last && formatDateTime(last.instant, last.offsetMinutes),
    timeOutside: formatDuration(timeOutside),
    excursions: excursions.map((e) => ({
      direction: e.direction,
      start: formatDateTime(e.start.instant, e.start.offsetMinutes),
      end: formatDateTime(e.end.instant, e.end.offsetMinutes),
      duration: formatDuration(e.end.instant - e.start.instant),
      peakCelsius: e.peak.toNumber(),
      readings: e.readings,
      evidence: e.evidence,
    })),
    exact: { minCelsius, maxCelsius, timeOutside },
  };
}

/**
 * Section 6. Readings at one instant are judged together (above wins over below); a reading holds
 * until the next one; an excursion ends at the next instant not outside on its side, or at the
 * last reading if it never does (ReadingsUnclosed).
 */
function excursionsFromReadings(sortedPoints, bandMin, bandMax) {
  const excursions = [];
  let open = null;
  let lastTime = null;
  for (const group of groupByInstant(sortedPoints)) {
    const time = group[0].time;
    const above = group.filter((p) => p.celsius.compare(bandMax) > 0);
    const below = group.filter((p) => p.celsius.compare(bandMin) < 0);
    const side = above.length ? "Above" : below.length ? "Below" : null;
    if (open && open.direction !== side) {
      excursions.push({ ...open, end: time, evidence: "Readings" });
      open = null;
    }
    if (side && !open) open = { direction: side, start: time, peak: null, readings: 0 };
    if (open) {
      for (const p of side === "Above" ? above : below) {
        open.readings++;
        if (!open.peak || (side === "Above" ? p.celsius.compare(open.peak) > 0 : p.celsius.compare(open.peak) < 0)) open.peak = p.celsius;
      }
    }
    lastTime = time;
  }
  if (open) excursions.push({ ...open, end: lastTime, evidence: "ReadingsUnclosed" });
  return excursions;
}

/**
 * Section 7. An interval report beyond the band on a side adds an excursion over its whole
 * interval, unless a point-reading excursion on that side overlaps it (closed intervals).
 */
function excursionsFromIntervals(intervals, pointExcursions, bandMin, bandMax) {
  const excursions = [];
  const sorted = [...intervals].sort((a, b) => compareBigInt(a.start.instant, b.start.instant) || compareBigInt(a.end.instant, b.end.instant));
  for (const interval of sorted) {
    const sides = [];
    if (interval.max && interval.max.compare(bandMax) > 0) sides.push(["Above", interval.max]);
    if (interval.min && interval.min.compare(bandMin) < 0) sides.push(["Below", interval.min]);
    for (const [direction, peak] of sides) {
      const corroborated = pointExcursions.some(
        (e) => e.direction === direction && e.start.instant <= interval.end.instant && interval.start.instant <= e.end.instant
      );
      if (!corroborated) {
        excursions.push({ direction, start: interval.start, end: interval.end, peak, readings: 0, evidence: "IntervalReport" });
      }
    }
  }
  return excursions;
}

/** The length of the union of the excursions' [start, end] intervals, in ns. */
function unionLength(excursions) {
  const spans = excursions.map((e) => [e.start.instant, e.end.instant]).sort((a, b) => compareBigInt(a[0], b[0]));
  let total = 0n;
  let current = null;
  for (const [start, end] of spans) {
    if (current && start <= current[1]) {
      if (end > current[1]) current[1] = end;
    } else {
      if (current) total += current[1] - current[0];
      current = [start, end];
    }
  }
  if (current) total += current[1] - current[0];
  return total;
}

function* groupByInstant(sortedPoints) {
  let group = [];
  for (const point of sortedPoints) {
    if (group.length && group[0].time.instant !== point.time.instant) {
      yield group;
      group = [];
    }
    group.push(point);
  }
  if (group.length) yield group;
}

// Section 5: one timeline sorted by instant, then offset, then value.
function byTimeThenValue(a, b) {
  return compareBigInt(a.time.instant, b.time.instant) || a.time.offsetMinutes - b.time.offsetMinutes || a.celsius.compare(b.celsius);
}

function compareBigInt(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

module.exports = { summarizeColdChain };
