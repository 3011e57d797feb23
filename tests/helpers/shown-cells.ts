// Finds a cell of LibreOffice's "as shown" export by column key and row key of the sheet's description.
import type { SheetSpec } from '../../src/core/model/workbook';
import { colOf, rowOf } from './spec-cells';

/** The text LibreOffice showed at (column key, row key); '' for an empty cell. */
export function shownAt(rows: string[][], sheet: SheetSpec, colKey: string, rowKey: string): string {
  return rows[rowOf(sheet, rowKey) - 1]?.[colOf(sheet, colKey) - 1] ?? '';
}

/** Shown texts of one column over a run of keyed rows. */
export function shownColumn(rows: string[][], sheet: SheetSpec, colKey: string, rowKeys: string[]): string[] {
  return rowKeys.map((k) => shownAt(rows, sheet, colKey, k));
}
