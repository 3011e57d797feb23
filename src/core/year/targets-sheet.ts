// The KPI targets table: twelve month targets typed once, round and year targets as live formulas by KPI rule.
import { pick } from '../i18n';
import type { KpiRecord } from '../model/input';
import type { Cell, CellStyle, ColumnSpec, SheetSpec } from '../model/workbook';
import { aggregationOf, type Aggregation } from '../periods/aggregate';
import { printSpec } from '../sheets/print';
import { textHeight } from '../sheets/row-height';
import { SheetLayout } from '../sheets/sheet-layout';
import { COLORS, STYLES } from '../sheets/style';
import { text } from '../sheets/text';
import type { Kpi } from '../template/schema';
import type { YearContext } from './context';
import { MONTH_COLUMNS } from './plan-sheet';
import { monthHeaders } from './rounds';

/** Period columns are `p:<period id>` (`p:2026-spring`, `p:2026-H1`) and `year`. */
type Col = string;
/** The row key of a KPI's row (the key column holds the bare id, which the file is read back by). */
export const kpiRowKey = (id: string) => `kpi:${id}`;
/** The column of a period's target: `p:2026-spring`, `p:2026-H1`, or `year`. */
export const periodColumn = (periodId: string | 'year') => (periodId === 'year' ? 'year' : `p:${periodId}`);

/** A target typed for a `period` KPI (GA4 users) over a round or the year (`column` from periodColumn). */
export interface PlanPeriodTarget {
  kpi: string;
  column: string;
  target: number;
}

const TEXT: CellStyle = { ...STYLES.wrap, indent: 1 };
/** A target such as "12 000 " or "1 234,50 € " on one line; with the periods the page still prints at 8 pt. */
const MONTH_WIDTH = 8.5;
const PERIOD_FILL = '#EDEDED';

/**
 * A period figure of the month cells (in order; weights in the same months of the weight KPI) as a live formula,
 * blank while no month has a target.
 */
export function periodFormula(rule: Aggregation, cells: readonly string[], weights?: readonly string[]): string {
  const range = `${cells[0]}:${cells[cells.length - 1]}`;
  const none = `COUNT(${range})=0`;
  switch (rule.rule) {
    case 'sum': return `IF(${none},"",SUM(${range}))`;
    // The last month with a target, as IFs nested so the latest month is asked first. Not LOOKUP(9.99E+307, …) or
    // MATCH(big, range, 1): HyperFormula has no LOOKUP nor exponent literals, and LibreOffice's MATCH gives #N/A
    // over blank cells, so the usual "last number" tricks are not portable.
    case 'last': return cells.reduce((rest, c) => `IF(ISNUMBER(${c}),${c},${rest})`, '""');
    case 'average': {
      if (weights === undefined) return `IF(${none},"",AVERAGE(${range}))`;
      // Σ target × weight ÷ Σ weight over the months with a target, as the core's weightedAverage. SUMIF, not
      // SUMPRODUCT((range<>"")*weights): no array arithmetic, which HyperFormula needs switched on.
      const w = `${weights[0]}:${weights[weights.length - 1]}`;
      const total = `SUMIF(${range},"<>",${w})`;
      return `IF(${total}=0,"",SUMPRODUCT(${range},${w})/${total})`;
    }
    case 'period': throw new Error('a period target is typed, not computed');
  }
}

export function kpiTargetsSheet(ctx: YearContext, data: KpiRecord[], typed: PlanPeriodTarget[]): SheetSpec {
  const { l, template, year, lang } = ctx;
  const periods = ctx.rounds.map((r) => ({ key: periodColumn(r.period.id), months: r.months, name: r.name }));
  periods.push({ key: 'year', months: MONTH_COLUMNS.map((_, i) => i + 1), name: `${l.year.year} ${year}` });
  const cols: Col[] = ['kpi', 'rule', ...MONTH_COLUMNS, ...periods.map((p) => p.key), 'key'];
  const layout = new SheetLayout<Col>(cols);
  const title = `${l.year.targetsTitle} — ${ctx.title} — ${year}`;
  layout.add({ kpi: text(title, STYLES.title) }, 'title');
  layout.add({ kpi: text(l.year.targetsInfo, STYLES.info) }, 'info');
  const months = monthHeaders(lang);
  const span = (ms: number[]) => (ms.length === 12 ? '' : `\n${months[ms[0] - 1]}–${months[ms.at(-1)! - 1]}`);
  const headers: Record<Col, string> = {
    kpi: l.year.kpi, rule: l.year.rule, key: l.year.key,
    ...Object.fromEntries(MONTH_COLUMNS.map((m, i) => [m, months[i]])),
    ...Object.fromEntries(periods.map((p) => [p.key, `${p.name}${span(p.months)}`])),
  };
  layout.add(Object.fromEntries(cols.map((c) => [c, text(headers[c], STYLES.header)])), 'header');
  const first = layout.next;
  // Rows are placed first, so a weighted average may read a weight KPI listed below it.
  const rowOf = new Map(template.kpis.map((k, i) => [k.id, first + i]));
  const ruleWords = (kpi: Kpi, rule: Aggregation) => {
    if (rule.weight === undefined) return l.year.rules[rule.rule];
    const weight = template.kpis.find((k) => k.id === rule.weight);
    return l.year.rules.weighted(weight ? pick(weight.name, lang) : rule.weight);
  };
  const formats = { count: ctx.fmt.integer, percent: ctx.fmt.percent, eur: ctx.fmt.eur, seconds: ctx.fmt.seconds };
  for (const kpi of template.kpis) {
    const rule = aggregationOf(kpi);
    const row = rowOf.get(kpi.id)!;
    // A space after each figure: numbers keep to the right, and without it they would touch the next column on paper.
    const numFmt = `${formats[kpi.unit]}" "`;
    const input: CellStyle = { ...STYLES.input, numFmt };
    const cells: Record<Col, Cell> = { kpi: text(pick(kpi.name, lang), TEXT), rule: text(ruleWords(kpi, rule), TEXT) };
    MONTH_COLUMNS.forEach((m, i) => {
      const target = data.find((r) => r.kpi === kpi.id && r.month === `${year}-${m.slice(1)}`)?.target ?? null;
      cells[m] = target === null ? { blank: true, style: input } : { number: target, style: input };
    });
    const weightRow = rule.weight === undefined ? undefined : rowOf.get(rule.weight);
    for (const p of periods) {
      const at = (r: number) => p.months.map((m) => layout.cell(MONTH_COLUMNS[m - 1], r));
      const own = typed.find((t) => t.kpi === kpi.id && t.column === p.key)?.target;
      cells[p.key] = rule.rule === 'period'
        // GA4 users: months cannot be added up, so the manager types the period's target (see the note below).
        ? (own === undefined ? { blank: true, style: input } : { number: own, style: input })
        : {
          formula: periodFormula(rule, at(row), weightRow === undefined ? undefined : at(weightRow)),
          style: { numFmt, fill: PERIOD_FILL, bold: true },
        };
    }
    cells.key = text(kpi.id);
    layout.add(cells, kpiRowKey(kpi.id));
  }
  const notes: string[] = [];
  if (ctx.rounds.some((r) => r.months.length < r.period.months.length)) notes.push(l.year.partialRound);
  if (template.kpis.some((k) => aggregationOf(k).rule === 'period')) notes.push(l.year.periodNote);
  layout.add([], 'gap');
  notes.forEach((n, i) => layout.add({ kpi: text(n, STYLES.info) }, `note:${i + 1}`));
  const width: Record<Col, number> = {
    kpi: 22, rule: 16, key: 12, year: 11,
    ...Object.fromEntries(MONTH_COLUMNS.map((m) => [m, MONTH_WIDTH])),
    ...Object.fromEntries(periods.slice(0, -1).map((p) => [p.key, 12])),
  };
  const shown = cols.filter((c) => c !== 'key');
  const total = shown.reduce((w, c) => w + width[c], 0);
  const lastShown = shown[shown.length - 1];
  const wideRows = ['title', 'info', ...notes.map((_, i) => `note:${i + 1}`)];
  const columns: ColumnSpec[] = cols.map((c) => ({
    key: c, width: width[c], ...(c === 'key' ? { hidden: true } : {}),
    style: c === 'kpi' || c === 'rule' ? TEXT : { valign: 'top' },
  }));
  // A period's header: its name wrapped in a narrow bold column, then the months on a line of their own.
  const headerHeight = Math.max(...periods.map((p) => headers[p.key].split('\n')
    .reduce((h, part) => h + textHeight(part.length, (width[p.key] * 2) / 3) - 2, 4)));
  return {
    id: 'kpi-targets',
    name: ctx.names['kpi-targets'],
    columns,
    rows: layout.rows,
    rowCount: layout.rows.length,
    rowKeys: layout.rowKeys(),
    headerRow: layout.row('header'),
    frozen: { rows: layout.row('header'), columns: 1 },
    merges: wideRows.map((r) => ({ range: layout.area('kpi', r, lastShown, r) })),
    rowHeights: {
      [layout.row('title')]: 22,
      ...Object.fromEntries(wideRows.slice(1).map((r, i) =>
        [layout.row(r), textHeight((i === 0 ? l.year.targetsInfo : notes[i - 1]).length, total)])),
      [layout.row('header')]: headerHeight,
    },
    print: printSpec(title, lang, {
      landscape: true, gridlines: true, repeatRows: { from: layout.row('header'), to: layout.row('header') },
    }),
    // Month targets, and the period targets a `period` KPI types (the other period cells are formulas, never kept).
    entries: { keyColumn: 'key', columns: [...MONTH_COLUMNS, ...periods.map((p) => p.key)] },
    tabColor: COLORS.headerFill,
  };
}

