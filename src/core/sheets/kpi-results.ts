// The KPI results sheet: target, target to date, actual, variance, % achieved and a live status per KPI.
import type { KpiLine } from '../kpi/lines';
import type { Cell, Row, SheetSpec } from '../model/workbook';
import type { Kpi } from '../template/schema';
import { pick, formatDate } from '../i18n';
import { cellRef, formulaString, rangeRef } from './a1';
import type { SheetContext } from './context';
import { STATUS_RULE_STYLES, STYLES } from './style';
import { text } from './text';

/** Fixed places the formulas point at. */
export const KPI_LAYOUT = { elapsedCell: 'C3', toleranceCell: 'C4', headerRow: 6, firstRow: 7 } as const;
const COL = { target: 5, due: 6, actual: 7, variance: 8, achieved: 9, status: 10 } as const;

export interface KpiSheet {
  sheet: SheetSpec;
  /** Row of each KPI id, for formulas on other sheets. */
  rowOf: Map<string, number>;
  lastRow: number;
}

export function kpiResultsSheet(ctx: SheetContext, lines: KpiLine[], factor: number, orphans: [string, Record<string, unknown>][]): KpiSheet {
  const { l, fmt, lang } = ctx;
  const header = [l.kpi.kpi, l.kpi.unit, l.kpi.better, l.kpi.source, l.kpi.target, l.kpi.targetToDate, l.kpi.actual,
    l.kpi.variance, l.kpi.achieved, l.kpi.status, l.kpi.comment, 'key'];
  const rows: Row[] = [
    [text(`${l.kpi.title} — ${pick(ctx.template.title, lang)}`, STYLES.title)],
    [text(`${l.kpi.asOf(formatDate(ctx.today, lang))} · ${ctx.month.id}`, STYLES.info)],
    [text(l.kpi.elapsed, STYLES.label), null, { number: factor, style: { numFmt: fmt.percent } }],
    [text(l.kpi.tolerance, STYLES.label), null, { number: ctx.template.tolerance.atRisk, style: { numFmt: fmt.percent } }],
    [],
    header.map((h) => text(h, STYLES.header)),
  ];
  const rowOf = new Map<string, number>();
  lines.forEach((line) => {
    const r = rows.length + 1;
    rowOf.set(line.kpi.id, r);
    rows.push(kpiRow(ctx, line.kpi, r, line.target, line.actual, line.comment));
  });
  for (const [key, values] of orphans) {
    const r = rows.length + 1;
    const orphan: Kpi = { id: key, name: { en: key }, unit: 'count', direction: 'higher', source: 'manual', pace: false };
    rows.push(kpiRow(ctx, orphan, r, num(values.target), num(values.actual), typeof values.comment === 'string' ? values.comment : null));
  }
  const lastRow = Math.max(KPI_LAYOUT.firstRow, rows.length);
  const band = rangeRef(COL.achieved, KPI_LAYOUT.firstRow, COL.status, lastRow);
  const statusCell = `$J${KPI_LAYOUT.firstRow}`;
  return {
    rowOf,
    lastRow,
    sheet: {
      id: 'kpi-results',
      name: ctx.names['kpi-results'],
      // Few distinct widths on purpose: Sheets sets one run of equal widths per call.
      columns: [
        { key: 'kpi', width: 34, style: STYLES.wrap }, { key: 'unit', width: 13, style: STYLES.wrap }, { key: 'better', width: 13, style: STYLES.wrap },
        { key: 'source', width: 13 }, { key: 'target', width: 13 }, { key: 'due', width: 13 }, { key: 'actual', width: 13 },
        { key: 'variance', width: 13 }, { key: 'achieved', width: 13, style: { numFmt: fmt.percent } },
        { key: 'status', width: 13, style: { bold: true, align: 'center' } }, { key: 'comment', width: 36, style: STYLES.wrap },
        { key: 'key', width: 36, hidden: true },
      ],
      rows,
      headerRow: KPI_LAYOUT.headerRow,
      rowHeights: { 1: 22, [KPI_LAYOUT.headerRow]: 32 },
      frozen: { rows: KPI_LAYOUT.headerRow, columns: 1 },
      merges: [{ range: 'A1:K1' }],
      // One range for all three rules: LibreOffice shows only one format where ranges overlap.
      conditionalRules: [
        { range: band, formula: `${statusCell}=${formulaString(l.status.missed)}`, style: STATUS_RULE_STYLES.missed },
        { range: band, formula: `${statusCell}=${formulaString(l.status.atRisk)}`, style: STATUS_RULE_STYLES.atRisk },
        { range: band, formula: `${statusCell}=${formulaString(l.status.met)}`, style: STATUS_RULE_STYLES.met },
      ],
      print: { landscape: true, fitToWidth: true },
      autoFilter: rangeRef(1, KPI_LAYOUT.headerRow, COL.status, lastRow),
      entries: { keyColumn: 'key', columns: ['target', 'actual', 'comment'] },
    },
  };
}

function kpiRow(ctx: SheetContext, kpi: Kpi, r: number, target: number | null, actual: number | null, comment: string | null): Row {
  const { l, lang } = ctx;
  const valueFmt = { numFmt: unitFormat(ctx, kpi.unit) };
  const input = { ...valueFmt, ...STYLES.input };
  const E = cellRef(COL.target, r), F = cellRef(COL.due, r), G = cellRef(COL.actual, r), I = cellRef(COL.achieved, r);
  const elapsed = '$C$3', tol = '$C$4';
  const ratio = kpi.direction === 'higher' ? `IF(${F}=0,IF(${G}>=0,1,0),ROUND(${G}/${F},6))` : `IF(${G}=0,1,ROUND(${F}/${G},6))`;
  const cells: Cell[] = [
    text(pick(kpi.name, lang)),
    text(l.unit[kpi.unit]),
    text(l.direction[kpi.direction]),
    text(l.source[kpi.source]),
    target === null ? { blank: true, style: input } : { number: target, style: input },
    { formula: kpi.pace ? `IF(${E}="","",${E}*${elapsed})` : `IF(${E}="","",${E})`, style: valueFmt },
    actual === null ? { blank: true, style: input } : { number: actual, style: input },
    { formula: `IF(OR(${G}="",${F}=""),"",${G}-${F})`, style: valueFmt },
    { formula: `IF(OR(${G}="",${F}=""),"",${ratio})` },
    { formula: `IF(${I}="","",IF(${I}>=1,${formulaString(l.status.met)},IF(${I}>=${tol},${formulaString(l.status.atRisk)},${formulaString(l.status.missed)})))` },
    comment === null ? { blank: true, style: STYLES.input } : text(comment, STYLES.input),
    text(kpi.id),
  ];
  return cells;
}

export function unitFormat(ctx: SheetContext, unit: Kpi['unit']): string {
  return { count: ctx.fmt.integer, percent: ctx.fmt.percent, eur: ctx.fmt.eur, seconds: ctx.fmt.seconds }[unit];
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
