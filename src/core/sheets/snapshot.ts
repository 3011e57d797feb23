// A closed month's snapshot tab: the KPI table, counts, verdict and flagged list as values, plus live "changed" cells.
import { labels, monthTitle } from '../i18n';
import type { Language } from '../constants';
import { verdictOf, type KpiCounts } from '../kpi/verdict';
import { snapshotCounts, snapshotFlagged, type SnapshotInput, type StoredValue } from './snapshot-input';
import type { Cell, CellStyle, SheetSpec, WorkbookSpec } from '../model/workbook';
import { formulaString, sheetRef } from './a1';
import { KPI_COLUMNS } from './kpi-row';
import { printSpec } from './print';
import { SheetLayout } from './sheet-layout';
import { formatLiteral, statusRules } from './status';
import { STATUS_RULE_STYLES, STYLES } from './style';
import { sheetName, text } from './text';

export const SNAPSHOT_COLUMNS = [
  'kpi', 'target', 'due', 'actual', 'variance', 'achieved', 'status', 'changed',
  // Hidden: the row key and the values as closed, which the "changed" formulas compare with the live sheet.
  'key', 'storedTarget', 'storedActual', 'storedStatus',
] as const;
export type SnapshotColumn = (typeof SNAPSHOT_COLUMNS)[number];
export type { SnapshotInput, SnapshotKpi, StoredValue } from './snapshot-input';
export { snapshotCounts, snapshotFlagged } from './snapshot-input';

const HIDDEN: readonly SnapshotColumn[] = ['key', 'storedTarget', 'storedActual', 'storedStatus'];
const WIDTH: Record<SnapshotColumn, number> = {
  kpi: 36, target: 13, due: 13, actual: 13, variance: 13, achieved: 11, status: 13, changed: 22,
  key: 12, storedTarget: 10, storedActual: 10, storedStatus: 10,
};

export const snapshotRowKey = (id: string) => `kpi:${id}`;
export const snapshotSheetName = (lang: Language, month: string) =>
  sheetName(`${labels(lang).snapshot.sheet} ${month}`, new Set());

const stored = (v: StoredValue): Cell => (v === null || v === '' ? null : typeof v === 'number' ? v : text(v));

export function snapshotSheet(input: SnapshotInput): SheetSpec {
  const l = labels(input.lang), s = l.snapshot;
  const lay = new SheetLayout(SNAPSHOT_COLUMNS);
  const title = `${s.title} — ${input.process} — ${monthTitle(input.month, input.lang)}`;
  const head = (key: string, label: string, value: Cell) =>
    lay.add({ kpi: text(label, STYLES.label), target: value }, key);
  lay.add({ kpi: text(title, STYLES.title) }, 'title');
  head('asOf', l.kpi.asOf, text(input.asOf));
  head('closedBy', s.closedBy, text(input.closedBy));
  head('closedAt', s.closedAt, text(input.closedAt));
  // The flag row's formula needs the KPI rows' range: filled in once they are placed.
  const flagRow = lay.add([], 'flag');
  lay.add({ kpi: text(s.note, STYLES.info) }, 'note');
  lay.add([]);
  const header: Record<SnapshotColumn, string> = {
    kpi: l.kpi.kpi, target: l.kpi.target, due: l.kpi.targetToDate, actual: l.kpi.actual, variance: l.kpi.variance,
    achieved: l.kpi.achieved, status: l.kpi.status, changed: s.sinceClosed, key: 'key',
    storedTarget: 'target', storedActual: 'actual', storedStatus: 'status',
  };
  lay.add(Object.fromEntries(SNAPSHOT_COLUMNS.map((c) => [c, text(header[c], STYLES.header)])), 'header');
  // 1 → changed, 0 → unchanged: a code shown as words, like the KPI statuses.
  const changedFmt = `${formatLiteral(s.changed)};${formatLiteral(s.changed)};${formatLiteral(s.unchanged)};@`;
  input.kpis.forEach((k, i) => {
    const row = lay.next;
    const changed: Cell = 'kpiSheet' in input.live
      ? { formula: changedFormula(lay, row, input.live.kpiSheet), style: { numFmt: changedFmt } }
      : { number: input.live.changed[i] ? 1 : 0, style: { numFmt: changedFmt } };
    lay.add({
      kpi: text(k.shown.kpi), target: text(k.shown.target), due: text(k.shown.due), actual: text(k.shown.actual),
      variance: text(k.shown.variance), achieved: text(k.shown.achieved), status: text(k.shown.status), changed,
      key: text(k.id), storedTarget: stored(k.values.target), storedActual: stored(k.values.actual),
      storedStatus: stored(k.values.status),
    }, snapshotRowKey(k.id));
  });
  const [first, last] = [lay.row('header') + 1, Math.max(lay.last, lay.row('header') + 1)];
  const changedRange = lay.area('changed', first, 'changed', last, true);
  // The one cell the director looks at: any KPI row changed since the month was closed.
  const flag = `IF(COUNTIF(${changedRange},1)>0,${formulaString(s.changed)},${formulaString(s.unchanged)})`;
  const flagCells = { kpi: text(s.sinceClosed, STYLES.label), target: { formula: flag, style: BOLD } };
  lay.rows[flagRow - 1] = fill(lay, flagCells);
  // Status colours from the stored codes (the shown words are texts); the flag red once anything changed.
  const rules = statusRules(lay.area('status', first, 'status', last), lay.cellMixed('storedStatus', first));
  const changedAny = `COUNTIF(${changedRange},1)>0`;
  rules.push({ range: lay.cell('target', flagRow), formula: changedAny, style: STATUS_RULE_STYLES.missed });

  const counts = snapshotCounts(input.kpis), sum = l.summary;
  lay.add([]);
  lay.add({ kpi: text(sum.kpiStatus, STYLES.header), target: text('', STYLES.header) }, 'countsHeader');
  const countRows: [string, keyof KpiCounts][] = [
    [sum.met, 'met'], [sum.atRisk, 'atRisk'], [sum.missed, 'missed'], [sum.notReported, 'noFigure'],
  ];
  for (const [label, key] of countRows) lay.add({ kpi: text(label), target: counts[key] }, `count:${key}`);
  const verdict = sum[verdictOf(counts, input.ended)].replace('{n}', String(counts.noFigure));
  lay.add({ kpi: text(verdict, STYLES.info) }, 'verdict');

  lay.add([]);
  lay.add({
    kpi: text(sum.missedList, STYLES.header), due: text(l.kpi.targetToDate, STYLES.header),
    actual: text(l.kpi.actual, STYLES.header), achieved: text(l.kpi.achieved, STYLES.header),
    status: text(l.kpi.status, STYLES.header),
  }, 'listHeader');
  for (const k of snapshotFlagged(input.kpis)) {
    lay.add({
      kpi: text(k.shown.kpi), due: text(k.shown.due), actual: text(k.shown.actual), achieved: text(k.shown.achieved),
      status: text(k.shown.status),
    }, `flagged:${k.id}`);
  }
  return {
    id: 'snapshot',
    name: snapshotSheetName(input.lang, input.month),
    monthBound: true,
    columns: SNAPSHOT_COLUMNS.map((key) => ({
      key, width: WIDTH[key], style: { valign: 'top', wrap: key === 'kpi' },
      ...(HIDDEN.includes(key) ? { hidden: true } : {}),
    })),
    rows: lay.rows,
    rowKeys: lay.rowKeys(),
    headerRow: lay.row('header'),
    frozen: { rows: lay.row('header'), columns: 1 },
    conditionalRules: rules,
    print: printSpec(title, input.lang, { landscape: true }),
    tabColor: '#7F7F7F',
  };
}

const BOLD: CellStyle = { bold: true };

/** A row's cells by column key, in column order (for a row whose contents are known only later). */
function fill(lay: SheetLayout<SnapshotColumn>, cells: Partial<Record<SnapshotColumn, Cell>>): Cell[] {
  const row: Cell[] = SNAPSHOT_COLUMNS.map(() => null);
  for (const [k, v] of Object.entries(cells) as [SnapshotColumn, Cell][]) row[lay.col(k) - 1] = v;
  while (row.length && row[row.length - 1] === null) row.pop();
  return row;
}

/**
 * 1 when the live KPI sheet's target, actual or status code for this KPI differs from the stored one, or the KPI
 * is gone; else 0. Rows are found by key (MATCH), so a regenerated or re-sorted KPI sheet still compares right.
 * Both sides go through `&""`: the same value gives the same text in one engine, numbers and texts alike.
 */
function changedFormula(lay: SheetLayout<SnapshotColumn>, row: number, kpiSheet: string): string {
  const kpi = new SheetLayout(KPI_COLUMNS);
  const column = (c: (typeof KPI_COLUMNS)[number]) => sheetRef(kpiSheet, `$${kpi.letter(c)}:$${kpi.letter(c)}`);
  const at = `MATCH(${lay.cell('key', row)},${column('key')},0)`;
  const same = (c: 'target' | 'actual' | 'status', mine: SnapshotColumn) =>
    `INDEX(${column(c)},${at})&""=${lay.cell(mine, row)}&""`;
  const all = `AND(${same('target', 'storedTarget')},${same('actual', 'storedActual')},` +
    `${same('status', 'storedStatus')})`;
  return `IFERROR(IF(${all},0,1),1)`;
}

/** The Excel download of a closed month: the snapshot alone, as closed. */
export function snapshotWorkbook(input: SnapshotInput): WorkbookSpec {
  const l = labels(input.lang);
  return {
    properties: {
      title: `${l.snapshot.title} — ${input.process} — ${monthTitle(input.month, input.lang)}`,
      subject: `${l.kpi.title} ${input.month}`, creator: 'KPI Planner', keywords: `KPI, ${input.month}`,
      created: input.closedAt.slice(0, 10), language: input.lang,
    },
    sheets: [snapshotSheet(input)],
  };
}
