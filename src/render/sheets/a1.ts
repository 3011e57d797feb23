// Reads A1 ranges of the workbook description ("H5:H120", "A1") into row/column numbers.
import { columnLetter } from '../../core/sheets/a1';

export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1-based area of an A1 range on the same sheet; `$` anchors are ignored. Throws on anything else. */
export function parseArea(a1: string): Area {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(a1.trim());
  if (!m) throw new Error(`not an A1 range on this sheet: "${a1}"`);
  const c1 = columnNumber(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

/** The last row and column an area reaches. */
export function areaEnd(a: Area): { row: number; col: number } {
  return { row: a.row + a.rows - 1, col: a.col + a.cols - 1 };
}


export function areaA1(a: Area): string {
  return `${columnLetter(a.col)}${a.row}:${columnLetter(a.col + a.cols - 1)}${a.row + a.rows - 1}`;
}
