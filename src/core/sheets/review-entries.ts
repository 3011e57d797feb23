// The review's typed cells: corrective actions per KPI (kept in rows keyed by KPI, so they never move to another KPI).
import { isIsoDate } from '../dates';
import type { EntryValue } from '../model/input';
import type { Cell } from '../model/workbook';
import type { SheetContext } from './context';
import { STYLES } from './style';
import { text } from './text';

export const REVIEW_ENTRY_COLUMNS = ['action', 'owner', 'deadline'] as const;
export type ReviewEntryColumn = (typeof REVIEW_ENTRY_COLUMNS)[number];

/** Row key of a KPI's corrective action: the key older files used for their missed rows, so nothing typed is lost. */
export const actionKey = (kpiId: string) => `missed:${kpiId}`;

/** What the manager typed under `key` in column `col`, as the cell to write back (an input cell when empty). */
export function typedCell(ctx: SheetContext, key: string, col: ReviewEntryColumn): Cell {
  ctx.defaults.note('review', key, col, null);
  const v: EntryValue | undefined = ctx.input.entries?.review?.[key]?.[col];
  if (v === undefined || v === null || v === '') return { blank: true, style: STYLES.input };
  if (typeof v === 'number') return { number: v, style: STYLES.input };
  // A deadline typed as a date travels as an ISO string: it goes back as a date, not as text. A string shaped
  // like one but no real date (2026-02-30) stays text: as a date it would have no serial and be lost.
  if (col === 'deadline' && typeof v === 'string' && isIsoDate(v)) {
    return { date: v, style: { ...STYLES.input, numFmt: ctx.fmt.date } };
  }
  return text(String(v), STYLES.input);
}

/** Typed action rows whose KPI this workbook no longer has, in the order they were typed. */
export function keptActionKeys(ctx: SheetContext, kpiIds: string[]): string[] {
  const made = new Set(kpiIds.map(actionKey));
  const typed = ctx.input.entries?.review ?? {};
  return Object.keys(typed).filter((k) => k.startsWith('missed:') && !made.has(k)
    && REVIEW_ENTRY_COLUMNS.some((c) => typed[k][c] !== null && typed[k][c] !== undefined && typed[k][c] !== ''));
}
