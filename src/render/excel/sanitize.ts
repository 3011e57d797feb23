// Guards between the description and exceljs 4.4, which writes whatever it is given (see issue 2).

// The text guard is the core's own: one definition of what a cell may hold.
import { dateSerial } from '../../core/dates';
import { safeText } from '../../core/sheets/text';

export { MAX_CELL_TEXT, safeText } from '../../core/sheets/text';

/** NaN and ±Infinity would be written literally and make readers reject the file: blank instead. */
export function safeNumber(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}

/**
 * Excel serial day number for an ISO date, or null when the date is not real or is before 1900
 * (Excel cannot show it): the core's serial, with Excel's 1900 leap-year quirk.
 */
export function isoDateToSerial(iso: string): number | null {
  const serial = dateSerial(iso);
  if (serial === null) return null;
  // Excel counts the fictional 1900-02-29 (serial 60); dates before it are one lower there than in Sheets.
  return serial < 61 ? serial - 1 : serial;
}

/** Date from an ISO date for document properties (midnight UTC); throws when it is not a real date. */
export function isoDateToUtc(iso: string, field: string): Date {
  const serial = isoDateToSerial(iso);
  if (serial === null) throw new Error(`Workbook property ${field} must be a date YYYY-MM-DD from 1900 on, got `
    + `"${iso}"`);
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

const HEX_COLOR = /^#?([0-9a-fA-F]{6})$/;

/** `#RRGGBB` → exceljs ARGB (opaque); a malformed colour is a description bug, so say which. */
export function toArgb(color: string, where: string): string {
  const m = HEX_COLOR.exec(color);
  if (!m) throw new Error(`${where}: colour must be #RRGGBB, got "${color}"`);
  return `FF${m[1].toUpperCase()}`;
}

const NAME_FORBIDDEN = /[[\]:*?/\\]/;

/**
 * Checks every tab name the way Excel does. The core promises valid names; this guard turns a
 * broken promise into a clear error before any byte is written (the streaming writer checks nothing).
 */
export function checkSheetNames(names: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const name of names) {
    const problem =
      typeof name !== 'string' || name.trim() === '' ? 'it is blank'
      : name.length > 31 ? `it has ${name.length} characters (at most 31)`
      : NAME_FORBIDDEN.test(name) ? 'it contains one of [ ] : * ? / \\'
      : name.startsWith("'") || name.endsWith("'") ? 'it starts or ends with an apostrophe'
      : safeText(name) !== name ? 'it contains a control or invalid character'
      : name.toLowerCase() === 'history' ? '"History" is reserved by Excel'
      : seen.has(name.toLowerCase()) ? `it repeats the sheet name "${seen.get(name.toLowerCase())}" (names are `
        + `compared ignoring case)`
      : '';
    if (problem) throw new Error(`Invalid sheet name ${JSON.stringify(name)}: ${problem}`);
    seen.set(name.toLowerCase(), name);
  }
}
