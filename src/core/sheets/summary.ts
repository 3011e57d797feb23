// The director's summary on top: the month, live KPI and task counts, and the targets missed.
import { formatDate, monthTitle, pick } from '../i18n';
import type { KpiLine } from '../kpi/lines';
import type { Row, SheetSpec } from '../model/workbook';
import { formulaString, sheetRef } from './a1';
import type { SheetContext } from './context';
import { KPI_LAYOUT } from './kpi-results';
import { planCountFormulas } from './plan-counts';
import { STATUS_RULE_STYLES, STYLES } from './style';
import { text } from './text';

export function summarySheet(ctx: SheetContext, lines: KpiLine[], kpiLastRow: number, planLastRow: number): SheetSpec {
  const { l, lang, template } = ctx;
  const s = l.summary;
  const statusRange = sheetRef(ctx.names['kpi-results'], `$J$${KPI_LAYOUT.firstRow}:$J$${kpiLastRow}`);
  const actualRange = sheetRef(ctx.names['kpi-results'], `$G$${KPI_LAYOUT.firstRow}:$G$${kpiLastRow}`);
  const tasks = planCountFormulas(ctx, planLastRow);
  const count = (range: string, value: string) => ({ formula: `COUNTIF(${range},${formulaString(value)})` });
  const rows: Row[] = [
    [text(`${s.title} — ${pick(template.title, lang)}`, STYLES.title)],
    [text(s.process, STYLES.label), text(pick(template.title, lang))],
    [text(s.month, STYLES.label), text(monthTitle(ctx.month.id, lang))],
    [text(s.generated, STYLES.label), text(formatDate(ctx.today, lang))],
    [text(s.goal, STYLES.label), text(pick(template.goal, lang))],
    [],
    [text(s.kpiStatus, STYLES.header), text('', STYLES.header)],
    [text(s.met), count(statusRange, l.status.met)],
    [text(s.atRisk), count(statusRange, l.status.atRisk)],
    [text(s.missed), count(statusRange, l.status.missed)],
    [text(s.notReported), { formula: `COUNTBLANK(${actualRange})` }],
    [],
    [text(s.tasks, STYLES.header), text('', STYLES.header)],
    [text(s.planned), { formula: tasks.planned }],
    [text(s.inProgress), { formula: tasks.inProgress }],
    [text(s.done), { formula: tasks.done }],
    [text(s.overdue), { formula: tasks.overdue }],
    [],
    [text(s.missedList, STYLES.header), text('', STYLES.header)],
  ];
  const missed = lines.filter((x) => x.status === 'missed');
  for (const line of missed) {
    rows.push([text(pick(line.kpi.name, lang)), { number: line.achieved ?? 0, style: { numFmt: ctx.fmt.percent } }]);
  }
  if (missed.length === 0) rows.push([text(s.noneMissed, STYLES.info)]);
  if (template.cycle) {
    rows.push([], [text(s.cycle, STYLES.header), text('', STYLES.header)]);
    rows.push([text(pick(template.cycle.question, lang), STYLES.wrap), text(s.cycleNo(template.cycle.onNoGoTo), STYLES.wrap)]);
  }
  return {
    id: 'summary',
    name: ctx.names.summary,
    columns: [{ key: 'label', width: 46, style: STYLES.wrap }, { key: 'value', width: 56, style: STYLES.wrap }],
    merges: [{ range: 'A1:B1' }],
    rowHeights: { 1: 24 },
    rows,
    frozen: { rows: 1, columns: 0 },
    conditionalRules: [
      { range: 'B10', formula: 'B10>0', style: STATUS_RULE_STYLES.missed },
      { range: 'B17', formula: 'B17>0', style: STATUS_RULE_STYLES.missed },
    ],
    print: { landscape: true, fitToWidth: true },
    tabColor: '#1F4E79',
  };
}
