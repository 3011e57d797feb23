// A1 references both ways (column letters ↔ numbers, areas ↔ `A1:B2`) and sheet-name quoting for formulas.

/** 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** "AA" → 27 (case-insensitive; the letters are assumed to be A–Z). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A rectangle of cells, 1-based: its top-left cell and its size. */
export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const A1_AREA = /^\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})(?::\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6}))?$/;

/** The area of `A1` or `A1:B2` on one sheet (`$` anchors ignored, corners in any order); undefined if not A1. */
export function decodeArea(a1: string): Area | undefined {
  const m = A1_AREA.exec(a1.trim());
  if (!m) return undefined;
  const c1 = columnNumber(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

/** decodeArea for ranges the core wrote itself: anything else is a bug, so it throws. */
export function parseArea(a1: string): Area {
  const area = decodeArea(a1);
  if (!area) throw new Error(`not an A1 range on this sheet: "${a1}"`);
  return area;
}

/** The last row and column an area reaches. */
export function areaEnd(a: Area): { row: number; col: number } {
  return { row: a.row + a.rows - 1, col: a.col + a.cols - 1 };
}

/** `A1:B2` for an area (always two corners, so a single cell reads `A1:A1`). */
export function areaA1(a: Area): string {
  const end = areaEnd(a);
  return `${columnLetter(a.col)}${a.row}:${columnLetter(end.col)}${end.row}`;
}

export function cellRef(col: number, row: number, abs = false): string {
  return abs ? `$${columnLetter(col)}$${row}` : `${columnLetter(col)}${row}`;
}

export function rangeRef(col1: number, row1: number, col2: number, row2: number): string {
  return `${cellRef(col1, row1)}:${cellRef(col2, row2)}`;
}

/** `'KPI results'!J5` — quotes always, doubling any apostrophe, so every valid sheet name works. */
export function sheetRef(sheetName: string, ref: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${ref}`;
}

/** A string literal inside a formula. */
export function formulaString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
