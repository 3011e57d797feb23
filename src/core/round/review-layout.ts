// The round review's columns (one target and one actual per month of the round) and the references other parts
// (the missed list, the charts, the director's form) take from it: nobody else knows its letters or rows.
import type { KpiPeriodResult } from '../periods';
import { sheetRef } from '../sheets/a1';
import type { KpiColumn, KpiRefs } from '../sheets/kpi-results';
import { SheetLayout } from '../sheets/sheet-layout';

export const TAIL = ['roundTarget', 'roundActual', 'achieved', 'status', 'best', 'worst', 'trend'] as const;
export type TailColumn = (typeof TAIL)[number];

/** Twelve month columns and the round's figures print on A4 landscape at 8 pt (tests/render-excel/print-setup). */
export const WIDTH: Record<string, number> = {
  kpi: 18, rule: 12, roundTarget: 9.5, roundActual: 9.5, achieved: 10, status: 13, best: 11, worst: 12, trend: 11,
};
/** A figure such as "123,456" on one line; the short month title ("Sept. 2025") wraps under it in the header. */
export const MONTH_WIDTH = 7;

export const monthCol = (block: 't' | 'a' | 'p', i: number) => `${block}${i + 1}`;
export const kpiRowKey = (id: string) => `kpi:${id}`;

/** Visible: KPI, rule, targets by month, actuals by month, the round's figures. Hidden helpers after them. */
export function reviewColumns(months: number): string[] {
  const block = (b: 't' | 'a' | 'p') => Array.from({ length: months }, (_, i) => monthCol(b, i));
  return [
    'kpi', 'rule', ...block('t'), ...block('a'), ...TAIL,
    'key', ...block('p'), 'slope', 'rank', 'targetText', 'actualText', 'actions', 'pos',
  ];
}

export const HIDDEN_FROM = 'key';

/** Where the round review put things, for the list, the charts and the form. */
export interface ReviewRefs {
  lay: SheetLayout;
  months: number;
  /** The first and last KPI row keys. */
  first: string;
  last: string;
  /** The head's value cells, absolute on this sheet. */
  head: { asOf: string; over: string; tolerance: string };
  /** A row's months of one block (`t` targets, `a` actuals): `$D$9:$I$9`, and its first cell. */
  months_(block: 't' | 'a' | 'p', rowKey: string): { range: string; first: string };
  /** KpiRefs over this sheet, so the monthly lists' slot formulas (kpi-lists.ts) serve the round list too. */
  kpiRefs: KpiRefs;
  /** `'Round review'!$X$n`: a KPI row's cell, for the director's form. */
  cell(col: string, kpiId: string): string;
}

/** The KPI sheet's column names the slot formulas ask for, mapped onto the round review's columns. */
const AS_KPI: Partial<Record<KpiColumn, string>> = {
  kpi: 'kpi', status: 'status', achieved: 'achieved', rank: 'rank', dueText: 'targetText',
  actualText: 'actualText', target: 'roundTarget', actual: 'roundActual', comment: 'actions',
};

export function reviewRefs(
  lay: SheetLayout, name: string, months: number, results: KpiPeriodResult[], head: ReviewRefs['head'],
): ReviewRefs {
  const first = kpiRowKey(results[0].kpi.id), last = kpiRowKey(results[results.length - 1].kpi.id);
  const mapped = (col: KpiColumn) => {
    const c = AS_KPI[col];
    if (!c) throw new Error(`the round review has no column for "${col}"`);
    return c;
  };
  return {
    lay, months, first, last, head,
    months_(block, rowKey) {
      const [a, b] = [monthCol(block, 0), monthCol(block, months - 1)];
      return { range: lay.area(a, rowKey, b, rowKey, true), first: lay.cell(a, rowKey, true) };
    },
    kpiRefs: {
      cell: (col, id) => sheetRef(name, lay.cell(mapped(col), kpiRowKey(id), true)),
      range: (col) => lay.span(mapped(col), first, last),
      head: (row) => {
        if (row === 'elapsed') throw new Error('a round has no elapsed share');
        return head[row];
      },
      ids: results.map((r) => r.kpi.id),
      names: results.map((r) => r.kpi.id),
    },
    cell: (col, id) => sheetRef(name, lay.cell(col, kpiRowKey(id), true)),
  };
}
