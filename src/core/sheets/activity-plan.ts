// The activity plan: routine work once, the month's dated tasks, an as-needed block, status drop-down, overdue rule.
import { isIsoDate } from '../dates';
import { pick } from '../i18n';
import type { EntryValue } from '../model/input';
import type { Cell, SheetSpec } from '../model/workbook';
import type { PlanRow } from '../plan/activity-rows';
import type { Audience } from '../template/schema';
import { CLOSED_FROM_CODE, statusCodeFormula, statusInLanguage, taskStatusOf } from '../plan/task-status';
import type { SheetContext } from './context';
import {
  headerFor, spacedDate, PLAN_FIRST, PLAN_LAST, planColumns, planFirstRow, planLayout, type PlanColumn,
} from './plan-layout';
import { printSpec } from './print';
import { textHeight } from './row-height';
import { COLORS, STYLES } from './style';
import { text } from './text';

type Entries = Record<string, EntryValue>;
/** The plan's entry columns: `date` is read back only so a row the template no longer makes keeps its date. */
const ENTRY_COLUMNS = ['date', 'status', 'doneOn', 'comment'];
/** The heading row of the as-needed block (plan keys always hold a "|", so it never meets one). */
export const WHEN_NEEDED = 'whenNeeded';

/** A typed plan value that carries nothing of the manager's: the row's own date, or the default status. */
export function planEntryIsDefault(col: string, value: EntryValue): boolean {
  return col === 'date' || (col === 'status' && taskStatusOf(value) === 'planned');
}

export function activityPlanSheet(
  ctx: SheetContext, plan: PlanRow[], orphans: [string, Entries][], leftOut = 0,
): SheetSpec {
  const { l, lang } = ctx;
  const typed = ctx.input.entries?.['activity-plan'] ?? {};
  const statuses = [l.taskStatus.planned, l.taskStatus.inProgress, l.taskStatus.done, l.taskStatus.cancelled];
  const title = `${l.plan.title} — ${pick(ctx.template.title, lang)} — ${ctx.month.id}`;
  const hasRoutine = plan.some((p) => p.kind === 'routine');
  // Every row the Summary counts: dated and as-needed tasks, not the routine work listed once.
  const tasks = plan.filter((p) => p.kind !== 'routine').length;
  const columns = planColumns(ctx);
  const info = infoLine(ctx, tasks, leftOut);
  const keys = columns.map((c) => c.key as PlanColumn);
  const headers: Record<PlanColumn, string> = {
    date: l.plan.date, time: l.plan.time, area: l.plan.area, step: l.plan.step, activity: l.plan.activity,
    tasks: l.plan.tasks, responsible: l.plan.responsible, document: l.plan.document, when: l.plan.when,
    status: l.plan.status, doneOn: l.plan.doneOn, comment: l.plan.comment, code: 'code', key: l.plan.key,
  };
  const layout = planLayout(ctx, {
    title: { date: text(title, STYLES.title) },
    info: { date: text(info, STYLES.info) },
    // The plan's own copy of the one "as of" date: conditional rules may only read cells on their own sheet.
    // Under the "Date" header, so the red rule visibly compares the dates below with it.
    asOf: {
      date: { formula: ctx.asOf, style: { numFmt: spacedDate(ctx.fmt.date), bold: true } },
      time: text(l.plan.asOf, { ...STYLES.label, indent: 1 }),
    },
    note: hasRoutine ? { date: text(l.plan.routineInfo, STYLES.info) } : {},
    header: Object.fromEntries(columns.map((c) => [c.key, text(headers[c.key as PlanColumn], headerFor(c.style))])),
  });
  const first = planFirstRow(layout);
  const code = (row: number) => ({ formula: statusCodeFormula(layout.cell('status', row), lang) });

  const entryCells = (e: Entries | undefined, routine: boolean): Partial<Record<PlanColumn, Cell>> => {
    const doneOn = typedText(e?.doneOn);
    const comment = typedText(e?.comment);
    // A status typed in another language comes back in the sheet's; routine work has no status to count.
    const status = statusInLanguage(e?.status, lang) ?? (routine ? null : l.taskStatus.planned);
    return {
      status: status === null ? { blank: true, style: STYLES.input } : text(status, STYLES.input),
      doneOn: doneOn === null ? { blank: true, style: STYLES.input }
        : isIsoDate(doneOn) ? { date: doneOn, style: STYLES.input } : text(doneOn, STYLES.input),
      comment: comment === null ? { blank: true, style: STYLES.input } : text(comment, STYLES.input),
      code: code(layout.next),
    };
  };
  // What a row's entry cells hold when nothing was typed, so the one build can count what was.
  const noteDefaults = (key: string, status: string | null) => {
    ctx.defaults.note('activity-plan', key, 'status', status);
    ctx.defaults.note('activity-plan', key, 'doneOn', null);
    ctx.defaults.note('activity-plan', key, 'comment', null);
  };
  for (const p of plan) {
    // As-needed steps have no date: a labelled block at the end, like the routine block at the top, not rows that
    // look like dated ones with the date missing.
    if (p.kind === 'undated' && !layout.has(WHEN_NEEDED)) {
      // Its code is 0 (no status), counted as no task; having one keeps the code column one block of formulas.
      layout.add({
        date: text(`${l.plan.whenNeeded} — ${l.plan.whenNeededInfo}`, STYLES.label), code: code(layout.next),
      }, WHEN_NEEDED);
    }
    const routine = p.kind === 'routine';
    noteDefaults(p.key, routine ? null : l.taskStatus.planned);
    const cells: Partial<Record<PlanColumn, Cell>> = {
      date: p.date ? { date: p.date } : null, time: p.time ? text(p.time) : null,
      area: text(p.area), step: text(p.step), activity: text(p.activity), tasks: text(p.tasks),
      responsible: text(p.responsible), document: text(p.document),
      when: text(p.when, routine ? { ...STYLES.wrap, bold: true } : undefined), ...entryCells(typed[p.key], routine),
      key: text(p.key),
    };
    // Only the columns this process fills (see planColumnKeys).
    // Two events of a type at the same date and time make the same keys; the row key then names the first.
    layout.add(Object.fromEntries(keys.map((k) => [k, cells[k] ?? null])), layout.has(p.key) ? undefined : p.key);
  }
  // Rows the template no longer makes (a day of routine work before it was listed once) keep what was typed.
  for (const [key, e] of orphans) {
    noteDefaults(key, null);
    const date = typedText(e.date);
    layout.add({
      date: date !== null && isIsoDate(date) ? { date } : null, activity: text(key), ...entryCells(e, false),
      key: text(key),
    }, layout.has(key) ? undefined : key);
  }
  const last = Math.max(first, layout.last);
  const band = layout.area(PLAN_FIRST, first, PLAN_LAST, last);
  const closed = `${layout.cellMixed('code', first)}>=${CLOSED_FROM_CODE}`;
  const overdue = `AND(ISNUMBER(${layout.cellMixed('date', first)}),` +
    `${layout.cellMixed('date', first)}<${layout.cell('date', 'asOf', true)},NOT(${closed}))`;
  const header = layout.row('header');
  return {
    id: 'activity-plan',
    name: ctx.names['activity-plan'],
    columns,
    rows: layout.rows,
    rowCount: layout.rows.length,
    rowKeys: layout.rowKeys(),
    headerRow: header,
    // The info line grows when it says what the profile left out: tall enough for its merged width.
    rowHeights: {
      [layout.row('title')]: 22, [header]: 32,
      [layout.row('info')]: textHeight(info.length, columns.filter((c) => !c.hidden).reduce((w, c) => w + c.width, 0)),
    },
    // Rows only: the plan fits the screen's width, and each frozen pane costs Google Sheets a call.
    frozen: { rows: header, columns: 0 },
    merges: ['title', 'info', 'note', ...(layout.has(WHEN_NEEDED) ? [WHEN_NEEDED] : [])]
      .map((r) => ({ range: layout.area(PLAN_FIRST, r, PLAN_LAST, r) })),
    validations: [{ range: layout.span('status', first, last, false), list: statuses, strict: true }],
    // Same range for both rules (LibreOffice shows one format where ranges overlap); overdue is checked first.
    conditionalRules: [
      { range: band, formula: overdue, style: { fill: COLORS.missedFill, color: COLORS.missedText } },
      { range: band, formula: closed, style: { color: COLORS.doneText } },
    ],
    print: printSpec(title, lang, { landscape: true, repeatRows: { from: header, to: header }, gridlines: true }),
    autoFilter: layout.area(PLAN_FIRST, header, PLAN_LAST, last),
    entries: { keyColumn: 'key', columns: ENTRY_COLUMNS },
  };
}

/** The task count, and how many steps the business's profile left out and for which profile. */
function infoLine({ l, input }: SheetContext, tasks: number, leftOut: number): string {
  if (leftOut === 0) return l.plan.info(tasks);
  const profile = (input.profile ?? []).map((a) => l.audience[a as Audience] ?? a).join(', ');
  return `${l.plan.info(tasks)} ${l.plan.leftOut(leftOut, profile)}`;
}

/** Whatever was typed comes back as typed: a comment "42" read back as a number is still the manager's text. */
function typedText(v: EntryValue | undefined): string | null {
  return v === undefined || v === null || v === '' ? null : String(v);
}
