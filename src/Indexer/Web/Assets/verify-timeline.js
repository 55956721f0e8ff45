// verify-timeline.js: the batch's history as the verify page shows it. The verifier's timeline
// (entries whose inclusion proofs verified, in time order) says what, when and where; the
// disclosed event itself adds what an importer looks for at each step: the cultivation site, the
// QC result, the customs release. Steps are named from the CBV business step and Anchor's
// extension members, never from anything but the verified event.
(function (root, factory) {
  const api = factory(root);
  if (typeof module === "object" && module.exports) module.exports = api;
  else (root.AnchorPage = root.AnchorPage || {}).timeline = api;
})(typeof self !== "undefined" ? self : this, function (root) {
  "use strict";

  const format = () => (typeof module === "object" && module.exports ? require("./verify-format.js") : root.AnchorPage.format);

  /** The member of an object whose name ends with `suffix` (any prefix: "anchor:customs", "customs"). */
  function member(object, suffix) {
    if (!object || typeof object !== "object") return undefined;
    const key = Object.keys(object).find((k) => k === suffix || k.endsWith(":" + suffix));
    return key === undefined ? undefined : object[key];
  }

  /** The scalar members of an extension object, as [label, text] pairs. */
  function scalars(object, limit = 6) {
    if (!object || typeof object !== "object") return [];
    return Object.entries(object)
      .filter(([, v]) => ["string", "number", "boolean"].includes(typeof v))
      .slice(0, limit)
      .map(([k, v]) => [format().words(k), String(v)]);
  }

  /**
   * What one timeline item was, for people.
   * @param {object} item an item of the verifier's report.timeline
   * @param {object|null} event the parsed event of that entry
   * @returns {{label: string, kind: string, outcome: "pass"|"fail"|null, details: string[][], placeName: string|null}}
   *   kind: origin, receiving, qc, production, packing, cold-chain, customs, declaration, other
   */
  function describe(item, event) {
    const f = format();
    const step = f.cbvTerm(item.bizStep);
    const disposition = f.cbvTerm(item.disposition);
    const e = event && typeof event === "object" ? event : {};
    const hasSensors = Array.isArray(e.sensorElementList) && e.sensorElementList.length > 0;
    if (item.errorDeclaration) {
      const d = item.errorDeclaration;
      return result("Error declaration", "declaration", null, [["declared", d.declarationTime ? f.eventTime(d.declarationTime) : "time unknown"], ["reason", d.reason ? f.words(f.cbvTerm(d.reason)) : "none given"]]);
    }
    const cultivation = member(e.ilmd, "cultivation");
    const customs = member(e, "customs");
    const inspection = member(e, "inspection");
    if (step === "commissioning" && cultivation) {
      return result("Cultivation and harvest", "origin", null, scalars(cultivation), member(cultivation, "site"));
    }
    if (step === "commissioning") return result("Commissioning", "origin", null, scalars(e.ilmd));
    if (customs && typeof customs === "object") {
      const procedure = member(customs, "procedure");
      const label = procedure === "export" ? "Export customs" : procedure === "import" ? "Import customs" : "Customs";
      const airport = member(customs, "airport");
      return result(label, "customs", null, scalars(customs), typeof airport === "string" ? `airport ${airport}` : null);
    }
    if (step === "inspecting") {
      const verdict = inspection && typeof member(inspection, "result") === "string" ? member(inspection, "result") : null;
      const failed = disposition === "non_conformant" || verdict === "fail";
      const passed = !failed && (disposition === "conformant" || verdict === "pass");
      const stage = inspection ? member(inspection, "stage") : null;
      const label = `Quality control${typeof stage === "string" ? ` (${stage})` : ""}: ${failed ? "FAIL" : passed ? "pass" : "result not stated"}`;
      return result(label, "qc", failed ? "fail" : passed ? "pass" : null, scalars(inspection));
    }
    if (item.type === "TransformationEvent" || step === "creating_class_instance") return result("Production", "production", null, scalars(e.ilmd));
    if (step === "receiving") {
      return item.ofTaggedBatch
        ? result("Receiving by the importer", "receiving", null, [], null, hasSensors)
        : result("Raw-material receiving", "receiving", null, [], null, hasSensors);
    }
    if (step === "packing") return result("Packing", "packing", null, []);
    if (step === "shipping") return result("Shipping", "cold-chain", null, [], null, hasSensors);
    if (step === "transporting") return result("In transit", "cold-chain", null, [], null, hasSensors);
    const label = step ? f.words(step) : item.type || "Event";
    return result(label.charAt(0).toUpperCase() + label.slice(1), "other", null, [], null, hasSensors);
  }

  function result(label, kind, outcome, details, placeName = null, hasSensors = false) {
    const extra = hasSensors ? [["cold chain", "temperature readings recorded"]] : [];
    return { label, kind, outcome, details: [...details, ...extra], placeName: typeof placeName === "string" ? placeName : null };
  }

  /** A place's human name, if the event carries one on the location itself (an extension member ending in "name"). */
  function locationName(location) {
    if (!location || typeof location !== "object") return null;
    const key = Object.keys(location).find((k) => k !== "id" && /name$/i.test(k) && typeof location[k] === "string");
    return key ? location[key] : null;
  }

  /**
   * Renders the timeline into an <ol>.
   * @param {HTMLElement} list
   * @param {object[]} items report.timeline
   * @param {Map<number, object>} events parsed events by entry index
   */
  function render(list, items, events) {
    const { el, clear, eventTime } = format();
    clear(list);
    for (const item of items) {
      const event = events.get(item.index) || null;
      const what = describe(item, event);
      const rp = item.place && item.place.readPoint;
      const loc = item.place && item.place.bizLocation;
      const name = what.placeName || locationName(event && event.bizLocation) || locationName(event && event.readPoint);
      const places = [];
      if (loc) places.push(el("span", { class: "id" }, loc));
      if (rp && rp !== loc) places.push(loc ? " · read point " : "read point ", el("span", { class: "id" }, rp));
      list.appendChild(el("li", {
          class: `step step-${what.kind}${item.retracted ? " retracted" : ""}${what.outcome === "fail" ? " failed" : ""}`,
          "data-kind": what.kind,
          "data-index": String(item.index),
        },
        el("div", { class: "step-head" },
          el("span", { class: "step-label" }, what.label),
          el("span", { class: item.ofTaggedBatch ? "lot own" : "lot input" }, item.ofTaggedBatch ? "this batch" : `input lot ${item.lot}`),
          item.retracted ? el("span", { class: "badge badge-warn" }, "retracted by an error declaration") : null),
        el("div", { class: "step-time" }, el("time", { datetime: item.time || "" }, eventTime(item.time))),
        places.length || name
          ? el("div", { class: "step-place" }, "Place: ", name ? el("strong", {}, name) : null, name && places.length ? " — " : null, ...places)
          : el("div", { class: "step-place muted" }, "Place not stated"),
        what.details.length
          ? el("ul", { class: "step-details" }, ...what.details.map(([k, v]) => el("li", {}, el("span", { class: "muted" }, `${k}: `), v)))
          : null));
    }
  }

  return { describe, render, member };
});
