// The KPI results sheet: targets, actuals, variance, % achieved, a live status code and the month-end projection.
import { monthTitle, pick } from '../i18n';
import type { KpiLine } from '../kpi/lines';
import type { ChartSpec, SheetSpec } from '../model/workbook';
import type { Kpi } from '../template/schema';
import { sheetRef } from './a1';
import { CHART_TITLES, chartBelow } from './charts';
import type { SheetContext } from './context';
import { KPI_COLUMNS, KPI_HEAD_VALUE, kpiRowCells, type KpiColumn, type KpiHeadRow, type KpiValues } from './kpi-row';
import { printSpec } from './print';
import { SheetLayout } from './sheet-layout';
import { statusRules, yesNoFormat } from './status';
import { STYLES } from './style';
import { text } from './text';

export { unitFormat } from './kpi-row';
export type { KpiColumn } from './kpi-row';

/** Row key of a KPI's row. */
export const kpiRowKey = (id: string) => `kpi:${id}`;

/** Absolute references into the KPI sheet for other sheets' formulas: nobody else knows its letters or rows. */
export interface KpiRefs {
  /** `'KPI results'!$G$9`: a KPI row's cell. */
  cell(col: KpiColumn, kpiId: string): string;
  /** `'KPI results'!$J$8:$J$19`: a column over every KPI row, in sheet order. */
  range(col: KpiColumn): string;
  /** The as-of date, elapsed share, tolerance or month-over flag (1/0). */
  head(row: KpiHeadRow): string;
  /** KPI ids (template KPIs, then kept ones the template no longer has), in sheet order. */
  ids: string[];
  /** Their names as shown, in the same order (for row heights of the lists that show them). */
  names: string[];
}

export interface KpiSheet {
  sheet: SheetSpec;
  refs: KpiRefs;
}

export function kpiResultsSheet(
  ctx: SheetContext, lines: KpiLine[], orphans: [string, Record<string, unknown>][],
): KpiSheet {
  const { l, fmt, lang, month } = ctx;
  const lay = new SheetLayout(KPI_COLUMNS);
  const headValue = (label: string, cell: import('../model/workbook').Cell, key: KpiHeadRow) =>
    lay.add({ kpi: text(label, STYLES.label), [KPI_HEAD_VALUE]: cell }, key);
  const title = `${l.kpi.title} — ${pick(ctx.template.title, lang)} — ${monthTitle(month.id, lang)}`;
  lay.add({ kpi: text(title, STYLES.title) }, 'title');
  headValue(l.kpi.asOf, { formula: ctx.asOf, style: { numFmt: fmt.date, align: 'left' } }, 'asOf');
  const asOf = lay.cell(KPI_HEAD_VALUE, 'asOf', true);
  const date = (iso: string) => `DATE(${iso.split('-').map(Number).join(',')})`;
  // The same arithmetic as paceFactor(): 0 before the month, day ÷ days while it runs, 1 from its last day.
  const elapsed = `MIN(1,MAX(0,(${asOf}-${date(month.first)}+1)/${month.days}))`;
  headValue(l.kpi.elapsed, { formula: elapsed, style: { numFmt: fmt.percent, align: 'left' } }, 'elapsed');
  const tolerance = ctx.template.tolerance.atRisk;
  headValue(l.kpi.tolerance, { number: tolerance, style: { numFmt: fmt.percent, align: 'left' } }, 'tolerance');
  // A closed month (--final) is over from its last day on, so its statuses are final as of that day.
  const over = `IF(${asOf}${ctx.input.final ? '>=' : '>'}${date(month.last)},1,0)`;
  headValue(l.kpi.monthOver, { formula: over, style: { numFmt: yesNoFormat(l), align: 'left' } }, 'over');
  lay.add([]);
  const header: Record<KpiColumn, string> = {
    kpi: l.kpi.kpi, unit: l.kpi.unit, better: l.kpi.better, source: l.kpi.source, target: l.kpi.target,
    due: l.kpi.targetToDate, actual: l.kpi.actual, variance: l.kpi.variance, achieved: l.kpi.achieved,
    status: l.kpi.status, projected: l.kpi.projected, onTrack: l.kpi.onTrack, comment: l.kpi.comment, key: 'key',
    dueText: 'due text', actualText: 'actual text', shortText: 'shortfall text', rank: 'rank', metNames: 'met',
    flagNames: 'flagged',
  };
  lay.add(Object.fromEntries(KPI_COLUMNS.map((k) => [k, text(header[k], STYLES.header)])), 'header');

  const rows = lines.map((x): [Kpi, KpiValues] => [x.kpi, { target: x.target, actual: x.actual, comment: x.comment }]);
  for (const [key, values] of orphans) {
    const orphan: Kpi = {
      id: key, name: { en: key }, unit: 'count', direction: 'higher', source: 'manual', pace: false,
    };
    const comment = typeof values.comment === 'string' ? values.comment : null;
    rows.push([orphan, { target: num(values.target), actual: num(values.actual), comment }]);
  }
  const ids = rows.map(([kpi]) => kpi.id);
  let prev: number | undefined;
  for (const [kpi, values] of rows) {
    const row = lay.next;
    lay.add(kpiRowCells(ctx, lay, kpi, row, values, prev), kpiRowKey(kpi.id));
    prev = row;
  }
  const first = kpiRowKey(ids[0]), last = kpiRowKey(ids[ids.length - 1]);
  const name = ctx.names['kpi-results'];
  const refs: KpiRefs = {
    cell: (col, id) => sheetRef(name, lay.cell(col, kpiRowKey(id), true)),
    range: (col) => sheetRef(name, lay.span(col, first, last)),
    head: (row) => sheetRef(name, lay.cell(KPI_HEAD_VALUE, row, true)),
    ids,
    names: rows.map(([kpi]) => pick(kpi.name, lang)),
  };
  // Target to date against actual, one pair of bars per KPI, under the table (columns kpi..variance are visible).
  const place = chartBelow(lay.row(last), lay.col('kpi'), lay.col('variance'));
  const chart: ChartSpec = {
    id: 'kpi-target-actual', kind: 'bar', horizontal: true, title: CHART_TITLES[lang].targetActual,
    anchor: place.anchor,
    categories: refs.range('kpi'),
    series: [
      { name: l.kpi.targetToDate, values: refs.range('due') }, { name: l.kpi.actual, values: refs.range('actual') },
    ],
    axisTitles: { category: l.kpi.kpi },
  };
  const helpers = new Set<KpiColumn>(['key', 'dueText', 'actualText', 'shortText', 'rank', 'metNames', 'flagNames']);
  // Narrow enough that A4 landscape prints the table at 8 pt or more (see tests/render-excel/print-setup.test.ts).
  const width: Partial<Record<KpiColumn, number>> = { kpi: 30, unit: 11, better: 11, source: 11, comment: 26 };
  const style: Partial<Record<KpiColumn, import('../model/workbook').CellStyle>> = {
    kpi: STYLES.wrap, unit: STYLES.wrap, better: STYLES.wrap, comment: STYLES.wrap,
    achieved: { numFmt: fmt.percent }, status: { bold: true, align: 'center' }, onTrack: { align: 'center' },
    due: { align: 'right' }, variance: { align: 'right' }, projected: { align: 'right' },
  };
  return {
    refs,
    sheet: {
      id: 'kpi-results',
      name,
      // Few distinct widths on purpose: Sheets sets one run of equal widths per call.
      columns: KPI_COLUMNS.map((key) => ({
        key, width: width[key] ?? 12,
        // One vertical alignment for wrapped names and the numbers beside them.
        style: { valign: 'top', ...style[key] },
        ...(helpers.has(key) ? { hidden: true } : {}),
      })),
      rows: lay.rows,
      rowKeys: lay.rowKeys(),
      headerRow: lay.row('header'),
      // Three lines of header: "Projected month-end" and its neighbours wrap at these widths.
      rowHeights: { [lay.row('title')]: 22, [lay.row('header')]: 46, ...place.rowHeights },
      frozen: { rows: lay.row('header'), columns: 1 },
      merges: [{ range: lay.area('kpi', 'title', 'comment', 'title') }],
      // One range for all three status rules: LibreOffice shows only one format where ranges overlap.
      conditionalRules: statusRules(lay.area('achieved', first, 'status', last), lay.cellMixed('status', first)),
      print: printSpec(title, lang, { repeatRows: { from: lay.row('header'), to: lay.row('header') } }),
      autoFilter: lay.area('kpi', 'header', 'comment', last),
      entries: { keyColumn: 'key', columns: ['target', 'actual', 'comment'] },
      charts: [chart],
    },
  };
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
