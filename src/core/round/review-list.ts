// Under the round review's table: the missed KPIs worst first with their recorded actions, then a line chart per KPI.
import { pick } from '../i18n';
import type { ChartSpec, ConditionalRuleSpec, MergeSpec } from '../model/workbook';
import { sheetRef, formulaString } from '../sheets/a1';
import { CHART_ROWS, chartBelow } from '../sheets/charts';
import { slotPosition, slotPull, slotValue } from '../sheets/kpi-lists';
import { textHeight, wordsHeight } from '../sheets/row-height';
import { statusFormat, statusRules } from '../sheets/status';
import { STYLES } from '../sheets/style';
import { text } from '../sheets/text';
import { actionsText, type RoundContext } from './context';
import { monthCol, TAIL, WIDTH, type ReviewRefs } from './review-layout';

/** Charts side by side under the list: two fit the table's width (it prints at 8 pt) with titles on a line. */
const CHARTS_PER_ROW = 2;

export function missedListAndCharts(
  ctx: RoundContext, refs: ReviewRefs, merges: MergeSpec[], heights: Record<number, number>,
): { rules: ConditionalRuleSpec[]; charts: ChartSpec[] } {
  const { l, results } = ctx;
  const r = l.round;
  const { lay, months: n, kpiRefs } = refs;
  const [firstMonth, lastMonth] = [monthCol('t', 0), monthCol('a', n - 1)];
  const lastVisible = TAIL[TAIL.length - 1];
  const header = { ...STYLES.header, align: 'center' } as const;

  lay.add([]);
  lay.add({
    kpi: text(r.missedTitle, STYLES.header), [firstMonth]: text(r.actions, header),
    // "Target" and "Actual": the round's long words ("Laikotarpio tikslas") break mid-word in these columns.
    roundTarget: text(r.target, header), roundActual: text(r.actual, header),
    achieved: text(r.achieved, header), status: text(r.status, header),
  }, 'missedHeader');
  merges.push({ range: lay.area(firstMonth, 'missedHeader', lastMonth, 'missedHeader') });
  merges.push({ range: lay.area('kpi', 'missedHeader', 'rule', 'missedHeader') });
  heights[lay.row('missedHeader')] = 34;
  const rank = kpiRefs.range('rank');
  lay.add({ kpi: { formula: `IF(COUNT(${rank})=0,${formulaString(r.noneMissed)},"")`, style: STYLES.info } },
    'missedNote');
  merges.push({ range: lay.area('kpi', 'missedNote', lastVisible, 'missedNote') });

  // Any KPI may land in any slot as figures change, so every slot is as tall as the longest list of actions and
  // the longest name (spanning the KPI and rule columns).
  const monthsWidth = 2 * n * 12;
  const tallest = Math.max(1, ...results.map((x) => actionLines(actionsText(ctx, x.kpi.id), monthsWidth)));
  const nameWidth = WIDTH.kpi + WIDTH.rule - 2;
  const nameHeight = Math.max(0, ...results.map((x) => wordsHeight(pick(x.kpi.name, ctx.lang), nameWidth)));
  results.forEach((_, i) => {
    const key = `slot:${i + 1}`;
    const pos = lay.cell('pos', lay.next);
    heights[lay.next] = Math.max(textHeight(1, 1), nameHeight, Math.ceil(tallest * 14.5 + 2));
    lay.add({
      kpi: { formula: slotValue(kpiRefs, 'kpi', pos), style: STYLES.wrap },
      [firstMonth]: { formula: slotPull(kpiRefs.range('comment'), pos), style: STYLES.wrap },
      roundTarget: { formula: slotValue(kpiRefs, 'dueText', pos), style: { align: 'right' } },
      roundActual: { formula: slotValue(kpiRefs, 'actualText', pos), style: { align: 'right' } },
      achieved: { formula: slotValue(kpiRefs, 'achieved', pos), style: { numFmt: ctx.fmt.percent } },
      status: { formula: slotValue(kpiRefs, 'status', pos), style: { numFmt: statusFormat(l) } },
      pos: { formula: slotPosition(kpiRefs, i + 1) },
    }, key);
    // The name spans the rule column too: the list has no rule, and a long name needs the room.
    merges.push({ range: lay.area(firstMonth, key, lastMonth, key) }, { range: lay.area('kpi', key, 'rule', key) });
  });
  const [firstSlot, lastSlot] = ['slot:1', `slot:${results.length}`];
  const rules = statusRules(lay.area('status', firstSlot, 'status', lastSlot), lay.cellMixed('status', firstSlot));
  return { rules, charts: charts(ctx, refs, heights) };
}

/** Lines the actions take in a span `width` characters wide. */
function actionLines(actions: string, width: number): number {
  if (actions === '') return 1;
  const perLine = Math.max(1, Math.floor(width * 1.1) - 1);
  return actions.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** Target and actual per month, one line chart per KPI, in rows of two spread over the visible columns. */
function charts(ctx: RoundContext, refs: ReviewRefs, heights: Record<number, number>): ChartSpec[] {
  const { lay, months: n } = refs;
  const visible = lay.columns.slice(0, lay.col(TAIL[TAIL.length - 1]));
  const bands = Array.from({ length: CHARTS_PER_ROW }, (_, b) => {
    const from = Math.floor((b * visible.length) / CHARTS_PER_ROW);
    const to = Math.floor(((b + 1) * visible.length) / CHARTS_PER_ROW) - 1;
    return [lay.col(visible[from]), lay.col(visible[to])] as const;
  });
  const name = ctx.names.review;
  const categories = sheetRef(name, lay.area(monthCol('a', 0), 'header', monthCol('a', n - 1), 'header', true));
  const below = lay.last;
  return ctx.results.map((x, i) => {
    const [band, line] = [i % CHARTS_PER_ROW, Math.floor(i / CHARTS_PER_ROW)];
    const place = chartBelow(below + line * (CHART_ROWS + 1), bands[band][0], bands[band][1]);
    Object.assign(heights, place.rowHeights);
    const key = `kpi:${x.kpi.id}`;
    return {
      id: `round-${x.kpi.id}`, kind: 'line', title: ctx.l.round.chart(pick(x.kpi.name, ctx.lang)),
      anchor: place.anchor, categories,
      series: [
        { name: ctx.l.round.target, values: sheetRef(name, refs.months_('t', key).range) },
        { name: ctx.l.round.actual, values: sheetRef(name, refs.months_('a', key).range) },
      ],
    } satisfies ChartSpec;
  });
}
