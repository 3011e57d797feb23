// The round review: each month's target and actual (input cells) per KPI, and the round's figures as live formulas.
import { monthShortTitle, pick } from '../i18n';
import type { Cell, CellStyle, MergeSpec, SheetSpec } from '../model/workbook';
import type { KpiPeriodResult } from '../periods';
import { unitFormat, unitText } from '../sheets/kpi-row';
import { printSpec } from '../sheets/print';
import { longest, textHeight, wordsHeight } from '../sheets/row-height';
import { SheetLayout } from '../sheets/sheet-layout';
import { statusFormat, statusRules, trendFormat, yesNoFormat } from '../sheets/status';
import { STYLES } from '../sheets/style';
import { text } from '../sheets/text';
import { roundTitle, ruleLabel, actionsText, type RoundContext } from './context';
import {
  attainmentFormula, extremeMonthFormula, ruleFormula, slopeFormula, statusFormula, targetMonthsFormula, trendFormula,
} from './formulas';
import { missedListAndCharts } from './review-list';
import {
  HIDDEN_FROM, kpiRowKey, MONTH_WIDTH, WIDTH, monthCol, reviewColumns, reviewRefs, TAIL, type ReviewRefs,
} from './review-layout';

const date = (iso: string) => `DATE(${iso.split('-').map(Number).join(',')})`;

export interface ReviewSheet {
  sheet: SheetSpec;
  refs: ReviewRefs;
}

export function roundReviewSheet(ctx: RoundContext): ReviewSheet {
  const { l, lang, fmt, period, results } = ctx;
  const r = l.round;
  const n = period.months.length;
  const lay = new SheetLayout(reviewColumns(n));
  const lastVisible = TAIL[TAIL.length - 1];
  const merges: MergeSpec[] = [];
  const mergeRow = (from: string, to: string, row: string) => merges.push({ range: lay.area(from, row, to, row) });
  const heights: Record<number, number> = {};

  const title = `${r.title} — ${pick(ctx.template.title, lang)}`;
  heights[lay.add({ kpi: text(title, STYLES.title) }, 'title')] = 22;
  mergeRow('kpi', lastVisible, 'title');
  const headValue = (key: string, label: string, value: Cell) =>
    lay.add({ kpi: text(label, STYLES.label), rule: value }, key);
  headValue('round', r.round, text(roundTitle(ctx)));
  mergeRow('rule', lastVisible, 'round');
  const left = { align: 'left' } as const;
  // The one clock of the file: "over" and so "at risk" read it.
  headValue('asOf', r.asOf, { date: ctx.today, style: { numFmt: fmt.date, ...left } });
  const asOf = lay.cell('rule', 'asOf', true);
  const over = `IF(${asOf}>${date(period.last)},1,0)`;
  headValue('over', r.over, { formula: over, style: { numFmt: yesNoFormat(l), ...left } });
  const tolerance = ctx.template.tolerance.atRisk;
  headValue('tolerance', r.tolerance, { number: tolerance, style: { numFmt: fmt.percent, ...left } });
  const head = { asOf, over: lay.cell('rule', 'over', true), tolerance: lay.cell('rule', 'tolerance', true) };
  // The note wraps over the visible columns (about 175 characters of the page's width).
  const noteStyle = { ...STYLES.info, wrap: true };
  heights[lay.add({ kpi: text(r.inputNote, noteStyle) }, 'note')] = textHeight(r.inputNote.length, 150);
  mergeRow('kpi', lastVisible, 'note');
  lay.add([]);

  // Two header rows: the blocks' names over the month names; the single columns span both rows.
  const header = (s: string): Cell => text(s, { ...STYLES.header, align: 'center' });
  const single: Record<string, string> = {
    kpi: r.kpi, rule: r.rule, achieved: r.achieved, status: r.status, best: r.best, worst: r.worst, trend: r.trend,
  };
  const group: Record<string, Cell> = Object.fromEntries(Object.entries(single).map(([k, v]) => [k, header(v)]));
  // The round's target and actual under one "Round" head: "Laikotarpio tikslas" would break mid-word in a column
  // narrow enough for the page.
  lay.add({ ...group, t1: header(r.target), a1: header(r.actual), roundTarget: header(r.round) }, 'group');
  const names: Record<string, Cell> = { roundTarget: header(r.target), roundActual: header(r.actual) };
  period.months.forEach((m, i) => {
    names[monthCol('t', i)] = header(monthShortTitle(m.id, lang));
    names[monthCol('a', i)] = header(monthShortTitle(m.id, lang));
  });
  const hidden = ['key', 'slope', 'rank', 'targetText', 'actualText', 'actions', 'pos'];
  for (const k of hidden) names[k] = text(k);
  lay.add(names, 'header');
  for (const k of Object.keys(single)) merges.push({ range: lay.area(k, 'group', k, 'header') });
  // A one-month round (roundMonths 1) has nothing to merge over its block.
  if (n > 1) {
    mergeRow('t1', monthCol('t', n - 1), 'group');
    mergeRow('a1', monthCol('a', n - 1), 'group');
  }
  mergeRow('roundTarget', 'roundActual', 'group');
  heights[lay.row('group')] = 20;
  heights[lay.row('header')] = 30;

  const firstRow = lay.next;
  const rowOf = new Map(results.map((x, i) => [x.kpi.id, firstRow + i]));
  // Best and worst month are formulas (no engine fits their rows) and "2025. gada septembris" wraps: the rows
  // are as tall as that or the KPI's name, whichever is taller.
  const monthLines = textHeight(longest(period.months.map((m) => monthShortTitle(m.id, lang))), WIDTH.best);
  for (const x of results) {
    const row = lay.add(kpiCells(ctx, lay, x, rowOf, head), kpiRowKey(x.kpi.id));
    // Less the cell's padding: a text that just fits by count wraps on paper.
    heights[row] = Math.max(monthLines, wordsHeight(pick(x.kpi.name, lang), WIDTH.kpi - 2),
      wordsHeight(ruleLabel(ctx, x), WIDTH.rule - 2));
  }
  const refs = reviewRefs(lay, ctx.names.review, n, results, head);

  const list = missedListAndCharts(ctx, refs, merges, heights);
  const top: CellStyle = { valign: 'top' };
  const style: Record<string, CellStyle> = {
    kpi: { ...top, wrap: true }, rule: { ...top, wrap: true }, status: { ...top, bold: true, align: 'center' },
    best: { ...top, align: 'center', wrap: true }, worst: { ...top, align: 'center', wrap: true },
    trend: { ...top, align: 'center' },
  };
  const hiddenFrom = lay.col(HIDDEN_FROM);
  return {
    refs,
    sheet: {
      id: 'round-review',
      name: ctx.names.review,
      columns: lay.columns.map((key, i) => ({
        key, width: WIDTH[key] ?? MONTH_WIDTH, style: style[key] ?? top,
        ...(i + 1 >= hiddenFrom ? { hidden: true } : {}),
      })),
      rows: lay.rows,
      rowKeys: lay.rowKeys(),
      headerRow: lay.row('header'),
      rowHeights: heights,
      frozen: { rows: lay.row('header'), columns: 1 },
      merges,
      conditionalRules: [
        ...statusRules(lay.area('achieved', refs.first, 'status', refs.last), lay.cellMixed('status', refs.first)),
        ...list.rules,
      ],
      print: printSpec(title, lang, { repeatRows: { from: lay.row('group'), to: lay.row('header') } }),
      charts: list.charts,
      // The months' inputs, and the round figures a `period` KPI types (formula cells are never read as typed).
      entries: {
        keyColumn: 'key', columns: [...lay.columns.filter((k) => /^[ta]\d+$/.test(k)), 'roundTarget', 'roundActual'],
      },
    },
  };
}

function kpiCells(
  ctx: RoundContext, lay: SheetLayout, x: KpiPeriodResult, rowOf: Map<string, number>, head: ReviewRefs['head'],
): Record<string, Cell> {
  const { l } = ctx;
  const row = rowOf.get(x.kpi.id)!;
  const c = (col: string) => lay.cell(col, row);
  const n = x.months.length;
  const monthsOf = (block: 't' | 'a', at: number) => ({
    range: lay.area(monthCol(block, 0), at, monthCol(block, n - 1), at, true),
    first: lay.cell(monthCol(block, 0), at, true),
  });
  const valueFmt = { numFmt: unitFormat(ctx, x.kpi.unit) };
  const input = { ...valueFmt, ...STYLES.input };
  const number = (v: number | null | string): Cell =>
    (typeof v === 'number' ? { number: v, style: input } : { blank: true, style: input });
  const cells: Record<string, Cell> = {
    kpi: text(pick(x.kpi.name, ctx.lang)), rule: text(ruleLabel(ctx, x)), key: text(x.kpi.id),
  };
  x.months.forEach((m, i) => {
    cells[monthCol('t', i)] = number(m.target);
    cells[monthCol('a', i)] = number(m.actual);
    const [t, a] = [c(monthCol('t', i)), c(monthCol('a', i))];
    cells[monthCol('p', i)] = { formula: attainmentFormula(x.kpi.direction, t, a) };
  });
  const weightRow = x.aggregation.weight === undefined ? undefined : rowOf.get(x.aggregation.weight);
  const figure = (block: 't' | 'a', given: KpiPeriodResult['target']): Cell => {
    // GA4's whole-round answer is a figure of its own: an input cell, never a sum of the months.
    if (x.aggregation.rule === 'period') return number(given);
    const weight = weightRow === undefined ? undefined : monthsOf(block, weightRow);
    const upTo = block === 't' ? targetMonthsFormula(monthsOf('a', row), n, head.over) : undefined;
    return { formula: ruleFormula(x.aggregation, monthsOf(block, row), weight, upTo), style: valueFmt };
  };
  const [T, A, I, S] = [c('roundTarget'), c('roundActual'), c('achieved'), c('status')];
  const p = monthsOf('a', row);
  const pRange = lay.area(monthCol('p', 0), row, monthCol('p', n - 1), row, true);
  const monthNames = lay.area(monthCol('a', 0), 'header', monthCol('a', n - 1), 'header', true);
  Object.assign(cells, {
    roundTarget: figure('t', x.target),
    roundActual: figure('a', x.actual),
    achieved: { formula: attainmentFormula(x.kpi.direction, T, A), style: { numFmt: ctx.fmt.percent } },
    status: {
      formula: statusFormula(T, A, I, head.over, head.tolerance, l.status.noFigure,
        x.aggregation.rule === 'period'),
      style: { numFmt: statusFormat(l) },
    },
    best: { formula: extremeMonthFormula('best', x.kpi.direction, pRange, p.range, monthNames) },
    worst: { formula: extremeMonthFormula('worst', x.kpi.direction, pRange, p.range, monthNames) },
    slope: { formula: slopeFormula(p) },
    trend: { formula: trendFormula(x.kpi.direction, c('slope')), style: { numFmt: trendFormat(l) } },
    rank: { formula: `IF(AND(ISNUMBER(${S}),${S}<=0),${I}+ROW()/1000000000,"")` },
    targetText: { formula: `IF(${T}="","",${unitText(x.kpi.unit, T)})` },
    actualText: { formula: `IF(${A}="","",${unitText(x.kpi.unit, A)})` },
    actions: text(actionsText(ctx, x.kpi.id)),
  });
  return cells;
}
