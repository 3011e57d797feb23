// Makes any text safe to store in a cell: XML-legal characters only, within Excel's 32,767 limit.

/** Excel's limit for one cell's text; longer strings make Excel refuse the file. */
export const MAX_CELL_TEXT = 32_767;

// Characters XML 1.0 cannot hold. With the `u` flag a surrogate range matches only *lone*
// surrogates (valid pairs are read as one code point), which UTF-8 cannot encode either.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;
const XML_INVALID_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Drops characters XML cannot hold and cuts to `max`, never splitting a surrogate pair. */
export function safeText(text: string, max = MAX_CELL_TEXT): string {
  // The fast path matters: GA4 sheets send hundreds of thousands of clean strings through here.
  let out = XML_INVALID.test(text) ? text.replace(XML_INVALID_ALL, '') : text;
  if (out.length > max) {
    out = out.slice(0, max);
    const last = out.charCodeAt(max - 1);
    if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, max - 1);
  }
  return out;
}

/** A text cell: always text, never a formula, whatever it starts with. */
export function text(s: string, style?: import('../model/workbook').CellStyle) {
  return style ? { text: safeText(s), style } : { text: safeText(s) };
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/g;

/**
 * A tab name that ends in `suffix` (a period: " 2026-spring") whatever the label's length: the label is cut, not
 * the period, so two periods' tabs never share a name (Lithuanian labels are long).
 */
export function suffixedName(label: string, suffix: string): string {
  return suffix ? `${label.slice(0, Math.max(1, 31 - suffix.length)).trimEnd()}${suffix}` : label;
}

/** A period's tab names (year plan, round review): each label with the period's suffix, unique among them. */
export function periodTabNames<K extends string>(tabLabels: Record<K, string>, suffix: string): Record<K, string> {
  const taken = new Set<string>();
  const entries = Object.entries<string>(tabLabels)
    .map(([id, label]) => [id, sheetName(suffixedName(label, suffix), taken)]);
  return Object.fromEntries(entries) as Record<K, string>;
}

/** A valid, unique tab name: ≤ 31 characters, none of []:*?/\, no edge apostrophes. */
export function sheetName(wanted: string, taken: Set<string>): string {
  let base = safeText(wanted).replace(INVALID_SHEET_CHARS, ' ').replace(/\s+/g, ' ').trim()
    .replace(/^'+|'+$/g, '');
  if (!base) base = 'Sheet';
  base = base.slice(0, 31).trim();
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}
