// verify-chart.js: the temperature chart of the verify page, an inline SVG drawn here (no
// library, nothing fetched). The verdict, the band and the excursions are the verifier's,
// recomputed from the bundle by docs/cold-chain.md; the plotted readings are read here from the
// same verified events, for the eye only: point reports in °C (CEL, FAH, KEL) at the report's,
// the sensor's or the event's time, and interval reports as bars. A report written in a form
// this reader does not know (a JSON-LD alias of Temperature) is left off the chart, never off
// the verdict.
(function (root, factory) {
  const api = factory(root);
  if (typeof module === "object" && module.exports) module.exports = api;
  else (root.AnchorPage = root.AnchorPage || {}).chart = api;
})(typeof self !== "undefined" ? self : this, function (root) {
  "use strict";

  const format = () => (typeof module === "object" && module.exports ? require("./verify-format.js") : root.AnchorPage.format);
  const SVG = "http://www.w3.org/2000/svg";
  const TEMPERATURE = new Set(["Temperature", "gs1:Temperature", "https://gs1.org/voc/Temperature", "http://gs1.org/voc/Temperature", "https://www.gs1.org/voc/Temperature"]);

  function toCelsius(value, uom) {
    if (typeof value !== "number" || !Number.isFinite(value)) return null;
    if (uom === "CEL") return value;
    if (uom === "FAH") return Math.round(((value - 32) * 5 / 9) * 1000) / 1000;
    if (uom === "KEL") return Math.round((value - 273.15) * 1000) / 1000;
    return null;
  }

  function instant(text) {
    if (typeof text !== "string" || !/([Zz]|[+-]\d{2}:\d{2})$/.test(text)) return null;
    const ms = Date.parse(text);
    return Number.isFinite(ms) ? ms : null;
  }

  /**
   * The temperature readings of events, for plotting.
   * @param {object[]} events parsed EPCIS events (error declarations and retracted events already left out)
   * @returns {{points: {t: number, c: number}[], intervals: {start: number, end: number, min: number|null, max: number|null}[]}}
   *   t, start, end in ms since the epoch; c, min, max in °C; points sorted by time, duplicates merged
   */
  function readings(events) {
    const points = new Map();
    const intervals = new Map();
    for (const event of events) {
      if (!event || !Array.isArray(event.sensorElementList)) continue;
      for (const element of event.sensorElementList) {
        const meta = element && typeof element.sensorMetadata === "object" && element.sensorMetadata ? element.sensorMetadata : {};
        for (const report of Array.isArray(element && element.sensorReport) ? element.sensorReport : []) {
          if (!report || !TEMPERATURE.has(report.type)) continue;
          const device = report.deviceID || meta.deviceID || "";
          const c = toCelsius(report.value, report.uom);
          const t = instant(report.time !== undefined ? report.time : meta.time !== undefined ? meta.time : event.eventTime);
          if (c !== null && t !== null) points.set(`${t}|${c}|${device}`, { t, c });
          const min = toCelsius(report.minValue, report.uom);
          const max = toCelsius(report.maxValue, report.uom);
          const start = instant(meta.startTime);
          const end = instant(meta.endTime);
          if ((min !== null || max !== null) && start !== null && end !== null && start <= end) {
            intervals.set(`${start}|${end}|${min}|${max}|${device}`, { start, end, min, max });
          } else if (t !== null) {
            for (const extreme of [min, max]) if (extreme !== null) points.set(`${t}|${extreme}|${device}`, { t, c: extreme });
          }
        }
      }
    }
    return { points: [...points.values()].sort((a, b) => a.t - b.t || a.c - b.c), intervals: [...intervals.values()] };
  }

  /** Round tick values across [lo, hi]. */
  function ticks(lo, hi, count) {
    const span = hi - lo || 1;
    const raw = span / count;
    const power = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) || raw;
    const out = [];
    for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(Number(v.toFixed(6)));
    return out;
  }

  function svg(tag, attributes, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attributes || {})) node.setAttribute(k, String(v));
    for (const child of children) if (child) node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    return node;
  }

  /**
   * Draws the chart and the summary into a container.
   * @param {HTMLElement} container
   * @param {object} summary report.coldChain (band, verdict, readings, excursions, …)
   * @param {object[]} events the tagged batch's effective events
   */
  function render(container, summary, events) {
    const { el, clear, celsius, duration, eventTime, shortUtc } = format();
    clear(container);
    const band = summary.band || { minCelsius: 2, maxCelsius: 8 };
    const { points, intervals } = readings(events);
    const excursions = (summary.excursions || []).map((x) => ({ ...x, s: instant(x.start), e: instant(x.end) })).filter((x) => x.s !== null && x.e !== null);
    const verdictText = { WithinRange: "Within range", Excursion: "Excursion", NoData: "No data" }[summary.verdict] || summary.verdict;
    container.appendChild(el("p", { class: `cold-verdict cold-${String(summary.verdict).toLowerCase()}`, "data-verdict": summary.verdict },
      el("strong", {}, verdictText), ` against the allowed band ${band.minCelsius}–${band.maxCelsius} °C: `,
      `${summary.readings} reading(s)`, summary.intervalReports ? `, ${summary.intervalReports} interval report(s)` : "",
      summary.minCelsius !== null && summary.minCelsius !== undefined ? `, from ${celsius(summary.minCelsius)} to ${celsius(summary.maxCelsius)}` : "",
      `; time outside the band: ${duration(summary.timeOutside)}.`,
      summary.ignoredReports ? ` ${summary.ignoredReports} report(s) could not be read and were ignored.` : ""));

    if (points.length + intervals.length > 0) container.appendChild(draw(band, points, intervals, excursions, summary, shortUtc));

    if (excursions.length > 0) {
      container.appendChild(el("table", { class: "excursions" },
        el("caption", {}, "Excursions"),
        el("thead", {}, el("tr", {}, ...["Direction", "Start", "End", "Duration", "Peak", "Evidence"].map((h) => el("th", { scope: "col" }, h)))),
        el("tbody", {}, ...excursions.map((x) => el("tr", {},
          el("td", {}, x.direction === "Above" ? "above the band" : "below the band"),
          el("td", {}, eventTime(x.start)), el("td", {}, eventTime(x.end)),
          el("td", {}, duration(x.duration)), el("td", {}, celsius(x.peakCelsius)),
          el("td", {}, x.evidence === "IntervalReport" ? "interval report (an upper bound)" : x.evidence === "ReadingsUnclosed" ? "readings, still outside at the last one" : "readings"))))));
    }
  }

  function draw(band, points, intervals, excursions, summary, shortUtc) {
    const W = 640, H = 260, L = 44, R = 12, T = 12, B = 34;
    const times = [...points.map((p) => p.t), ...intervals.flatMap((i) => [i.start, i.end]), ...excursions.flatMap((x) => [x.s, x.e])];
    const values = [...points.map((p) => p.c), ...intervals.flatMap((i) => [i.min, i.max]).filter((v) => v !== null), band.minCelsius, band.maxCelsius];
    let t0 = Math.min(...times), t1 = Math.max(...times);
    if (t0 === t1) { t0 -= 3600_000; t1 += 3600_000; }
    const c0 = Math.floor(Math.min(...values) - 1), c1 = Math.ceil(Math.max(...values) + 1);
    const x = (t) => L + ((t - t0) / (t1 - t0)) * (W - L - R);
    const y = (c) => T + ((c1 - c) / (c1 - c0)) * (H - T - B);
    const outside = (c) => c < band.minCelsius || c > band.maxCelsius;

    const title = `Temperature readings, ${shortUtc(t0)} to ${shortUtc(t1)} UTC`;
    const desc = `${points.length} readings between ${Math.min(...values)} and ${Math.max(...values)} °C; allowed band ${band.minCelsius} to ${band.maxCelsius} °C; ${excursions.length} excursion(s), marked in red.`;
    const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img", "aria-labelledby": "chart-title chart-desc", "data-points": points.length, "data-excursions": excursions.length },
      svg("title", { id: "chart-title" }, title), svg("desc", { id: "chart-desc" }, desc));

    chart.appendChild(svg("rect", { class: "band", x: L, width: W - L - R, y: y(band.maxCelsius), height: Math.max(1, y(band.minCelsius) - y(band.maxCelsius)) }));
    chart.appendChild(svg("text", { class: "band-label", x: W - R - 4, y: y(band.maxCelsius) - 4, "text-anchor": "end" }, `allowed ${band.minCelsius}–${band.maxCelsius} °C`));
    for (const ex of excursions) {
      chart.appendChild(svg("rect", { class: "excursion", "data-direction": ex.direction, x: x(ex.s), width: Math.max(2, x(ex.e) - x(ex.s)), y: T, height: H - T - B }));
    }
    for (const v of ticks(c0, c1, 5)) {
      chart.appendChild(svg("line", { class: "grid", x1: L, x2: W - R, y1: y(v), y2: y(v) }));
      chart.appendChild(svg("text", { class: "tick", x: L - 6, y: y(v) + 4, "text-anchor": "end" }, `${v}°`));
    }
    const xTicks = 4;
    for (let i = 0; i <= xTicks; i++) {
      const t = t0 + ((t1 - t0) * i) / xTicks;
      chart.appendChild(svg("text", { class: "tick", x: x(t), y: H - 12, "text-anchor": i === 0 ? "start" : i === xTicks ? "end" : "middle" }, shortUtc(t)));
    }
    chart.appendChild(svg("text", { class: "tick", x: W - R, y: H - 1, "text-anchor": "end" }, "UTC"));
    for (const i of intervals) {
      const top = i.max !== null ? i.max : i.min, bottom = i.min !== null ? i.min : i.max;
      chart.appendChild(svg("rect", { class: `interval${outside(top) || outside(bottom) ? " outside" : ""}`, x: x(i.start), width: Math.max(2, x(i.end) - x(i.start)), y: y(top), height: Math.max(2, y(bottom) - y(top)) }));
    }
    if (points.length > 1) {
      // Sample and hold (cold-chain.md section 6): each reading stands until the next one.
      let d = `M${x(points[0].t).toFixed(1)},${y(points[0].c).toFixed(1)}`;
      for (let i = 1; i < points.length; i++) d += `H${x(points[i].t).toFixed(1)}V${y(points[i].c).toFixed(1)}`;
      chart.appendChild(svg("path", { class: "trace", d }));
    }
    for (const p of points) {
      chart.appendChild(svg("circle", { class: outside(p.c) ? "reading outside" : "reading", cx: x(p.t).toFixed(1), cy: y(p.c).toFixed(1), r: outside(p.c) ? 3.5 : 2 }));
    }
    return chart;
  }

  return { readings, render, ticks, toCelsius };
});
