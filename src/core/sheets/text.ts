// Makes any text safe to store in a cell: XML-legal characters only, within Excel's 32,767 limit.

export const MAX_CELL_TEXT = 32_767;

// Control characters XML 1.0 cannot hold, lone surrogates, and the two non-characters U+FFFE/U+FFFF.
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function safeText(s: string): string {
  const clean = s.replace(XML_ILLEGAL, '');
  if (clean.length <= MAX_CELL_TEXT) return clean;
  // Never cut a surrogate pair in half.
  const cut = clean.slice(0, MAX_CELL_TEXT);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** A text cell: always text, never a formula, whatever it starts with. */
export function text(s: string, style?: import('../model/workbook').CellStyle) {
  return style ? { text: safeText(s), style } : { text: safeText(s) };
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/g;

/** A valid, unique tab name: ≤ 31 characters, none of []:*?/\, no edge apostrophes. */
export function sheetName(wanted: string, taken: Set<string>): string {
  let base = safeText(wanted).replace(INVALID_SHEET_CHARS, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '');
  if (!base) base = 'Sheet';
  base = base.slice(0, 31).trim();
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}
