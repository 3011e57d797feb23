// The activity plan sheet: the month's dated tasks with owner, document, a status drop-down and a live overdue rule.
import { pick } from '../i18n';
import type { EntryValue } from '../model/input';
import type { Cell, Row, SheetSpec } from '../model/workbook';
import type { PlanRow } from '../plan/activity-rows';
import { formulaString } from './a1';
import type { SheetContext } from './context';
import { COLORS, STYLES } from './style';
import { text } from './text';

export const PLAN_LAYOUT = { headerRow: 4, firstRow: 5 } as const;

export function activityPlanSheet(ctx: SheetContext, plan: PlanRow[], orphans: [string, Record<string, EntryValue>][]): SheetSpec {
  const { l, fmt, lang } = ctx;
  const typed = ctx.input.entries?.['activity-plan'] ?? {};
  const statuses = [l.taskStatus.planned, l.taskStatus.inProgress, l.taskStatus.done, l.taskStatus.cancelled];
  const header = [l.plan.date, l.plan.time, l.plan.area, l.plan.step, l.plan.activity, l.plan.tasks, l.plan.responsible,
    l.plan.document, l.plan.when, l.plan.status, l.plan.doneOn, l.plan.comment, l.plan.key];
  const rows: Row[] = [
    [text(`${l.plan.title} — ${pick(ctx.template.title, lang)} — ${ctx.month.id}`, STYLES.title)],
    [text(l.plan.info(plan.length), STYLES.info)],
    [],
    header.map((h) => text(h, STYLES.header)),
  ];
  const dateCell = (iso: string | null): Cell => (iso ? { date: iso } : null);
  // Whatever was typed comes back as typed: a comment "42" read back as a number is still the manager's text.
  const typedText = (v: EntryValue | undefined): string | null => (v === undefined || v === null || v === '' ? null : String(v));
  const entryCells = (e: Record<string, EntryValue> | undefined): Cell[] => {
    const doneOn = typedText(e?.doneOn);
    const comment = typedText(e?.comment);
    return [
      text(typedText(e?.status) ?? l.taskStatus.planned, STYLES.input),
      doneOn === null ? { blank: true, style: STYLES.input } : /^\d{4}-\d{2}-\d{2}$/.test(doneOn) ? { date: doneOn, style: STYLES.input } : text(doneOn, STYLES.input),
      comment === null ? { blank: true, style: STYLES.input } : text(comment, STYLES.input),
    ];
  };
  for (const p of plan) {
    rows.push([
      dateCell(p.date), p.time ? text(p.time) : null, text(p.area), text(p.step), text(p.activity), text(p.tasks),
      text(p.responsible), text(p.document), text(p.when), ...entryCells(typed[p.key]), text(p.key),
    ]);
  }
  // Rows the template no longer makes keep what was typed into them.
  for (const [key, e] of orphans) {
    const keyDate = key.split('|')[2] ?? '';
    const date = /^\d{4}-\d{2}-\d{2}$/.test(keyDate) ? keyDate : null;
    rows.push([dateCell(date), null, null, null, text(key), null, null, null, null, ...entryCells(e), text(key)]);
  }
  const last = Math.max(PLAN_LAYOUT.firstRow, rows.length);
  const band = `A${PLAN_LAYOUT.firstRow}:L${last}`;
  const [, , done, cancelled] = statuses;
  const closed = `OR($J${PLAN_LAYOUT.firstRow}=${formulaString(done)},$J${PLAN_LAYOUT.firstRow}=${formulaString(cancelled)})`;
  return {
    id: 'activity-plan',
    name: ctx.names['activity-plan'],
    // Few distinct widths on purpose: Sheets sets one run of equal widths per call.
    columns: [
      { key: 'date', width: 12, style: { numFmt: fmt.date, valign: 'top' } }, { key: 'time', width: 12, style: STYLES.wrap },
      { key: 'area', width: 12, style: STYLES.wrap }, { key: 'step', width: 12, style: STYLES.wrap },
      { key: 'activity', width: 44, style: STYLES.wrap }, { key: 'tasks', width: 44, style: STYLES.wrap },
      { key: 'responsible', width: 20, style: STYLES.wrap }, { key: 'document', width: 20, style: STYLES.wrap },
      { key: 'when', width: 20, style: STYLES.wrap }, { key: 'status', width: 12, style: STYLES.wrap },
      { key: 'doneOn', width: 12, style: { numFmt: fmt.date, valign: 'top' } }, { key: 'comment', width: 30, style: STYLES.wrap },
      { key: 'key', width: 30, hidden: true },
    ],
    rows,
    rowCount: rows.length,
    headerRow: PLAN_LAYOUT.headerRow,
    rowHeights: { 1: 22, [PLAN_LAYOUT.headerRow]: 32 },
    frozen: { rows: PLAN_LAYOUT.headerRow, columns: 1 },
    merges: [{ range: 'A1:L1' }, { range: 'A2:L2' }],
    validations: [{ range: `J${PLAN_LAYOUT.firstRow}:J${last}`, list: statuses, strict: true }],
    // Same range for both rules (LibreOffice shows one format where ranges overlap); overdue is checked first.
    conditionalRules: [
      { range: band, formula: `AND($A${PLAN_LAYOUT.firstRow}<>"",$A${PLAN_LAYOUT.firstRow}<TODAY(),NOT(${closed}))`, style: { fill: COLORS.missedFill, color: COLORS.missedText } },
      { range: band, formula: closed, style: { color: COLORS.doneText } },
    ],
    print: { landscape: true, fitToWidth: true },
    autoFilter: `A${PLAN_LAYOUT.headerRow}:L${last}`,
    entries: { keyColumn: 'key', columns: ['status', 'doneOn', 'comment'] },
  };
}
