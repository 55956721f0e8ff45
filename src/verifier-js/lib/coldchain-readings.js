// Cold-chain method, sections 2 to 5 (docs/cold-chain.md): which entries count, which sensor
// reports are temperatures, their unit and time, and the distinct point readings and interval
// reports they give. Excursions and the summary are in coldchain-summary.js.
"use strict";

const { isJsonObject } = require("./strict-json");
const { Decimal } = require("./decimal");
const { parseDateTime } = require("./time");

const GS1_VOCABULARY = ["https://gs1.org/voc/", "http://gs1.org/voc/", "https://www.gs1.org/voc/", "http://www.gs1.org/voc/"];
const TEMPERATURE_IRIS = new Set(GS1_VOCABULARY.map((prefix) => prefix + "Temperature"));

/**
 * Section 2: splits a batch's events into the effective ones and counts the retracted ones.
 * A declaration (an event with an `errorDeclaration` object) retracts every other event with the
 * same `eventID`, wherever it sits.
 * @param {object[]} events
 * @returns {{effective: object[], retracted: number}}
 */
function applyErrorDeclarations(events) {
  const isDeclaration = (event) => isJsonObject(event.errorDeclaration);
  const declaredIds = new Set(events.filter(isDeclaration).map((e) => e.eventID).filter((id) => typeof id === "string"));
  const effective = [];
  let retracted = 0;
  for (const event of events) {
    if (isDeclaration(event)) continue;
    if (typeof event.eventID === "string" && declaredIds.has(event.eventID)) retracted++;
    else effective.push(event);
  }
  return { effective, retracted };
}

/**
 * Sections 3 to 5: the temperature observations of the effective events, duplicates removed.
 * @returns {{points: PointReading[], intervals: IntervalReport[], ignored: number}}
 *   PointReading: {time, celsius: Decimal, device}; IntervalReport: {start, end, min, max, device},
 *   times as returned by parseDateTime.
 */
function readTemperatures(effectiveEvents) {
  const points = new Map();
  const intervals = new Map();
  let ignored = 0;
  for (const event of effectiveEvents) {
    const context = eventContext(event["@context"]);
    for (const element of asArray(event.sensorElementList)) {
      if (!isJsonObject(element)) continue;
      const metadata = isJsonObject(element.sensorMetadata) ? element.sensorMetadata : {};
      for (const report of asArray(element.sensorReport)) {
        if (!isJsonObject(report) || !isTemperature(report.type, context)) continue;
        const observation = readReport(report, metadata, event);
        if (!observation) {
          ignored++;
          continue;
        }
        for (const point of observation.points) points.set(pointKey(point), point);
        if (observation.interval) intervals.set(intervalKey(observation.interval), observation.interval);
      }
    }
  }
  return { points: [...points.values()], intervals: [...intervals.values()], ignored };
}

/** One temperature report, or null when any part of it cannot be used (it is then ignored). */
function readReport(report, metadata, event) {
  const toCelsius = UNIT_CONVERSIONS[report.uom];
  if (typeof report.uom !== "string" || !toCelsius) return null;
  const value = readNumber(report.value);
  const min = readNumber(report.minValue);
  const max = readNumber(report.maxValue);
  if (value === INVALID || min === INVALID || max === INVALID) return null;
  if (value === null && min === null && max === null) return null;
  const device = typeof report.deviceID === "string" ? report.deviceID : typeof metadata.deviceID === "string" ? metadata.deviceID : null;

  let interval = null;
  if ((min !== null || max !== null) && metadata.startTime !== undefined && metadata.endTime !== undefined) {
    const start = parseDateTime(metadata.startTime);
    const end = parseDateTime(metadata.endTime);
    if (!start || !end) return null;
    if (start.instant <= end.instant) {
      interval = { start, end, min: min && toCelsius(min), max: max && toCelsius(max), device };
    }
  }

  const points = [];
  const pointValues = [value, ...(interval ? [] : [min, max])].filter((v) => v !== null);
  if (pointValues.length > 0) {
    // The report's own time, else its element's, else the event's; present but unreadable is
    // not replaced by the next one, since that would move the reading.
    const source = report.time !== undefined ? report.time : metadata.time !== undefined ? metadata.time : event.eventTime;
    const time = parseDateTime(source);
    if (!time) return null;
    for (const v of pointValues) points.push({ time, celsius: toCelsius(v), device });
  }
  return { points, interval };
}

const UNIT_CONVERSIONS = Object.assign(Object.create(null), {
  CEL: (v) => v,
  FAH: (v) => v.minus(Decimal.from(32)).scaleRounded(5, 9, 3),
  KEL: (v) => v.minus(Decimal.from(273.15)).scaleRounded(1, 1, 3),
});

const INVALID = Symbol("invalid number");

/** A report's number: null when absent, INVALID when present but not a usable JSON number. */
function readNumber(value) {
  if (value === undefined || value === null) return null;
  return Decimal.from(value) || INVALID;
}

/**
 * Section 3: the report type names GS1's Temperature as the bare term, `gs1:Temperature`, the full
 * IRI (http/https, with or without www.), or a term or compact IRI that the event's own
 * @context maps to that IRI. `gs1` is protected: an event cannot redefine it.
 */
function isTemperature(type, context, depth = 0) {
  if (typeof type !== "string") return false;
  if (type === "Temperature" || type === "gs1:Temperature" || TEMPERATURE_IRIS.has(type)) return true;
  if (depth >= 4) return false;
  if (context.has(type)) return isTemperature(context.get(type), context, depth + 1);
  const colon = type.indexOf(":");
  if (colon > 0 && !type.startsWith("//", colon + 1)) {
    const prefix = type.slice(0, colon);
    if (prefix !== "gs1" && context.has(prefix)) return isTemperature(context.get(prefix) + type.slice(colon + 1), context, depth + 1);
  }
  return false;
}

/** The event's own @context as term → IRI (string values and {"@id": …} definitions). */
function eventContext(context) {
  const terms = new Map();
  for (const item of Array.isArray(context) ? context : [context]) {
    if (!isJsonObject(item)) continue;
    for (const [term, definition] of Object.entries(item)) {
      if (typeof definition === "string") terms.set(term, definition);
      else if (isJsonObject(definition) && typeof definition["@id"] === "string") terms.set(term, definition["@id"]);
    }
  }
  return terms;
}

function pointKey({ time, celsius, device }) {
  return JSON.stringify([String(time.instant), celsius.toString(), device]);
}

function intervalKey({ start, end, min, max, device }) {
  return JSON.stringify([String(start.instant), String(end.instant), min && min.toString(), max && max.toString(), device]);
}


function asArray(value) {
  return Array.isArray(value) ? value : [];
}

module.exports = { applyErrorDeclarations, readTemperatures, isTemperature, eventContext };
