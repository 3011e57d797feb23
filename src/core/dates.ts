// ISO dates and months: the one check behind every validator (CLI flags, add-on schemas, CSV readers, the core)
// and the one serial day number both renderers write.

/** Spreadsheets cannot show a date before 1900, so nothing earlier is accepted anywhere. */
export const FIRST_YEAR = 1900;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_ID = /^(\d{4})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** Day 0 of the serial count Sheets and LibreOffice use (and Excel from 1900-03-01 on). */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real calendar date from 1900 on: 2026-02-30 and 2026-13-01 are not. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  return year >= FIRST_YEAR && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Exactly `YYYY-MM-DD` and a real date from 1900 on. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Exactly `YYYY-MM`, month 01–12, from 1900 on. */
export function isMonthId(text: string): boolean {
  const m = MONTH_ID.exec(text);
  return m !== null && Number(m[1]) >= FIRST_YEAR && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/**
 * The serial day number of an ISO date (1899-12-30 is day 0, so 1900-03-01 is 61 and 2026-11-20 is 46346),
 * or null when the text is not a real date from 1900 on. Excel alone counts a fictional 1900-02-29, so its
 * renderer shifts the two months before it (see render/excel/sanitize.ts); every other date is the same.
 */
export function dateSerial(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
  return Math.round((Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - SERIAL_EPOCH_MS) / DAY_MS);
}
