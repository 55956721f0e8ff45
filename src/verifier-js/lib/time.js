// Times and durations as the cold-chain method and the bundle use them: RFC 3339 date-times with a
// zone (an instant in nanoseconds, keeping the offset for display) and ISO 8601 durations.
// Written out by hand because Date.parse accepts zone-less times (read in the machine's zone)
// and keeps only milliseconds; the method must not depend on either.
"use strict";

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
const NS_PER_SECOND = 1_000_000_000n;
const NS_PER_MINUTE = 60n * NS_PER_SECOND;

/**
 * Reads an RFC 3339 date-time with `Z` or a numeric offset. A leap second (:60), a zone-less time
 * or an impossible date gives null.
 * @param {*} text
 * @returns {{instant: bigint, offsetMinutes: number, text: string} | null} instant: ns since 1970 UTC
 */
function parseDateTime(text) {
  if (typeof text !== "string") return null;
  const m = RFC3339.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  if (!m[8]) {
    const offsetHours = Number(m[10]);
    const offsetMins = Number(m[11]);
    if (offsetHours > 23 || offsetMins > 59) return null;
    offsetMinutes = (m[9] === "-" ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  // Digits beyond nanoseconds are dropped: no clock reports them.
  const fraction = BigInt(((m[7] || "") + "000000000").slice(0, 9));
  const localSeconds = BigInt(daysFromCivil(year, month, day)) * 86400n + BigInt(hour * 3600 + minute * 60 + second);
  const instant = localSeconds * NS_PER_SECOND + fraction - BigInt(offsetMinutes) * NS_PER_MINUTE;
  return { instant, offsetMinutes, text };
}

/** Formats an instant in the given offset: 2026-05-10T10:15:00+08:00 (fractions only when present). */
function formatDateTime(instant, offsetMinutes) {
  const local = instant + BigInt(offsetMinutes) * NS_PER_MINUTE;
  let seconds = local / NS_PER_SECOND;
  let fraction = local % NS_PER_SECOND;
  if (fraction < 0n) {
    fraction += NS_PER_SECOND;
    seconds -= 1n;
  }
  let days = seconds / 86400n;
  let secondOfDay = seconds % 86400n;
  if (secondOfDay < 0n) {
    secondOfDay += 86400n;
    days -= 1n;
  }
  const { year, month, day } = civilFromDays(Number(days));
  const s = Number(secondOfDay);
  const pad = (n, w = 2) => String(n).padStart(w, "0");
  const frac = fraction === 0n ? "" : "." + String(fraction).padStart(9, "0").replace(/0+$/, "");
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return (
    `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}` +
    `${frac}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:[.,](\d+))?S)?)?$/;

/**
 * Reads an ISO 8601 duration without years or months (their length varies): PT1H30M, P1DT2H,
 * PT0.5S, PT0S. A day is 24 hours, as in .NET's TimeSpan.
 * @returns {bigint | null} nanoseconds
 */
function parseDuration(text) {
  if (typeof text !== "string") return null;
  const m = DURATION.exec(text);
  if (!m || text === "P" || text.endsWith("T")) return null;
  const [weeks, days, hours, minutes, seconds] = m.slice(1, 6).map((v) => BigInt(v || "0"));
  const fraction = BigInt(((m[6] || "") + "000000000").slice(0, 9));
  return ((((weeks * 7n + days) * 24n + hours) * 60n + minutes) * 60n + seconds) * NS_PER_SECOND + fraction;
}

/** Formats nanoseconds as an ISO 8601 duration: PT0S, PT45M, PT6H45M, P1DT2H, PT0.5S. */
function formatDuration(ns) {
  if (ns === 0n) return "PT0S";
  const days = ns / (86400n * NS_PER_SECOND);
  let rest = ns % (86400n * NS_PER_SECOND);
  const hours = rest / (3600n * NS_PER_SECOND);
  rest %= 3600n * NS_PER_SECOND;
  const minutes = rest / NS_PER_MINUTE;
  rest %= NS_PER_MINUTE;
  const seconds = rest / NS_PER_SECOND;
  const fraction = rest % NS_PER_SECOND;
  let time = "";
  if (hours) time += `${hours}H`;
  if (minutes) time += `${minutes}M`;
  if (seconds || fraction) {
    time += String(seconds) + (fraction ? "." + String(fraction).padStart(9, "0").replace(/0+$/, "") : "") + "S";
  }
  return `P${days ? `${days}D` : ""}${time ? `T${time}` : ""}`;
}

function isLeapYear(year) {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year, month) {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

// Howard Hinnant's days_from_civil and civil_from_days: proleptic Gregorian, day 0 = 1970-01-01.
function daysFromCivil(y, m, d) {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z) {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp + (mp < 10 ? 3 : -9);
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Seconds since 1970 as an RFC 3339 UTC time, for messages. */
function formatUnixSeconds(seconds) {
  return formatDateTime(BigInt(seconds) * NS_PER_SECOND, 0).replace(/\+00:00$/, "Z");
}

module.exports = { parseDateTime, formatDateTime, parseDuration, formatDuration, formatUnixSeconds };
