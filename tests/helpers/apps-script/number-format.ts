// What Sheets shows for a value in a number format, with the spreadsheet locale's separators (getDisplayValues).
import type { Scalar } from './cells';

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** `lv_LV` → `lv-LV`: Sheets' locale ids as Intl (CLDR, as Sheets') takes them. */
function intlLocale(locale: string): string {
  return locale.replace('_', '-') || 'en-US';
}

const SEPARATORS = new Map<string, { decimal: string; group: string }>();

/** The locale's decimal mark and thousands separator (lv, lt: `,` and a no-break space; en: `.` and `,`). */
export function separators(locale: string): { decimal: string; group: string } {
  let known = SEPARATORS.get(locale);
  if (!known) {
    const parts = new Intl.NumberFormat(intlLocale(locale)).formatToParts(12345.5);
    known = {
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
    };
    SEPARATORS.set(locale, known);
  }
  return known;
}

/** Index of the `close` that ends a quoted or bracketed span opened at `from` (the end if it is missing). */
function spanEnd(s: string, close: string, from: number): number {
  const end = s.indexOf(close, from + 1);
  return end < 0 ? s.length : end;
}

/** Splits a format into its `;` sections, leaving `;` inside quotes, brackets and after `\` alone. */
function sections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    const span = ch === '"' ? '"' : ch === '[' ? ']' : null;
    if (span) { const end = spanEnd(fmt, span, i); cur += fmt.slice(i, end + 1); i = end; }
    else if (ch === '\\' || ch === '_' || ch === '*') { cur += fmt.slice(i, i + 2); i++; }
    else if (ch === ';') { out.push(cur); cur = ''; }
    else cur += ch;
  }
  out.push(cur);
  return out;
}

type Token = { literal: string } | { code: string };

/** A section as literal texts and format codes; `[…]` colours and conditions drop out. */
function tokens(section: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') { const end = spanEnd(section, '"', i); out.push({ literal: section.slice(i + 1, end) }); i = end; }
    else if (ch === '\\') { out.push({ literal: section[i + 1] ?? '' }); i++; }
    else if (ch === '_') { out.push({ literal: ' ' }); i++; }
    else if (ch === '*') i++;
    else if (ch === '[') i = spanEnd(section, ']', i);
    else if (/[0#?.,%@]/.test(ch)) out.push({ code: ch });
    else if (/[dmyhs]/i.test(ch)) {
      // A run of one date letter is one code: dd, mmm, yyyy.
      let j = i;
      while (section[j + 1]?.toLowerCase() === ch.toLowerCase()) j++;
      out.push({ code: section.slice(i, j + 1).toLowerCase() });
      i = j;
    } else out.push({ literal: ch });
  }
  return out;
}

const isDigitCode = (t: Token) => 'code' in t && /[0#?]/.test(t.code);

/** The digits: placeholders before and after the decimal point, grouping if a `,` sits among them. */
function formatDigits(n: number, codes: string[], locale: string): string {
  const point = codes.indexOf('.');
  const int = point < 0 ? codes : codes.slice(0, point);
  const frac = point < 0 ? [] : codes.slice(point + 1);
  const decimals = frac.filter((c) => /[0#?]/.test(c)).length;
  const minDecimals = frac.filter((c) => c === '0').length;
  const minInt = int.filter((c) => c === '0').length;
  const grouped = int.includes(',') && int.some((c, i) => c === ',' && int.slice(i + 1).some((d) => /[0#?]/.test(d)));
  const fixed = n.toFixed(decimals);
  let [whole, fraction = ''] = fixed.split('.');
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  if (whole === '0' && minInt === 0) whole = '';
  whole = whole.padStart(minInt, '0');
  const sep = separators(locale);
  if (grouped) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep.group);
  return whole + (decimals > 0 && (fraction || point >= 0) ? sep.decimal + fraction : '');
}

function formatDate(serial: number, codes: Token[], locale: string): string {
  const d = new Date(EPOCH + Math.floor(serial) * DAY_MS);
  const time = Math.round((serial - Math.floor(serial)) * 86_400);
  const two = (x: number) => String(x).padStart(2, '0');
  const month = (style: 'short' | 'long') =>
    new Intl.DateTimeFormat(intlLocale(locale), { month: style, timeZone: 'UTC' }).format(d);
  let afterHour = false;
  return codes.map((t) => {
    if ('literal' in t) return t.literal;
    const c = t.code;
    if (c.startsWith('y')) return c.length <= 2 ? two(d.getUTCFullYear() % 100) : String(d.getUTCFullYear());
    if (c.startsWith('d')) return c.length === 1 ? String(d.getUTCDate()) : c.length === 2 ? two(d.getUTCDate()) : '';
    if (c.startsWith('h')) {
      afterHour = true;
      return c.length === 1 ? String(Math.floor(time / 3600)) : two(Math.floor(time / 3600));
    }
    if (c.startsWith('s')) return two(time % 60);
    if (c.startsWith('m') && afterHour) { afterHour = false; return two(Math.floor(time / 60) % 60); }
    const m = d.getUTCMonth() + 1;
    if (c === 'm' || c === 'mm') return c === 'm' ? String(m) : two(m);
    if (c.startsWith('m')) return month(c.length === 3 ? 'short' : 'long');
    return c;
  }).join('');
}

/** A number in one section: literals kept in place, the digits where the first placeholder is. */
function formatNumber(n: number, section: string, locale: string): string {
  const toks = tokens(section);
  if (toks.some((t) => 'code' in t && /^[dmy]/.test(t.code))) return formatDate(n, toks, locale);
  const value = n * 100 ** toks.filter((t) => 'code' in t && t.code === '%').length;
  const digitCodes = toks.flatMap((t) => ('code' in t && /[0#?.,]/.test(t.code) ? [t.code] : []));
  const first = toks.findIndex(isDigitCode);
  let out = '';
  toks.forEach((t, i) => {
    if ('literal' in t) out += t.literal;
    else if (t.code === '%') out += '%';
    else if (i === first) out += formatDigits(value, digitCodes, locale);
  });
  return out;
}

/** Sheets' "Automatic" number: up to 10 decimals, no grouping, the locale's decimal mark. */
function automatic(n: number, locale: string): string {
  const s = String(Number(n.toPrecision(15)) === Math.round(n) ? Math.round(n) : Number(n.toFixed(10)));
  return s.replace('.', separators(locale).decimal);
}

/**
 * The text Sheets shows: sections are positive;negative;zero;text. A negative number in its own section is shown
 * without its sign (the section says how); with one section it gets a minus. Text fills the text section's `@`.
 */
export function displayText(value: Scalar, fmt: string | undefined, locale: string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const parts = fmt && fmt !== 'General' ? sections(fmt) : [];
  if (typeof value === 'string') {
    const text = parts.length === 4 ? parts[3] : parts.find((s) => s.includes('@'));
    if (text === undefined || value.startsWith('#')) return value;
    return tokens(text).map((t) => ('literal' in t ? t.literal : t.code === '@' ? value : '')).join('');
  }
  if (parts.length === 0) return automatic(value, locale);
  if (value < 0 && parts.length >= 2 && parts[1] !== '') return formatNumber(-value, parts[1], locale);
  if (value === 0 && parts.length >= 3 && parts[2] !== '') return formatNumber(0, parts[2], locale);
  const shown = formatNumber(Math.abs(value), parts[0], locale);
  return value < 0 && /[1-9]/.test(shown) ? `-${shown}` : shown;
}
