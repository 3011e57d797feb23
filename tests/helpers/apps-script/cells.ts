// A cell of the stand-in spreadsheet and how Sheets reads what a script writes into it.

export type Scalar = string | number | boolean;

export interface TextStyleData {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
}

export interface ValidationData {
  criteria: 'VALUE_IN_LIST';
  values: string[];
  showDropdown: boolean;
  allowInvalid: boolean;
}

export interface Cell {
  /** The stored value: '' for empty; numbers include dates (serials). A formula's value is calculated on reading. */
  value: Scalar;
  formula: string | null;
  numFmt?: string;
  background?: string | null;
  text?: TextStyleData;
  wrap?: boolean;
  hAlign?: string | null;
  vAlign?: string | null;
  validation?: ValidationData | null;
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

export function isDate(x: unknown): x is Date {
  return Object.prototype.toString.call(x) === '[object Date]';
}

/** Minutes the zone is ahead of UTC at `utcMs`. */
export function zoneOffset(timeZone: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/** A serial day number as the Date Apps Script returns: that day's midnight in the spreadsheet's zone. */
export function serialToDate(serial: number, timeZone: string): Date {
  const wall = EPOCH + serial * DAY_MS;
  return new Date(wall - zoneOffset(timeZone, wall) * 60_000);
}

export function dateToSerial(d: Date, timeZone: string): number {
  const t = d.getTime();
  return (t + zoneOffset(timeZone, t) * 60_000 - EPOCH) / DAY_MS;
}

/** A number format that shows a date (d or y outside quoted text, no digit placeholders). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  return /[dy]/i.test(bare) && !/[0#]/.test(bare);
}

/**
 * Sheets keeps formulas in one canonical form; like getFormulas in an English-locale sheet, the stand-in answers
 * with commas. A formula written with `,` between arguments is refused: Sheets in Latvian or Lithuanian reads
 * that comma as a decimal mark, while `;` (what src/render/sheets/formula-text.ts writes) works in every locale.
 */
export function canonicalFormula(f: string): string {
  let out = '';
  let quote: string | null = null;
  let braces = 0;
  for (let i = 0; i < f.length; i++) {
    const ch = f[i];
    if (quote) {
      out += ch;
      if (ch === quote) { if (f[i + 1] === quote) out += f[++i]; else quote = null; }
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{') braces++;
    else if (ch === '}') braces = Math.max(0, braces - 1);
    else if (ch === ',' && braces === 0) {
      throw new Error(`Exception: formula written with ',' between arguments (a decimal mark in lv/lt Sheets): ${f}`);
    }
    out += ch === ';' && braces === 0 ? ',' : ch;
  }
  return out;
}

/**
 * What Sheets makes of a string a script writes with setValues (or a non-formula in setFormulas): like typing
 * it. A leading apostrophe forces text and is dropped; '=' is a formula; '+'/'-' start formulas too unless a
 * number follows; numbers, percentages, ISO dates and TRUE/FALSE are parsed. This is why text needs the
 * apostrophe, and a stand-in that parsed nothing would hide a missing one.
 */
export function userEntered(s: string): { value: Scalar; formula: string | null; numFmt?: string } {
  if (s.startsWith("'")) return { value: s.slice(1), formula: null };
  if (s.length > 1 && s.startsWith('=')) return { value: '', formula: canonicalFormula(s) };
  const t = s.trim();
  const num = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?(%?)$/i.exec(t);
  if (num) return { value: num[4] ? Number(t.slice(0, -1)) / 100 : Number(t), formula: null, ...(num[4] ? { numFmt: '0%' } : {}) };
  if (/^[+-]./.test(t)) return { value: '', formula: `=${t}` };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return { value: (Date.UTC(+iso[1], +iso[2] - 1, +iso[3]) - EPOCH) / DAY_MS, formula: null, numFmt: 'yyyy-mm-dd' };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true', formula: null };
  return { value: s, formula: null };
}
