// A1 references and sheet-name quoting for formulas.

/** 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
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
