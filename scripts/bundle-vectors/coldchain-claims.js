// The cold-chain claims of the bundled batches, worked out BY HAND from docs/cold-chain.md and the
// fixture events (not computed by either verifier, so that the vectors can catch both). Band and
// field names as SPEC §5 gives them (camelCase of cold-chain.md §8).
"use strict";

/**
 * By-Health A (BH2605A), 2–8 °C, the same at sizes 17 and 24 (entry 17 has no sensor data):
 *  - shipping (entry 7), logger 7: 16:00 4.5, 16:30 5.0, 17:00 5.5, 17:30 6.0 (+08:00, 7 May)
 *  - transporting (entry 9), logger 7: 2026-05-07T09:30Z 6.0 is 17:30+08:00 again, same value and
 *    device: one reading (§5 duplicates); then 04:00 5.8, 04:30 6.2, 05:00 6.9 (+02:00, 8 May);
 *    and an interval report 4.1–7.6 °C from 7 May 20:00 to 8 May 12:00 (+02:00)
 *  - receiving (entry 12) is declared wrong by entry 14 (same eventID): retracted, and the
 *    declaration itself counts nothing (§2); the corrective entry 15: 09:00 5.0, 09:30 6.0 (+02:00)
 *  => 4 + 3 + 2 = 9 readings, 1 interval, 1 retracted; all points inside 2–8 and the interval's
 *     4.1–7.6 inside too: WithinRange, no time outside; min 4.1 and max 7.6 are the interval's.
 *     First 7 May 16:00+08:00 (08:00Z, before the interval's 18:00Z start); last 10 May 09:30+02:00.
 */
const A = {
  band: { minCelsius: 2, maxCelsius: 8 },
  verdict: "WithinRange",
  readings: 9,
  intervalReports: 1,
  ignoredReports: 0,
  retractedEvents: 1,
  minCelsius: 4.1,
  maxCelsius: 7.6,
  firstObservation: "2026-05-07T16:00:00+08:00",
  lastObservation: "2026-05-10T09:30:00+02:00",
  timeOutside: "PT0S",
  excursions: [],
};

/**
 * By-Health B (BH2605B), 2–8 °C, size 24:
 *  - shipping (entry 10), logger 9, the worked example of cold-chain.md §9 on 8 May (+08:00):
 *    14:00 5.0, 14:15 8.5, 14:30 9.2, 14:45 7.0, 15:00 1.5, 15:15 3.0
 *    => above 14:15–14:45 (PT30M, peak 9.2, 2 readings), below 15:00–15:15 (PT15M, peak 1.5, 1)
 *  - transporting (entry 13), °F: 41.0 → 5, 46.4 → 8 (exactly: inside, both ends included),
 *    44.6 → 7 at 10:00, 10:30, 11:00 (+08:00, 9 May); and an interval report 4.0–9.5 °C from
 *    12:00 to 18:00 (+08:00, 9 May): its max is above 8, no point excursion above overlaps it, so
 *    it adds an excursion above over the whole interval (PT6H, peak 9.5, 0 readings, IntervalReport)
 *  - receiving (entry 16), kelvin: 278.15 → 5.0, 279.65 → 6.5 at 15:00, 15:30 (+02:00, 10 May);
 *    a report in unit "F" is ignored (§4: no guessing); relative humidity is not a temperature
 *  => 6 + 3 + 2 = 11 readings, 1 interval, 1 ignored; min 1.5, max 9.5 (the interval's);
 *     time outside 30 + 15 + 360 min = PT6H45M (no overlaps); first 8 May 14:00+08:00,
 *     last 10 May 15:30+02:00 (13:30Z, after the interval's end at 10:00Z on 9 May).
 */
const B = {
  band: { minCelsius: 2, maxCelsius: 8 },
  verdict: "Excursion",
  readings: 11,
  intervalReports: 1,
  ignoredReports: 1,
  retractedEvents: 0,
  minCelsius: 1.5,
  maxCelsius: 9.5,
  firstObservation: "2026-05-08T14:00:00+08:00",
  lastObservation: "2026-05-10T15:30:00+02:00",
  timeOutside: "PT6H45M",
  excursions: [
    { direction: "Above", start: "2026-05-08T14:15:00+08:00", end: "2026-05-08T14:45:00+08:00", duration: "PT30M", peakCelsius: 9.2, readings: 2, evidence: "Readings" },
    { direction: "Below", start: "2026-05-08T15:00:00+08:00", end: "2026-05-08T15:15:00+08:00", duration: "PT15M", peakCelsius: 1.5, readings: 1, evidence: "Readings" },
    { direction: "Above", start: "2026-05-09T12:00:00+08:00", end: "2026-05-09T18:00:00+08:00", duration: "PT6H", peakCelsius: 9.5, readings: 0, evidence: "IntervalReport" },
  ],
};

/**
 * By-Health C (BH2605C), 2–8 °C, size 24: shipping 3.5, 3.9, 4.2 (6 May, +08:00), receiving 4.8,
 * 5.1 (9 May, +04:00) => 5 readings, all inside, min 3.5, max 5.1.
 */
const C = {
  band: { minCelsius: 2, maxCelsius: 8 },
  verdict: "WithinRange",
  readings: 5,
  intervalReports: 0,
  ignoredReports: 0,
  retractedEvents: 0,
  minCelsius: 3.5,
  maxCelsius: 5.1,
  firstObservation: "2026-05-06T19:00:00+08:00",
  lastObservation: "2026-05-09T08:20:00+04:00",
  timeOutside: "PT0S",
  excursions: [],
};

/**
 * Kelpwise K (KW2605-01), 15–25 °C, size 7: shipping 18.0, 19.5, 21.0 (7 May, +08:00), typed
 * "kw:Temperature" with the event's own @context {"kw": "https://gs1.org/voc/"} (§3); receiving
 * 22.0, 24.5 (12 May, +02:00) => 5 readings, all inside 15–25, min 18, max 24.5.
 */
const K = {
  band: { minCelsius: 15, maxCelsius: 25 },
  verdict: "WithinRange",
  readings: 5,
  intervalReports: 0,
  ignoredReports: 0,
  retractedEvents: 0,
  minCelsius: 18,
  maxCelsius: 24.5,
  firstObservation: "2026-05-07T10:00:00+08:00",
  lastObservation: "2026-05-12T09:30:00+02:00",
  timeOutside: "PT0S",
  excursions: [],
};

module.exports = { "by-health": { A, B, C }, kelpwise: { K } };
