// The activity plan's columns and top rows by name: shared by the plan builder and the Summary's task counts.
import type { Cell, CellStyle, ColumnSpec } from '../model/workbook';
import type { SheetContext } from './context';
import { SheetLayout } from './sheet-layout';
import { STYLES } from './style';

export const PLAN_COLUMNS = [
  'date', 'time', 'area', 'step', 'activity', 'tasks', 'responsible', 'document', 'when', 'status', 'doneOn', 'comment',
  'code', 'key',
] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number];

/** The rows above the table, in order; `header` is the table header, repeated on every printed page. */
export const PLAN_TOP_ROWS = ['title', 'info', 'note', 'asOf', 'header'] as const;
export type PlanTopRow = (typeof PLAN_TOP_ROWS)[number];

/** The first and last printed columns (the code and key columns are hidden helpers). */
export const PLAN_FIRST: PlanColumn = 'date';
export const PLAN_LAST: PlanColumn = 'comment';

/**
 * Columns the process fills: one-section processes have no area (the title names the process, the activity names
 * each event), and a template that names no owner or document has no column for them; paper is too narrow to waste.
 */
export function planColumnKeys(ctx: SheetContext): PlanColumn[] {
  const steps = ctx.template.sections.flatMap((s) => s.steps);
  const unused = new Set<PlanColumn>();
  if (ctx.template.sections.length === 1) unused.add('area');
  if (steps.every((st) => st.responsible.length === 0)) unused.add('responsible');
  if (steps.every((st) => st.documents.length === 0)) unused.add('document');
  return PLAN_COLUMNS.filter((c) => !unused.has(c));
}

/**
 * A layout with the top rows placed, in one order for everyone: the builder passes their cells, the Summary's counts
 * pass none and only read where the table starts.
 */
export function planLayout(
  ctx: SheetContext, top: Partial<Record<PlanTopRow, Partial<Record<PlanColumn, Cell>>>> = {},
): SheetLayout<PlanColumn> {
  const layout = new SheetLayout<PlanColumn>(planColumnKeys(ctx));
  for (const key of PLAN_TOP_ROWS) layout.add(top[key] ?? [], key);
  return layout;
}

/** The first data row: the row after the header. */
export function planFirstRow(layout: SheetLayout<PlanColumn>): number {
  return layout.row('header') + 1;
}

// Everything on the plan reads from the top of its cell, numbers and wrapped text alike. No horizontal alignment
// is set anywhere: text is indented off its left neighbour and numbers keep to the right, so nothing touches, and
// Google Sheets is spared one more call per sheet.
const TOP: CellStyle = { valign: 'top' };
/** Wrapped text one indent step in from the left, so on paper it never touches the column before it. */
export const TEXT: CellStyle = { ...STYLES.wrap, indent: 1 };

/**
 * A date format with a space after the date: numbers keep to the right of their cell, and without it a date would
 * touch the next column on paper (an indent on the right would cost Google Sheets an alignment call per sheet).
 */
export function spacedDate(format: string): string {
  return `${format}" "`;
}

const HEADER: CellStyle = { ...STYLES.header, indent: 1 };

/** A header cell lined up with its column's text (same indent); over numbers too, so no title touches a line. */
export function headerFor(column: CellStyle | undefined): CellStyle {
  return column?.indent && column.indent !== 1 ? { ...STYLES.header, indent: column.indent } : HEADER;
}

/**
 * Widths in characters. Their sum (at most 194 visible) is what fitToWidth squeezes onto an A4
 * landscape page: 194 × 7 px + padding ≈ 1,060 pt against 784 pt of paper between narrow margins, so 11-pt text
 * prints at 8.1 pt or more, never below 8, the smallest a director should have to read. Neighbours share widths
 * where they can: Google Sheets sets one run of equal widths per call.
 */
export function planColumns(ctx: SheetContext): ColumnSpec[] {
  const date: CellStyle = { ...TOP, numFmt: spacedDate(ctx.fmt.date) };
  const areas = ctx.template.sections.length > 1;
  const text = areas ? 25 : 32;
  const side = 16;
  const width: Record<PlanColumn, number> = {
    // Time and step fit their header in every language ("Žingsnis" is the longest).
    date: 12, time: 10, area: 16, step: 10, activity: text, tasks: text, responsible: side, document: side, when: side,
    status: side, doneOn: side, comment: side, code: side, key: side,
  };
  const keys = planColumnKeys(ctx);
  // A column the process does not fill gives its width to the tasks and the activity, the longest texts.
  const spare = (['area', 'responsible', 'document'] as const).filter((k) => !keys.includes(k))
    .reduce((sum, k) => sum + (k === 'area' ? 0 : width[k]), 0);
  width.tasks += Math.floor(spare / 2);
  width.activity += Math.floor(spare / 2);
  const style: Partial<Record<PlanColumn, CellStyle>> = {
    date, doneOn: date, code: TOP, key: TOP,
  };
  return keys.map((key) => ({
    key, width: width[key], style: style[key] ?? TEXT, ...(key === 'code' || key === 'key' ? { hidden: true } : {}),
  }));
}
