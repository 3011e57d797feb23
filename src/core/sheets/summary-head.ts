// The Summary's columns and head rows, shared with context.ts: the workbook's one "as of" cell lives in that head.
import type { Cell } from '../model/workbook';
import { sheetRef } from './a1';
import { SheetLayout } from './sheet-layout';

/** `gap` is a narrow spacer so the labels' text never touches the numbers right-aligned next to it. */
export const SUMMARY_COLUMNS = ['label', 'gap', 'due', 'actual', 'shortfall', 'status', 'pos'] as const;
export type SummaryColumn = (typeof SUMMARY_COLUMNS)[number];

/** The head rows in order; `asOf` holds the clock every time formula reads. */
export const SUMMARY_HEAD = ['title', 'asOf', 'created', 'process', 'month', 'goal'] as const;
export type SummaryHeadRow = (typeof SUMMARY_HEAD)[number];

/** The value column of the head rows. */
export const HEAD_VALUE: SummaryColumn = 'due';

/** A layout with the head rows' keys in place (cells filled by the caller through `fill`). */
export function summaryHeadLayout(fill: (row: SummaryHeadRow) => Partial<Record<SummaryColumn, Cell>> = () => ({})) {
  const layout = new SheetLayout(SUMMARY_COLUMNS);
  for (const row of SUMMARY_HEAD) layout.add(fill(row), row);
  return layout;
}

/** `'Summary'!$C$2`: the as-of cell, absolute, for any sheet's formulas. */
export function asOfCellRef(summarySheetName: string): string {
  return sheetRef(summarySheetName, summaryHeadLayout().cell(HEAD_VALUE, 'asOf', true));
}
