// The GA4 data sheet: data quality on top, then month totals, the daily series, channel groups and campaigns.
import { printSpec } from '../sheets/print';
import type { Cell, CellStyle, ColumnSpec, Row, SheetSpec } from '../model/workbook';
import type { Language } from '../template/schema';
import { type Ga4Labels, ga4Labels, metricLabel } from './labels';
import { localizeGa4Text } from './sentences';
import type { Ga4MetricType, Ga4MonthResult, Ga4Table } from './types';

export interface Ga4SheetContext {
  lang: Language;
  /** `YYYY-MM`; must be the result's month. */
  month: string;
  /** Visible tab name, already valid and unique. */
  name: string;
}

const TITLE: CellStyle = { bold: true, size: 14 };
const SECTION: CellStyle = { bold: true, fill: '#E8F0FE' };
const HEADER: CellStyle = { bold: true, fill: '#F1F3F4', wrap: true };
const FLAG: CellStyle = { bold: true, color: '#C5221F', fill: '#FCE8E6' };
const NOTE: CellStyle = { italic: true, color: '#5F6368' };
const FORMATS: Record<string, CellStyle> = {
  int: { numFmt: '#,##0' }, dec: { numFmt: '#,##0.00' }, pct: { numFmt: '0.0%' }, sec: { numFmt: '#,##0.0' },
};

/** GA4 rates are fractions 0–1, so they read as percentages. */
function valueStyle(metric: string, type: Ga4MetricType): CellStyle {
  if (/Rate$/.test(metric) || /Rate:/.test(metric)) return FORMATS.pct;
  if (type === 'TYPE_INTEGER') return FORMATS.int;
  if (type === 'TYPE_SECONDS') return FORMATS.sec;
  return FORMATS.dec;
}

const num = (value: number | null, style: CellStyle): Cell => (value === null ? null : { number: value, style });
/** Every string that came from GA4, a CSV or a template is written as text, never as a formula. */
const text = (value: string, style?: CellStyle): Cell => (style ? { text: value, style } : { text: value });

export function buildGa4Sheet(result: Ga4MonthResult, ctx: Ga4SheetContext): SheetSpec {
  if (ctx.month !== result.month) throw new Error(`the GA4 numbers are for ${result.month}, not ${ctx.month}`);
  const L = ga4Labels(ctx.lang);
  const rows: Row[] = [];

  rows.push([text(`${L.title} · ${result.month}`, TITLE)]);
  rows.push([]);
  for (const [label, value, flagged] of qualityLines(result, L, ctx.lang)) {
    rows.push([text(label, { bold: true }), text(value, flagged ? FLAG : undefined)]);
  }

  rows.push([], [text(L.totals, SECTION)], [text(L.totalsNote, NOTE)]);
  rows.push([L.metric, 'GA4 API', L.filter, L.value, L.notes].map((h) => text(h, HEADER)));
  for (const t of result.totals) {
    const filter = t.filter ? `${t.filter.dimension} ${L.match[t.filter.match]} ${t.filter.value}` : '';
    rows.push([
      text(metricLabel(L, t.metric)), text(t.metric), text(filter),
      num(t.value, valueStyle(t.metric, t.type)), t.missing ? text(localizeGa4Text(t.missing, ctx.lang), NOTE) : null,
    ]);
  }

  rows.push([], [text(L.daily, SECTION)]);
  if (result.daily.metrics.some((m) => /[Uu]sers$/.test(m) && m !== 'newUsers')) rows.push([text(L.dailyUsersNote, NOTE)]);
  pushTable(rows, result.daily, L.date, L, (key) => ({ date: key }));
  rows.push([], [text(L.channels, SECTION)]);
  pushTable(rows, result.channels, L.channel, L, (key) => text(key));
  rows.push([], [text(L.campaigns, SECTION)]);
  pushTable(rows, result.campaigns, L.campaign, L, (key) => text(key));

  const width = Math.max(5, ...[result.daily, result.channels, result.campaigns].map((t) => t.metrics.length + 1));
  const columns: ColumnSpec[] = Array.from({ length: width }, (_, i) => ({
    key: i === 0 ? 'label' : `c${i}`,
    width: i === 0 ? 34 : i === 1 ? 26 : 16,
  }));

  return {
    id: 'ga4',
    name: ctx.name,
    columns,
    rows,
    rowCount: rows.length,
    frozen: { rows: 1, columns: 0 },
    tabColor: '#E37400',
    print: printSpec(`${L.title} · ${result.month}`, ctx.lang),
  };
}

function pushTable<K>(rows: Row[], table: Ga4Table<K>, keyHeader: string, L: Ga4Labels, keyCell: (key: K) => Cell): void {
  rows.push([keyHeader, ...table.metrics.map((m) => metricLabel(L, m))].map((h) => text(h, HEADER)));
  const styles = table.metrics.map((m, i) => valueStyle(m, table.types[i]));
  for (const row of table.rows) rows.push([keyCell(row.key), ...row.values.map((v, i) => num(v, styles[i]))]);
}

function qualityLines(result: Ga4MonthResult, L: Ga4Labels, lang: Language): [string, string, boolean][] {
  const q = result.quality;
  const yesNo = (flag: boolean): [string, boolean] => [flag ? L.yes : L.no, flag];
  const csv = result.kind === 'csv';
  const unstated: [string, boolean] = [L.unknown, false];
  const share = q.sampledShare === undefined ? undefined : percent(q.sampledShare, lang);
  const lines: [string, string, boolean][] = [
    [result.kind === 'api' ? L.property : L.sourceFile, result.source, false],
    [L.period, `${result.startDate} – ${result.endDate}`, false],
    [L.timeZone, q.timeZone ?? L.unknown, false],
    [L.currency, q.currencyCode ?? L.unknown, false],
    // A CSV export does not carry GA4's sampling and threshold flags: say so rather than "No".
    [L.sampled, ...(csv ? unstated : q.sampled && share ? ([L.sampledShare(share), true] as [string, boolean]) : yesNo(q.sampled))],
    [L.thresholded, ...(csv ? unstated : yesNo(q.thresholded))],
    [L.otherRow, ...yesNo(q.otherRow)],
  ];
  if (q.quota) lines.push([L.quota, L.quotaUsed(q.quota.tokensConsumed, q.quota.tokensPerDayRemaining), false]);
  if (q.restrictedMetrics.length > 0) lines.push([L.restricted, q.restrictedMetrics.join(', '), true]);
  for (const note of q.notes) lines.push([L.notes, localizeGa4Text(note, lang), true]);
  return lines;
}

function percent(share: number, lang: Language): string {
  const s = (share * 100).toFixed(1);
  return lang === 'en' ? `${s}%` : `${s.replace('.', ',')} %`;
}
