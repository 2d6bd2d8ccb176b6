// querycast console: how result values look (numbers right-aligned and grouped, dates readable,
// NULL as NULL) and how they are exported (CSV, TSV) with the exact values received.
// `numeric` arrives as a string so no digit is lost; it is formatted from the string itself.
"use strict";

const NUMERIC_TYPES = new Set(["smallint", "integer", "bigint", "numeric", "real", "double precision",
                               "int2", "int4", "int8", "float4", "float8", "decimal", "oid"]);
const DATE_TYPE = /^(date|timestamp|time)/;
const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?$/;

const numberFormats = new Map();
function numberFormat(fractionDigits) {
  if (!numberFormats.has(fractionDigits)) {
    numberFormats.set(fractionDigits, new Intl.NumberFormat(undefined, {
      minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }));
  }
  return numberFormats.get(fractionDigits);
}

// "1234567.50" -> "1,234,567.50" (in the browser's locale), keeping every digit: modern
// Intl.NumberFormat formats decimal strings exactly.
function formatNumber(value) {
  if (typeof value === "number") {
    if (Number.isInteger(value)) return numberFormat(0).format(value);
    return new Intl.NumberFormat(undefined, { maximumFractionDigits: 6 }).format(value);
  }
  const text = String(value);
  if (!DECIMAL_TEXT.test(text)) return text;  // NaN, Infinity
  const fraction = text.includes(".") ? text.split(".")[1].length : 0;
  return numberFormat(Math.min(fraction, 20)).format(text);
}

// Per column: what kind of value it holds, and for dates how fine the values are (a column of
// month starts reads "Mar 2025", of midnights "Mar 1, 2025").
function columnKind(column, rows, index) {
  const type = (column.type || "").toLowerCase();
  const values = rows.map((row) => row[index]).filter((v) => v !== null && v !== undefined);
  if (NUMERIC_TYPES.has(type)) return { kind: "number" };
  if (DATE_TYPE.test(type) && !type.startsWith("time ") && type !== "time") return { kind: "date", ...dateGrain(values, type) };
  if (values.length && values.every((v) => typeof v === "string" && ISO_DATE.test(v)) && /^(text|character|varchar)/.test(type)) {
    return { kind: "date", ...dateGrain(values, type) };  // to_char(...) time buckets
  }
  return { kind: "text" };
}

function dateGrain(values, type) {
  const parts = values.map((v) => ISO_DATE.exec(String(v))).filter(Boolean);
  const withZone = type.includes("with time zone");
  const midnight = parts.every((p) => !p[4] || (p[4] === "00" && p[5] === "00" && (!p[6] || p[6] === "00")));
  // Month buckets: every value a month's first midnight, and more than one month.
  const monthStart = midnight && new Set(parts.map((p) => p[0])).size > 1 && parts.every((p) => !p[3] || p[3] === "01");
  return { grain: monthStart ? "month" : midnight ? "day" : "time", withZone };
}

// A moment (with its zone) or, otherwise, the wall time as written, read as UTC so that no
// browser zone shifts a day or a month bucket.
function parseDate(text, asMoment) {
  const p = ISO_DATE.exec(String(text));
  if (!p) return null;
  if (asMoment && p[8]) return new Date(String(text).replace(" ", "T"));
  return new Date(Date.UTC(+p[1], +p[2] - 1, +(p[3] || 1), +(p[4] || 0), +(p[5] || 0), +(p[6] || 0)));
}

// Spelled out, not dateStyle/timeStyle: those refuse timeZoneName ("Mar 2, 2025, 3:30 PM GMT+1").
const DATE_FORMATS = {
  month: { year: "numeric", month: "short" },
  day: { year: "numeric", month: "short", day: "numeric" },
  time: { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" },
};

function formatDate(value, info) {
  const date = parseDate(value, info.withZone && info.grain === "time");
  if (!date || Number.isNaN(date.getTime())) return String(value);
  const options = { ...DATE_FORMATS[info.grain] };
  // A moment with a zone reads in the browser's zone; wall times and whole days/months as stored.
  if (info.withZone && info.grain === "time") options.timeZoneName = "short";
  else options.timeZone = "UTC";
  try {
    return new Intl.DateTimeFormat(undefined, options).format(date);
  } catch {
    return String(value);  // a value this browser cannot format still shows, as received
  }
}

// What a cell shows, and its class.
function displayValue(value, info) {
  if (value === null || value === undefined) return { text: "NULL", className: "null" };
  if (info.kind === "number" && (typeof value === "number" || DECIMAL_TEXT.test(String(value)))) {
    return { text: formatNumber(value), className: "number" };
  }
  if (typeof value === "number") return { text: formatNumber(value), className: "number" };
  if (info.kind === "date") return { text: formatDate(value, info), className: "date" };
  if (typeof value === "boolean") return { text: String(value), className: "bool" };
  if (typeof value === "object") return { text: JSON.stringify(value), className: "" };
  return { text: String(value), className: "" };
}

// The exact value as received, for export: numbers and numeric strings untouched, NULL empty.
function exportValue(value) {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function toCsv(columns, rows) {
  const quote = (text) => (/[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const lines = [columns.map((c) => quote(c.name)).join(",")];
  for (const row of rows) lines.push(row.map((v) => quote(exportValue(v))).join(","));
  return lines.join("\r\n") + "\r\n";
}

function toTsv(columns, rows) {
  const clean = (text) => text.replace(/[\t\r\n]+/g, " ");
  const lines = [columns.map((c) => clean(c.name)).join("\t")];
  for (const row of rows) lines.push(row.map((v) => clean(exportValue(v))).join("\t"));
  return lines.join("\n") + "\n";
}
