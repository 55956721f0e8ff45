// The verify page's own scripts, in Node, where they need no DOM: how a step is named, which
// temperatures are plotted, and the safety rules for text and links. The page as a whole is
// tested in chromium (verify-page.test.js).
"use strict";

const { expect } = require("chai");
const path = require("path");

const ASSETS = path.join(__dirname, "..", "..", "src", "Indexer", "Web", "Assets");
const format = require(path.join(ASSETS, "verify-format.js"));
const timeline = require(path.join(ASSETS, "verify-timeline.js"));
const chart = require(path.join(ASSETS, "verify-chart.js"));

const item = (fields) => ({ index: 0, lot: "L1", ofTaggedBatch: true, type: "ObjectEvent", errorDeclaration: null, retracted: false, ...fields });

describe("the verify page's scripts", function () {
  describe("timeline steps", function () {
    it("names cultivation, with its site as the place's name", function () {
      const event = { ilmd: { "anchor:cultivation": { "anchor:site": "Wuxi probiotic culture plant", "anchor:organism": "L. rhamnosus" } } };
      const step = timeline.describe(item({ bizStep: "commissioning", ofTaggedBatch: false }), event);
      expect(step).to.include({ label: "Cultivation and harvest", kind: "origin", placeName: "Wuxi probiotic culture plant" });
      expect(step.details).to.deep.include(["organism", "L. rhamnosus"]);
    });

    it("gives QC its result: a non-conformant disposition or a failed result is FAIL", function () {
      const failed = timeline.describe(item({ bizStep: "urn:epcglobal:cbv:bizstep:inspecting", disposition: "urn:epcglobal:cbv:disp:non_conformant" }), {});
      const passed = timeline.describe(item({ bizStep: "inspecting", disposition: "conformant" }), { "anchor:inspection": { "anchor:stage": "in-line", "anchor:result": "pass" } });
      const byResult = timeline.describe(item({ bizStep: "inspecting", disposition: "conformant" }), { "anchor:inspection": { "anchor:result": "fail" } });
      expect(failed).to.include({ kind: "qc", outcome: "fail" });
      expect(failed.label).to.match(/FAIL/);
      expect(passed).to.include({ label: "Quality control (in-line): pass", outcome: "pass" });
      expect(byResult.outcome).to.equal("fail");
    });

    it("tells export customs, importer receiving, raw-material receiving and error declarations apart", function () {
      const customs = timeline.describe(item({ bizStep: "inspecting" }), { "anchor:customs": { "anchor:procedure": "export", "anchor:airport": "CAN" } });
      expect(customs).to.include({ label: "Export customs", kind: "customs", placeName: "airport CAN" });
      expect(timeline.describe(item({ bizStep: "receiving" }), {}).label).to.equal("Receiving by the importer");
      expect(timeline.describe(item({ bizStep: "receiving", ofTaggedBatch: false }), {}).label).to.equal("Raw-material receiving");
      const declaration = timeline.describe(item({ errorDeclaration: { declarationTime: "2026-05-10T10:00:00Z", reason: "incorrect_data" } }), {});
      expect(declaration).to.include({ label: "Error declaration", kind: "declaration" });
      expect(timeline.describe(item({ bizStep: "shipping" }), { sensorElementList: [{}] }).details).to.deep.include(["cold chain", "temperature readings recorded"]);
    });
  });

  describe("chart readings", function () {
    const report = (fields) => ({ type: "gs1:Temperature", uom: "CEL", ...fields });
    const event = (reports, meta = {}, eventTime = "2026-05-10T10:00:00+08:00") => ({ eventTime, sensorElementList: [{ sensorMetadata: meta, sensorReport: reports }] });

    it("converts FAH and KEL to °C and leaves other units off", function () {
      const { points } = chart.readings([event([report({ value: 46.4, uom: "FAH", time: "2026-05-10T10:00:00Z" }), report({ value: 278.15, uom: "KEL", time: "2026-05-10T10:15:00Z" }), report({ value: 5, uom: "XXX", time: "2026-05-10T10:30:00Z" })])]);
      expect(points.map((p) => p.c)).to.deep.equal([8, 5]);
    });

    it("takes the report's time, else the sensor's, else the event's, and never a time without a zone", function () {
      const { points } = chart.readings([
        event([report({ value: 1, time: "2026-05-10T01:00:00Z" })], { time: "2026-05-10T02:00:00Z" }),
        event([report({ value: 2 })], { time: "2026-05-10T02:00:00Z" }),
        event([report({ value: 3 })], {}, "2026-05-10T03:00:00Z"),
        event([report({ value: 4, time: "2026-05-10T04:00:00" })]),
      ]);
      expect(points.map((p) => [new Date(p.t).toISOString().slice(11, 13), p.c])).to.deep.equal([["01", 1], ["02", 2], ["03", 3]]);
    });

    it("merges duplicates and keeps interval reports apart", function () {
      const same = report({ value: 5, time: "2026-05-10T01:00:00Z" });
      const { points, intervals } = chart.readings([
        event([same]), event([same]),
        event([report({ minValue: 12.4, maxValue: 13.8 })], { startTime: "2026-05-10T02:00:00Z", endTime: "2026-05-10T03:00:00Z" }),
      ]);
      expect(points).to.have.length(1);
      expect(intervals).to.deep.equal([{ start: Date.parse("2026-05-10T02:00:00Z"), end: Date.parse("2026-05-10T03:00:00Z"), min: 12.4, max: 13.8 }]);
    });

    it("chooses round ticks", function () {
      expect(chart.ticks(0, 10, 5)).to.deep.equal([0, 2, 4, 6, 8, 10]);
    });
  });

  describe("text and links", function () {
    it("makes only http and https links clickable", function () {
      expect(format.safeHttpUrl("https://explorer.example/tx/0x1")).to.equal("https://explorer.example/tx/0x1");
      expect(format.safeHttpUrl("javascript:alert(1)")).to.equal(null);
      expect(format.safeHttpUrl("data:text/html,<b>x</b>")).to.equal(null);
      expect(format.safeHttpUrl(42)).to.equal(null);
    });

    it("writes times with the event's own offset, and durations in words", function () {
      expect(format.eventTime("2026-05-04T20:45:00+08:00")).to.equal("2026-05-04 20:45 (UTC+08:00)");
      expect(format.eventTime("2026-05-04T20:45:30.5Z")).to.equal("2026-05-04 20:45:30 (UTC)");
      expect(format.unixTime(1778834400)).to.equal("2026-05-15 08:40:00 UTC");
      expect(format.duration("PT1H30M")).to.equal("1 h 30 min");
      expect(format.duration("PT0S")).to.equal("none");
    });
  });
});
