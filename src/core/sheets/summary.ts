// The director's summary: the as-of date, live KPI counts, the worst-first list of flagged KPIs, the decision, tasks.
import { monthTitle, pick } from '../i18n';
import type { Cell, CellStyle, ChartSpec, ConditionalRuleSpec, SheetSpec } from '../model/workbook';
import { CHART_TITLES, chartBelow } from './charts';
import type { SheetContext } from './context';
import { countFormulas, cycleFormula, sentences, slotCells, verdictFormula } from './kpi-lists';
import type { KpiRefs } from './kpi-results';
import { planCountFormulas } from './plan-counts';
import { printSpec } from './print';
import { longest, spanWidth, textHeight } from './row-height';
import { statusRules } from './status';
import { STATUS_RULE_STYLES, STYLES } from './style';
import { HEAD_VALUE, SUMMARY_COLUMNS, summaryHeadLayout } from './summary-head';
import type { SummaryColumn, SummaryHeadRow } from './summary-head';
import { text } from './text';

const WIDTH: Record<SummaryColumn, number> = {
  label: 40, gap: 2, due: 15, actual: 15, shortfall: 15, status: 14, pos: 6,
};
const span = (from: SummaryColumn, to: SummaryColumn) => spanWidth(WIDTH, SUMMARY_COLUMNS, from, to);
/** Headers sit as their column's values do: numbers right, the status centred, so neighbours never touch. */
const headerStyle = (c: SummaryColumn): CellStyle =>
  ({ ...STYLES.header, align: c === 'status' ? 'center' : c === 'label' || c === 'gap' ? 'left' : 'right' });

export function summarySheet(ctx: SheetContext, kpi: KpiRefs, planLastRow: number): SheetSpec {
  const { l, lang, template, fmt } = ctx;
  const s = l.summary;
  const title = `${s.title} — ${pick(template.title, lang)}`;
  const dateStyle = { numFmt: fmt.date, align: 'left' } as const;
  const live = ctx.input.clock === 'live';
  const head: Record<SummaryHeadRow, [string, Cell]> = {
    title: [title, null],
    // The workbook's one clock: every time formula reads this cell (or TODAY() in a live sheet).
    asOf: [s.asOf, live ? { formula: 'TODAY()', style: dateStyle } : { date: ctx.today, style: dateStyle }],
    created: [s.created, { date: ctx.created, style: dateStyle }],
    process: [s.process, text(pick(template.title, lang))],
    // A closed month says so where the director reads which month this is.
    month: [s.month, text(monthTitle(ctx.month.id, lang) + (ctx.input.final ? ` — ${s.closed}` : ''))],
    goal: [s.goal, text(pick(template.goal, lang))],
  };
  const lay = summaryHeadLayout((row) => (row === 'title'
    ? { label: text(title, STYLES.title) }
    : { label: text(head[row][0], STYLES.label), [HEAD_VALUE]: head[row][1] }));
  const valueRows = ['asOf', 'created', 'process', 'month', 'goal'] as const;
  const merges = [
    lay.area('label', 'title', 'status', 'title'), ...valueRows.map((r) => lay.area(HEAD_VALUE, r, 'status', r)),
  ];
  const heights: Record<number, number> = { [lay.row('title')]: 24 };
  // The merged value cells: the renderer would fit them to their first column alone.
  for (const r of valueRows) {
    const value = head[r][1];
    const shown = value && typeof value === 'object' && 'text' in value ? value.text : '';
    heights[lay.row(r)] = textHeight(shown.length, span(HEAD_VALUE, 'status'));
  }
  const headerRow = (key: string, cells: Partial<Record<SummaryColumn, string>>) => lay.add(Object.fromEntries(
    SUMMARY_COLUMNS.filter((c) => c !== 'pos').map((c) => [c, text(cells[c] ?? '', headerStyle(c))])), key);
  const rules: ConditionalRuleSpec[] = [];
  const count = (key: string, label: string, formula: string, style?: ConditionalRuleSpec['style']) => {
    lay.add({ label: text(label), due: { formula } }, key);
    if (style) rules.push({ range: lay.cell('due', key), formula: `${lay.cell('due', key)}>0`, style });
  };

  lay.add([]);
  const c = countFormulas(kpi);
  headerRow('kpiHeader', { label: s.kpiStatus });
  count('met', s.met, c.met, STATUS_RULE_STYLES.met);
  count('atRisk', s.atRisk, c.atRisk, STATUS_RULE_STYLES.atRisk);
  count('missed', s.missed, c.missed, STATUS_RULE_STYLES.missed);
  count('noFigure', s.notReported, c.noFigure);

  lay.add([]);
  headerRow('listHeader', {
    label: s.missedList, due: l.kpi.targetToDate, actual: l.kpi.actual, shortfall: l.review.shortfall,
    status: l.kpi.status,
  });
  lay.add({ label: { formula: verdictFormula(l, kpi), style: STYLES.info } }, 'verdict');
  merges.push(lay.area('label', 'verdict', 'status', 'verdict'));
  heights[lay.row('verdict')] = textHeight(longest(sentences(l, kpi.ids.length)), span('label', 'status'));
  const slotHeight = textHeight(longest(kpi.names), WIDTH.label);
  kpi.ids.forEach((_, i) => {
    const pos = lay.cell('pos', lay.next);
    heights[lay.next] = slotHeight;
    const { kpi: label, ...rest } = slotCells(l, kpi, i + 1, pos);
    lay.add({ label, ...rest }, `slot:${i + 1}`);
  });
  const [firstSlot, lastSlot] = ['slot:1', `slot:${kpi.ids.length}`];
  rules.push(...statusRules(lay.area('status', firstSlot, 'status', lastSlot), lay.cellMixed('status', firstSlot)));

  if (template.cycle) {
    lay.add([]);
    headerRow('cycleHeader', { label: s.cycle });
    const question = pick(template.cycle.question, lang);
    const answers = [s.cycleYes, s.cycleNo(template.cycle.onNoGoTo), s.cycleRunning, s.cycleNoFigure,
      s.cycleNoTargets];
    const answerHeight = textHeight(longest(answers), span('due', 'status'));
    heights[lay.next] = Math.max(textHeight(question.length, WIDTH.label), answerHeight);
    lay.add({ label: text(question), due: { formula: cycleFormula(l, kpi, template.cycle.onNoGoTo) } }, 'cycle');
    merges.push(lay.area('due', 'cycle', 'status', 'cycle'));
  }

  lay.add([]);
  const tasks = planCountFormulas(ctx, planLastRow);
  headerRow('tasksHeader', { label: s.tasks });
  count('planned', s.planned, tasks.planned);
  count('inProgress', s.inProgress, tasks.inProgress);
  count('done', s.done, tasks.done);
  count('overdue', s.overdue, tasks.overdue, STATUS_RULE_STYLES.missed);

  // The overview: % achieved per KPI, read live from the KPI sheet, under the task counts (columns label..status).
  const place = chartBelow(lay.last, lay.col('label'), lay.col('status'));
  Object.assign(heights, place.rowHeights);
  const chart: ChartSpec = {
    id: 'summary-achieved', kind: 'bar', horizontal: true, title: CHART_TITLES[lang].achieved, anchor: place.anchor,
    categories: kpi.range('kpi'), series: [{ name: l.kpi.achieved, values: kpi.range('achieved') }],
    axisTitles: { value: l.kpi.achieved }, valueFormat: fmt.percent,
  };

  // One vertical alignment (top) for numbers and text; the status centred; a spacer column before the numbers.
  const top: CellStyle = { wrap: true, valign: 'top' };
  return {
    id: 'summary',
    name: ctx.names.summary,
    columns: SUMMARY_COLUMNS.map((key) => ({
      key, width: WIDTH[key],
      style: key === 'status' ? { ...top, bold: true, align: 'center' } : top,
      ...(key === 'pos' ? { hidden: true } : {}),
    })),
    merges: merges.map((range) => ({ range })),
    rowHeights: heights,
    rows: lay.rows,
    rowKeys: lay.rowKeys(),
    frozen: { rows: 1, columns: 0 },
    conditionalRules: rules,
    print: printSpec(title, lang, { onePage: true, landscape: false }),
    tabColor: '#1F4E79',
    charts: [chart],
  };
}
