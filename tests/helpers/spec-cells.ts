// Finds a described cell by column key and row key (SheetSpec.rowKeys), so tests never index rows by number.
import type { Cell, SheetSpec, WorkbookSpec } from '../../src/core/model/workbook';

export function sheetById(wb: WorkbookSpec, id: string): SheetSpec {
  const sheet = wb.sheets.find((s) => s.id === id);
  if (!sheet) throw new Error(`no sheet "${id}" (sheets: ${wb.sheets.map((s) => s.id).join(', ')})`);
  return sheet;
}

/** 1-based row of a row key. */
export function rowOf(sheet: SheetSpec, rowKey: string): number {
  const n = sheet.rowKeys?.[rowKey];
  if (n === undefined) throw new Error(`sheet "${sheet.id}" has no row "${rowKey}" (rows: ${Object.keys(sheet.rowKeys ?? {}).join(', ')})`);
  return n;
}

/** 1-based column of a column key. */
export function colOf(sheet: SheetSpec, colKey: string): number {
  const i = sheet.columns.findIndex((c) => c.key === colKey);
  if (i < 0) throw new Error(`sheet "${sheet.id}" has no column "${colKey}"`);
  return i + 1;
}

/** The described cell at (column key, row key); rows must be an array (not lazy). */
export function cellAt(sheet: SheetSpec, colKey: string, rowKey: string): Cell | undefined {
  const rows = sheet.rows as readonly (readonly Cell[])[];
  return rows[rowOf(sheet, rowKey) - 1]?.[colOf(sheet, colKey) - 1];
}
