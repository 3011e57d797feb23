// Numbers as people and Baltic Excel write them in CSV: decimal comma or point, grouped digits, %, €.
//
// The rule for `1,234` (comma or point once, then exactly three digits) is decided per FILE, not
// per value, because only the file says which separator is the decimal one:
//   1. A value that proves its decimal separator decides for the whole file: both separators
//      (`1.234,5` → comma), one separator followed by other than three digits (`1,5`, `0.25`),
//      a leading zero or nothing before it (`0,250`, `,5`), or a separator used twice, which must
//      be grouping (`1.234.567` → the other one is decimal).
//   2. If no value proves anything, or values prove both, the delimiter decides: a `;` file uses
//      decimal comma (what Excel writes in LV and LT), a `,` file uses decimal point.
// Then every value is read with that decimal separator; the other one may only group digits in
// threes, so a value that contradicts the file (`2.5` in a decimal-comma file) is an error, never
// a silent thousand-fold mistake. Spaces (also U+00A0, U+202F, U+2009) and apostrophes group too.
import { InputError, showValue } from '../errors';

export type DecimalSeparator = ',' | '.';

/** Beyond this no KPI figure is real, and doubles stop holding every whole number exactly. */
export const MAX_NUMBER = 1e15;

export interface DecimalChoice {
  decimal: DecimalSeparator;
  /** Why, for error messages: "the ';' delimiter" or 'values such as "1,5"'. */
  reason: string;
}

export interface NumberParts {
  /** The number as written, ignoring any `%`. */
  value: number;
  /** value / 100, rounded once (what "12,5%" means: 0.125). */
  hundredth: number;
  percent: boolean;
  euro: boolean;
}

const SPACES = /[\s\u00a0\u202f\u2009]/;
const APOSTROPHES = /['\u2019]/;
const MINUS = /^[-\u2212\u2012\u2013+]/;

/** Which decimal separator a single value proves, or null if it proves none. */
export function decimalHint(raw: string): DecimalSeparator | null {
  const marks = raw.replace(/[eE][-+\u2212]?\d+\s*$/, '').replace(/[^0-9.,]/g, '');
  const commas = marks.split(',').length - 1;
  const points = marks.split('.').length - 1;
  if (commas && points) return marks.lastIndexOf(',') > marks.lastIndexOf('.') ? ',' : '.';
  if (commas + points === 0) return null;
  const mark: DecimalSeparator = commas ? ',' : '.';
  const other: DecimalSeparator = commas ? '.' : ',';
  if (commas + points > 1) return other;
  const [before, after] = marks.split(mark);
  if (after.length !== 3 || before === '' || /^0+$/.test(before)) return mark;
  return null;
}

/** Decides a file's decimal separator from its delimiter and its number cells (see the rule above). */
export function chooseDecimal(values: Iterable<string>, delimiter: ',' | ';'): DecimalChoice {
  const proof: Partial<Record<DecimalSeparator, string>> = {};
  for (const v of values) {
    const hint = decimalHint(v);
    if (hint && proof[hint] === undefined) proof[hint] = v.trim();
  }
  const proven = (Object.keys(proof) as DecimalSeparator[]);
  if (proven.length === 1) {
    const d = proven[0];
    return { decimal: d, reason: `values such as ${showValue(proof[d])}` };
  }
  return { decimal: delimiter === ';' ? ',' : '.', reason: `the '${delimiter}' delimiter` };
}

function describe(decimal: DecimalSeparator): string {
  return decimal === ','
    ? 'a number with decimal comma such as 1234,5 or 1 234,50 (also 12,5% or 99,90 €)'
    : 'a number with decimal point such as 1234.5 or 1,234.50 (also 12.5% or 99.90 €)';
}

/** Strips %, € / EUR and the sign; returns what is left to be digits, or an error text. */
function strip(raw: string): { body: string; negative: boolean; percent: boolean; euro: boolean } {
  let s = raw.trim();
  let percent = false;
  let euro = false;
  if (s.endsWith('%')) { percent = true; s = s.slice(0, -1).trim(); }
  if (s.endsWith('€')) { euro = true; s = s.slice(0, -1).trim(); }
  else if (/eur$/i.test(s)) { euro = true; s = s.slice(0, -3).trim(); }
  if (!euro && s.startsWith('€')) { euro = true; s = s.slice(1).trim(); }
  let negative = false;
  const sign = MINUS.exec(s);
  if (sign) { negative = sign[0] !== '+'; s = s.slice(1).trim(); }
  if (!euro && s.startsWith('€')) { euro = true; s = s.slice(1).trim(); }
  return { body: s, negative, percent, euro };
}

/** Digits of the integer part with one kind of grouping mark, in groups of three. */
function ungroup(int: string, group: DecimalSeparator): string | null {
  if (/^\d*$/.test(int)) return int;
  const marks = new Set([...int.replace(/\d/g, '')].map((c) => (SPACES.test(c) ? ' ' : APOSTROPHES.test(c) ? "'" : c)));
  if (marks.size !== 1) return null;
  const mark = [...marks][0];
  if (mark !== ' ' && mark !== "'" && mark !== group) return null;
  const parts = int.split(/[^\d]/);
  if (!/^\d{1,3}$/.test(parts[0]) || !parts.slice(1).every((p) => /^\d{3}$/.test(p))) return null;
  return parts.join('');
}

/**
 * Reads one value with a known decimal separator. "" (or only spaces) → null. Throws an
 * InputError (without a location: the caller adds file:line:column) saying what was expected.
 */
export function parseNumberParts(raw: string, decimal: DecimalSeparator): NumberParts | null {
  if (raw.trim() === '') return null;
  const fail = (): never => { throw new InputError(`expected ${describe(decimal)}`); };
  const { body, negative, percent, euro } = strip(raw);
  if (percent && euro) throw new InputError('a value can be a percent or an amount in euros, not both');
  const exp = /[eE]([-+\u2212]?\d+)$/.exec(body);
  const mantissa = exp ? body.slice(0, exp.index) : body;
  const pieces = mantissa.split(decimal);
  if (pieces.length > 2) fail();
  const [intRaw, frac = ''] = pieces;
  if (pieces.length === 2 && !/^\d+$/.test(frac)) fail();
  const int = ungroup(intRaw, decimal === ',' ? '.' : ',');
  if (int === null || int + frac === '') fail();
  // Build the canonical text and let Number() round once: 14,2 → "14.2e-2" is exactly 0.142,
  // where 14.2 / 100 would be 0.14200000000000002.
  const power = exp ? Number(exp[1].replace('\u2212', '-')) : 0;
  const digits = `${negative ? '-' : ''}${int || '0'}.${frac || '0'}e`;
  const value = Number(digits + power);
  if (!Number.isFinite(value) || Math.abs(value) > MAX_NUMBER)
    throw new InputError('the number is too large: figures may be at most 1 000 000 000 000 000 (10^15)');
  return { value, hundredth: Number(digits + (power - 2)), percent, euro };
}

/** Like parseNumberParts, with `%` applied: "12,5%" → 0.125. */
export function parseNumber(raw: string, decimal: DecimalSeparator): number | null {
  const parts = parseNumberParts(raw, decimal);
  if (!parts) return null;
  return parts.percent ? parts.hundredth : parts.value;
}
