// The batch's history as a page shows it: the verified entries, parsed, in time order, with what
// happened (type, action, bizStep, disposition), when and where (readPoint, bizLocation).
"use strict";

const { isJsonObject } = require("./strict-json");
const { parseDateTime } = require("./time");

/**
 * @param {object} bundle
 * @param {Map<number, object>} events parsed events by position in bundle.entries
 * @param {Set<number>} verified positions whose inclusion proof verified
 * @returns {object[]} one item per verified entry, sorted by eventTime (then index)
 */
function buildTimeline(bundle, events, verified) {
  const declaredIds = new Set();
  for (const event of events.values()) {
    if (isJsonObject(event.errorDeclaration) && typeof event.eventID === "string") declaredIds.add(event.eventID);
  }
  const items = [];
  bundle.entries.forEach((entry, position) => {
    const event = events.get(position);
    if (!event || !verified.has(position)) return;
    const isDeclaration = isJsonObject(event.errorDeclaration);
    const time = parseDateTime(event.eventTime);
    items.push({
      index: entry.index,
      gtin: entry.gtin,
      lot: entry.lot,
      ofTaggedBatch: entry.gtin === bundle.batch.gtin && entry.lot === bundle.batch.lot,
      type: text(event.type),
      action: text(event.action),
      bizStep: text(event.bizStep),
      disposition: text(event.disposition),
      time: text(event.eventTime),
      timeZoneOffset: text(event.eventTimeZoneOffset),
      place: {
        readPoint: isJsonObject(event.readPoint) ? text(event.readPoint.id) : null,
        bizLocation: isJsonObject(event.bizLocation) ? text(event.bizLocation.id) : null,
      },
      eventID: text(event.eventID),
      eventHashId: entry.eventHashId,
      errorDeclaration: isDeclaration ? { declarationTime: text(event.errorDeclaration.declarationTime), reason: text(event.errorDeclaration.reason) } : null,
      retracted: !isDeclaration && typeof event.eventID === "string" && declaredIds.has(event.eventID),
      sortKey: time ? time.instant : null,
    });
  });
  items.sort((a, b) => {
    if (a.sortKey === null || b.sortKey === null) return (a.sortKey === null) - (b.sortKey === null) || a.index - b.index;
    return a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.index - b.index;
  });
  return items.map(({ sortKey, ...item }) => item);
}

function text(value) {
  return typeof value === "string" ? value : null;
}


module.exports = { buildTimeline };
