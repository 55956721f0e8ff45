// The cold-chain method (docs/cold-chain.md) as the JavaScript verifier recomputes it. Every
// expectation here is worked out by hand from the document, section by section.
"use strict";

const { expect } = require("chai");
const { summarizeColdChain } = require("../../src/verifier-js/lib/coldchain-summary");
const { parseStrictJson } = require("../../src/verifier-js/lib/strict-json");

const BAND = { minCelsius: 2, maxCelsius: 8 };

/** An ObjectEvent whose one sensor element holds reports, each with its own time (GS1's SensorDataExample5 style). */
function eventWith(reports, extra = {}) {
  return {
    type: "ObjectEvent",
    eventTime: "2026-05-10T12:00:00+08:00",
    eventTimeZoneOffset: "+08:00",
    action: "OBSERVE",
    sensorElementList: [{ sensorReport: reports }],
    ...extra,
  };
}

const at = (hhmm, value, more = {}) => ({ type: "gs1:Temperature", time: `2026-05-10T${hhmm}:00+08:00`, value, uom: "CEL", ...more });

/** The fields section 7 of SPEC.md compares, plus the excursions. */
function essentials(summary) {
  const { verdict, readings, minCelsius, maxCelsius, timeOutside, excursions } = summary;
  return { verdict, readings, minCelsius, maxCelsius, timeOutside, excursions };
}

describe("cold-chain summary (docs/cold-chain.md)", function () {
  describe("section 9, the worked example", function () {
    const readings = [at("10:00", 5.0), at("10:15", 8.5), at("10:30", 9.2), at("10:45", 7.0), at("11:00", 1.5), at("11:15", 3.0)];
    const expected = {
      verdict: "Excursion",
      readings: 6,
      minCelsius: 1.5,
      maxCelsius: 9.2,
      timeOutside: "PT45M",
      excursions: [
        { direction: "Above", start: "2026-05-10T10:15:00+08:00", end: "2026-05-10T10:45:00+08:00", duration: "PT30M", peakCelsius: 9.2, readings: 2, evidence: "Readings" },
        { direction: "Below", start: "2026-05-10T11:00:00+08:00", end: "2026-05-10T11:15:00+08:00", duration: "PT15M", peakCelsius: 1.5, readings: 1, evidence: "Readings" },
      ],
    };

    it("finds one excursion above and one below, 45 minutes outside", function () {
      const summary = summarizeColdChain([eventWith(readings)], BAND);
      expect(essentials(summary)).to.deep.equal(expected);
      expect(summary.firstObservation).to.equal("2026-05-10T10:00:00+08:00");
      expect(summary.lastObservation).to.equal("2026-05-10T11:15:00+08:00");
      expect(summary.band).to.deep.equal({ minCelsius: 2, maxCelsius: 8 });
    });

    it("gives the same summary split over two shipping events, in either order, with a reading repeated", function () {
      const first = eventWith(readings.slice(0, 4), { bizStep: "shipping" });
      const second = eventWith([readings[3], ...readings.slice(4)], { bizStep: "receiving" });
      expect(essentials(summarizeColdChain([first, second], BAND))).to.deep.equal(expected);
      expect(essentials(summarizeColdChain([second, first], BAND))).to.deep.equal(expected);
    });
  });

  it("reproduces the JSON example of section 8", function () {
    // 10:00 5.0 inside, 10:15 9.25 above, 11:45 6.0 inside: one excursion of 1 h 30 min, one reading.
    const summary = summarizeColdChain([eventWith([at("10:00", 5.0), at("10:15", 9.25), at("11:45", 6.0)])], BAND);
    expect(summary).to.deep.include({
      verdict: "Excursion", readings: 3, intervalReports: 0, ignoredReports: 0, retractedEvents: 0,
      minCelsius: 5, maxCelsius: 9.25, firstObservation: "2026-05-10T10:00:00+08:00", lastObservation: "2026-05-10T11:45:00+08:00",
      timeOutside: "PT1H30M",
    });
    expect(summary.excursions).to.deep.equal([
      { direction: "Above", start: "2026-05-10T10:15:00+08:00", end: "2026-05-10T11:45:00+08:00", duration: "PT1H30M", peakCelsius: 9.25, readings: 1, evidence: "Readings" },
    ]);
  });

  describe("section 1, the band", function () {
    it("includes both ends: 8.0 is inside, 8.1 is not", function () {
      expect(summarizeColdChain([eventWith([at("10:00", 8.0), at("10:10", 2.0)])], BAND).verdict).to.equal("WithinRange");
      expect(summarizeColdChain([eventWith([at("10:00", 8.1), at("10:10", 5)])], BAND).verdict).to.equal("Excursion");
    });
  });

  describe("section 2, error declarations", function () {
    const wrong = eventWith([at("10:00", 41.0), at("10:30", 42.8)], { eventID: "urn:uuid:aaaaaaaa-0000-4000-8000-000000000001" });
    const declaration = { ...wrong, errorDeclaration: { declarationTime: "2026-05-12T09:00:00+08:00", reason: "incorrect_data" } };
    const corrective = eventWith([at("10:00", 5.0), at("10:30", 6.0)], { eventID: "urn:uuid:aaaaaaaa-0000-4000-8000-000000000002" });

    it("leaves out the declared event and the declaration itself, wherever the declaration sits", function () {
      for (const events of [[wrong, declaration, corrective], [declaration, corrective, wrong]]) {
        const summary = summarizeColdChain(events, BAND);
        expect(summary).to.deep.include({ verdict: "WithinRange", readings: 2, retractedEvents: 1, minCelsius: 5, maxCelsius: 6, timeOutside: "PT0S" });
      }
    });

    it("matches by eventID only: an event without one is never retracted", function () {
      const { eventID, ...anonymous } = wrong;
      expect(eventID).to.be.a("string");
      const summary = summarizeColdChain([anonymous, declaration], BAND);
      expect(summary).to.deep.include({ verdict: "Excursion", readings: 2, retractedEvents: 0 });
    });
  });

  describe("section 3, which reports are temperatures", function () {
    const forms = [
      { type: "Temperature" },
      { type: "gs1:Temperature" },
      { type: "https://gs1.org/voc/Temperature" },
      { type: "http://www.gs1.org/voc/Temperature" },
      { type: "g:Temperature", context: [{ g: "https://gs1.org/voc/" }] },
      { type: "temp", context: { temp: { "@id": "https://gs1.org/voc/Temperature" } } },
    ];
    for (const form of forms) {
      it(`counts ${form.type}${form.context ? " with the event's @context" : ""}`, function () {
        const event = eventWith([{ ...at("10:00", 9), type: form.type }], form.context ? { "@context": form.context } : {});
        expect(summarizeColdChain([event], BAND)).to.deep.include({ verdict: "Excursion", readings: 1 });
      });
    }

    it("does not count other types, or a prefix the event's own @context does not define", function () {
      const event = eventWith([{ ...at("10:00", 9), type: "RelativeHumidity" }, { ...at("10:05", 9), type: "x:Temperature" }]);
      expect(summarizeColdChain([event], BAND)).to.deep.include({ verdict: "NoData", readings: 0, ignoredReports: 0 });
    });

    it("keeps gs1 protected: an event cannot move gs1:Temperature elsewhere", function () {
      const event = eventWith([at("10:00", 9)], { "@context": { gs1: "https://example.com/not-gs1/" } });
      expect(summarizeColdChain([event], BAND).readings).to.equal(1);
    });
  });

  describe("section 4, units", function () {
    it("converts Fahrenheit exactly: 46.4 °F is 8 °C, inside; 46.5 °F is 8.056 °C, above", function () {
      const summary = summarizeColdChain([eventWith([at("10:00", 46.4, { uom: "FAH" }), at("10:30", 46.5, { uom: "FAH" }), at("11:00", 41, { uom: "FAH" })])], BAND);
      expect(summary).to.deep.include({ readings: 3, minCelsius: 5, maxCelsius: 8.056, timeOutside: "PT30M" });
      expect(summary.excursions[0]).to.deep.include({ start: "2026-05-10T10:30:00+08:00", peakCelsius: 8.056 });
    });

    it("converts Kelvin and rounds half away from zero to 0.001 °C", function () {
      // 281.15 K = 8 °C (inside); 281.1505 K = 8.0005 °C, which rounds to 8.001 (above).
      const summary = summarizeColdChain([eventWith([at("10:00", 281.15, { uom: "KEL" }), at("10:30", 281.1505, { uom: "KEL" }), at("11:00", 275.15, { uom: "KEL" })])], BAND);
      expect(summary).to.deep.include({ minCelsius: 2, maxCelsius: 8.001, timeOutside: "PT30M", verdict: "Excursion" });
    });

    it("rounds a negative Fahrenheit conversion away from zero", function () {
      // (31.9991 − 32) × 5 / 9 = −0.0005 → −0.001
      const summary = summarizeColdChain([eventWith([at("10:00", 31.9991, { uom: "FAH" })])], { minCelsius: -10, maxCelsius: 10 });
      expect(summary.minCelsius).to.equal(-0.001);
    });

    it("keeps numbers exact when they come from strict-json", function () {
      const event = parseStrictJson(JSON.stringify(eventWith([at("10:00", 0)])).replace('"value":0', '"value":8.0000000000000000001'), { exactNumbers: true });
      expect(summarizeColdChain([event], BAND).verdict).to.equal("Excursion");
    });

    it("ignores a report with no unit or another unit, rather than guess", function () {
      const summary = summarizeColdChain([eventWith([at("10:00", 30, { uom: undefined }), at("10:10", 30, { uom: "C" }), at("10:20", 5)])], BAND);
      expect(summary).to.deep.include({ readings: 1, ignoredReports: 2, verdict: "WithinRange" });
    });
  });

  describe("section 5, readings and their time", function () {
    it("takes the report's time, else the element's, else the event's", function () {
      const event = {
        type: "ObjectEvent",
        eventTime: "2026-05-10T12:00:00+08:00",
        sensorElementList: [
          { sensorMetadata: { time: "2026-05-10T11:00:00+08:00" }, sensorReport: [{ type: "Temperature", value: 4, uom: "CEL" }] },
          { sensorReport: [{ type: "Temperature", value: 5, uom: "CEL" }] },
          { sensorMetadata: { time: "2026-05-10T11:00:00+08:00" }, sensorReport: [{ type: "Temperature", value: 6, uom: "CEL", time: "2026-05-10T10:00:00+08:00" }] },
        ],
      };
      const summary = summarizeColdChain([event], BAND);
      expect(summary).to.deep.include({ readings: 3, firstObservation: "2026-05-10T10:00:00+08:00", lastObservation: "2026-05-10T12:00:00+08:00" });
    });

    it("ignores a report whose time is unreadable or has no zone, instead of moving it", function () {
      const summary = summarizeColdChain([eventWith([{ ...at("10:00", 9), time: "2026-05-10T10:00:00" }, { ...at("10:00", 9), time: "yesterday" }, at("10:30", 5)])], BAND);
      expect(summary).to.deep.include({ readings: 1, ignoredReports: 2, verdict: "WithinRange" });
    });

    it("ignores an alarm without a value", function () {
      const summary = summarizeColdChain([eventWith([{ type: "Temperature", exception: "ALARM_CONDITION", time: "2026-05-10T10:00:00+08:00", uom: "CEL" }])], BAND);
      expect(summary).to.deep.include({ readings: 0, ignoredReports: 1, verdict: "NoData" });
    });

    it("counts a reading once per instant, value and device, whatever the offset it is written in", function () {
      const device = { deviceID: "urn:epc:id:giai:9520123.L1" };
      const summary = summarizeColdChain([
        eventWith([at("10:00", 5, device), { ...at("10:00", 5, device), time: "2026-05-10T02:00:00Z" }, at("10:00", 5, { deviceID: "urn:epc:id:giai:9520123.L2" })]),
        eventWith([at("10:30", 6), at("10:30", 6)]),
      ], BAND);
      expect(summary.readings).to.equal(3);
    });

    it("reads extremes without an interval as point readings at the reading's time", function () {
      const summary = summarizeColdChain([eventWith([{ type: "Temperature", minValue: 3, maxValue: 9, uom: "CEL", time: "2026-05-10T10:00:00+08:00" }, at("10:30", 5)])], BAND);
      expect(summary).to.deep.include({ readings: 3, intervalReports: 0, minCelsius: 3, maxCelsius: 9, timeOutside: "PT30M" });
    });
  });

  describe("section 6, excursions from point readings", function () {
    it("lets above win at an instant with readings on both sides", function () {
      const summary = summarizeColdChain([eventWith([at("10:00", 9), at("10:00", 1), at("10:20", 5)])], BAND);
      expect(summary.excursions).to.have.length(1);
      expect(summary.excursions[0]).to.deep.include({ direction: "Above", duration: "PT20M", peakCelsius: 9, readings: 1 });
    });

    it("ends an excursion where the other side begins, which starts a new one", function () {
      const summary = summarizeColdChain([eventWith([at("10:00", 9), at("10:10", 1), at("10:40", 5)])], BAND);
      expect(summary.excursions.map((e) => [e.direction, e.duration])).to.deep.equal([["Above", "PT10M"], ["Below", "PT30M"]]);
      expect(summary.timeOutside).to.equal("PT40M");
    });

    it("closes an excursion still open at the last reading there, as a lower bound", function () {
      const summary = summarizeColdChain([eventWith([at("10:00", 5), at("10:30", 9), at("11:00", 10)])], BAND);
      expect(summary.excursions).to.deep.equal([
        { direction: "Above", start: "2026-05-10T10:30:00+08:00", end: "2026-05-10T11:00:00+08:00", duration: "PT30M", peakCelsius: 10, readings: 2, evidence: "ReadingsUnclosed" },
      ]);
    });

    it("makes a single reading outside an excursion of length zero", function () {
      const summary = summarizeColdChain([eventWith([at("10:00", 12)])], BAND);
      expect(summary).to.deep.include({ verdict: "Excursion", timeOutside: "PT0S" });
      expect(summary.excursions[0]).to.deep.include({ duration: "PT0S", evidence: "ReadingsUnclosed", readings: 1 });
    });
  });

  describe("section 7, interval reports", function () {
    const interval = (start, end, min, max) => ({
      sensorMetadata: { startTime: `2026-05-10T${start}:00+08:00`, endTime: `2026-05-10T${end}:00+08:00` },
      sensorReport: [{ type: "Temperature", minValue: min, maxValue: max, meanValue: (min + max) / 2, uom: "CEL" }],
    });
    const withElements = (...elements) => ({ type: "ObjectEvent", eventTime: "2026-05-10T18:00:00+08:00", sensorElementList: elements });

    it("adds the whole interval when the minimum is above the band (GS1's SensorDataExample3)", function () {
      const summary = summarizeColdChain([withElements(interval("10:00", "12:00", 12.4, 13.8))], BAND);
      expect(summary).to.deep.include({ verdict: "Excursion", readings: 0, intervalReports: 1, minCelsius: 12.4, maxCelsius: 13.8, timeOutside: "PT2H" });
      expect(summary.excursions).to.deep.equal([
        { direction: "Above", start: "2026-05-10T10:00:00+08:00", end: "2026-05-10T12:00:00+08:00", duration: "PT2H", peakCelsius: 13.8, readings: 0, evidence: "IntervalReport" },
      ]);
    });

    it("only corroborates an overlapping point-reading excursion on the same side", function () {
      const points = { sensorReport: [at("10:00", 5), at("11:00", 9), at("11:30", 5)] };
      const summary = summarizeColdChain([withElements(points, interval("09:00", "11:00", 4, 9.5))], BAND);
      expect(summary.excursions.map((e) => e.evidence)).to.deep.equal(["Readings"]);
      expect(summary).to.deep.include({ timeOutside: "PT30M", maxCelsius: 9.5, readings: 3, intervalReports: 1 });
    });

    it("adds both sides of an interval that shows both, counting the overlap once", function () {
      const summary = summarizeColdChain([withElements(interval("09:00", "10:00", 1, 9))], BAND);
      expect(summary.excursions.map((e) => e.direction)).to.deep.equal(["Above", "Below"]);
      expect(summary.timeOutside).to.equal("PT1H");
    });

    it("reads an interval with start after end as point readings at the reading's time", function () {
      const summary = summarizeColdChain([withElements(interval("11:00", "10:00", 3, 9))], BAND);
      expect(summary).to.deep.include({ readings: 2, intervalReports: 0, lastObservation: "2026-05-10T18:00:00+08:00" });
    });
  });

  it("says NoData, with nulls, when there is nothing to read", function () {
    const summary = summarizeColdChain([{ type: "ObjectEvent", eventTime: "2026-05-10T10:00:00Z" }], BAND);
    expect(summary).to.deep.include({ verdict: "NoData", readings: 0, intervalReports: 0, minCelsius: null, maxCelsius: null, firstObservation: null, lastObservation: null, timeOutside: "PT0S", excursions: [] });
  });
});
