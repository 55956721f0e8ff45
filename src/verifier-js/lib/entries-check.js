// The `entries` check (docs/SPEC.md section 7): every entry's event is a JSON object, its GTIN
// and lot are well-formed, the indices are distinct and below anchor.size, and at least one entry
// is of the tagged batch. It also checks that `declaredAt` restates the event's own declaration
// time (the leaf does not commit to it, so a wrong one could only mislead a reader).
"use strict";

const { parseStrictJson, isJsonObject } = require("./strict-json");
const { gtinProblem, lotProblem, transformationInputs } = require("./gs1");
const { parseDateTime } = require("./time");

/**
 * @param {object} bundle a bundle that passed the format check
 * @returns {{status: "pass"|"fail", reason: string, events: Map<number, object>, warnings: string[]}}
 *   events: entry position in bundle.entries → parsed event (numbers exact), for every event that parsed
 */
function checkEntries(bundle) {
  const { entries, anchor, batch } = bundle;
  const events = new Map();
  const warnings = [];
  const problems = [];
  const seenIndices = new Map();
  entries.forEach((entry, position) => {
    const where = `entries[${position}] (index ${entry.index})`;
    const identity = gtinProblem(entry.gtin) || lotProblem(entry.lot);
    if (identity) problems.push(`${where}: ${identity}`);
    if (seenIndices.has(entry.index)) problems.push(`${where}: index ${entry.index} is disclosed twice (also entries[${seenIndices.get(entry.index)}])`);
    seenIndices.set(entry.index, position);
    if (entry.index >= anchor.size) problems.push(`${where}: index ${entry.index} is not below anchor.size ${anchor.size}`);
    let event;
    try {
      event = parseStrictJson(entry.event, { exactNumbers: true });
    } catch (error) {
      problems.push(`${where}: event is not JSON: ${error.message}`);
      return;
    }
    if (!isJsonObject(event)) {
      problems.push(`${where}: event is not a JSON object`);
      return;
    }
    events.set(position, event);
    const declaration = declarationProblem(entry, event);
    if (declaration) problems.push(`${where}: ${declaration}`);
  });

  const isTagged = (entry) => entry.gtin === batch.gtin && entry.lot === batch.lot;
  const tagged = entries.filter(isTagged).length;
  if (tagged === 0) problems.push(`no entry is of the tagged batch (01)${batch.gtin}(10)${batch.lot}`);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
    return { status: "fail", reason: problems[0] + more, events, warnings, problems };
  }

  warnings.push(...unlinkedInputWarnings(entries, events, isTagged));
  const others = entries.length - tagged;
  return {
    status: "pass",
    reason: `${entries.length} entries, ${tagged} of the tagged batch` + (others ? ` and ${others} of input lots` : ""),
    events,
    warnings,
  };
}

/** declaredAt must be the event's errorDeclaration.declarationTime (same instant), else null. */
function declarationProblem(entry, event) {
  const declaration = event.errorDeclaration;
  const isDeclaration = isJsonObject(declaration);
  if (!isDeclaration) return entry.declaredAt === null ? null : `declaredAt is ${entry.declaredAt} but the event is no error declaration`;
  const declared = parseDateTime(declaration.declarationTime);
  const claimed = parseDateTime(entry.declaredAt);
  if (!claimed) return "the event is an error declaration but declaredAt is null";
  if (!declared || declared.instant !== claimed.instant) {
    return `declaredAt ${entry.declaredAt} is not the event's declarationTime ${JSON.stringify(declaration.declarationTime)}`;
  }
  return null;
}

/**
 * Section 5 discloses other lots only as inputs that a TransformationEvent of the batch names.
 * Any other entry is not evidence against the batch, but a reader should know it is there.
 */
function unlinkedInputWarnings(entries, events, isTagged) {
  const named = new Set();
  entries.forEach((entry, position) => {
    const event = events.get(position);
    if (isTagged(entry) && event && event.type === "TransformationEvent") {
      for (const input of transformationInputs(event)) named.add(`${input.gtin}|${input.lot}`);
    }
  });
  const warned = new Set();
  const warnings = [];
  for (const entry of entries) {
    const key = `${entry.gtin}|${entry.lot}`;
    if (isTagged(entry) || named.has(key) || warned.has(key)) continue;
    warned.add(key);
    warnings.push(`entries of (01)${entry.gtin}(10)${entry.lot} are disclosed, but no TransformationEvent of the batch names that lot as an input`);
  }
  return warnings;
}

module.exports = { checkEntries };
