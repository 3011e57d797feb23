// Reads a GA4 report exported as CSV (offline import) into the same month result the Data API gives.
import { InputError, showValue } from '../errors';
import { cellError, parseCsv, type CsvRecord, type CsvTable } from '../inputs/csv';
import { isRealDate } from '../dates';
import { chooseDecimal, parseNumber, type DecimalSeparator } from '../inputs/parse-number';
import type { IsoDate } from '../model/workbook';
import type { Template } from '../template/schema';
import {
  dimensionColumn, isTotalsLabel, metricColumn, type Ga4DimensionField, type Ga4MetricColumn,
} from './csv-columns';
import { checkPeriod, headerNames, stripComments } from './csv-export-text';
import { filterKey, isAdditive } from './metrics';
import { monthRange } from './requests';
import type { Ga4Filter, Ga4MonthResult, Ga4Table, Ga4Total } from './types';

interface Parsed { key: string; values: (number | null)[] }

/**
 * The month an export holds: the one its `# Start date` line states, else the month of its first date; null when it
 * says neither (a totals-only export without its header lines). `parseGa4Csv` then checks the whole file fits it.
 */
export function ga4CsvMonth(text: string, fileName: string): string | null {
  const { body, period } = stripComments(text);
  if (period.length) return `${period[0].slice(0, 4)}-${period[0].slice(4, 6)}`;
  const names = headerNames(body);
  const table = parseCsv(body, fileName, { required: [], optional: names, numbers: [] });
  const col = table.header.findIndex((h) => dimensionColumn(h) === 'date');
  for (const r of col < 0 ? [] : table.records) {
    const m = /^(\d{4})-?(\d{2})-?\d{2}$/.exec((r.cells[col] ?? '').trim());
    if (m) return `${m[1]}-${m[2]}`;
  }
  return null;
}

/**
 * GA4's export starts with `#` comment lines (report name, property, `# Start date: 20261101`),
 * may use `;` and decimal commas (Latvian/Lithuanian locale), and writes dates as YYYYMMDD.
 * Additive metrics may be summed from the rows; users, rates and averages only come from a
 * totals row (or a one-row export), otherwise they are reported missing, never summed.
 */
export function parseGa4Csv(text: string, fileName: string, template: Template, month: string): Ga4MonthResult {
  const { startDate, endDate } = monthRange(month);
  const notes: string[] = [];
  const { body, period, extraTables, headerLine } = stripComments(text);
  if (extraTables) notes.push('Only the first table of the export was read.');

  const names = headerNames(body);
  const table = parseCsv(body, fileName, { required: [], optional: names, numbers: names });
  const columns = table.header.map((h) => ({ dim: dimensionColumn(h), metric: metricColumn(h), header: h }));
  const metricCols = columns.map((c, i) => ({ ...c, i }))
    .filter((c): c is typeof c & { metric: Ga4MetricColumn } => !!c.metric && !c.dim);
  const dimCols = columns.map((c, i) => ({ ...c, i })).filter((c) => c.dim);
  if (metricCols.length === 0) {
    const expected = 'expected e.g. Date, Sessions, Total users, New users, Key events';
    const found = `no GA4 metric column found (headers: ${table.header.join(', ')})`;
    throw new InputError(`${found}; ${expected}`, `${fileName}:${headerLine}`);
  }
  const unknown = columns.filter((c) => !c.dim && !c.metric).map((c) => c.header);
  if (unknown.length) notes.push(`Columns not used: ${unknown.join(', ')}.`);
  const dim: Ga4DimensionField | undefined = dimCols[0]?.dim;
  // Rows cut by a second dimension (e.g. date × page) overlap, so nothing may be summed across them.
  const unknownDims = columns.some((c, i) => !c.dim && !c.metric
    && table.records.some((r) => /[^\d\s.,%-]/.test(r.cells[i] ?? '')));
  const summable = dimCols.length <= 1 && !unknownDims;

  const metricCells = table.records.flatMap((r) => metricCols.map((c) => r.cells[c.i] ?? ''));
  const decimal = chooseDecimal(metricCells, table.delimiter).decimal;
  let totalsRow: Parsed | undefined;
  const rows: Parsed[] = [];
  for (const r of table.records) {
    const key = dimCols.length ? (r.cells[dimCols[0].i] ?? '').trim() : '';
    const values = metricCols.map((c) => readValue(table, r, c.i, c.metric, decimal));
    if (dimCols.length && (key === '' || isTotalsLabel(key))) totalsRow = { key, values };
    else rows.push({ key: dim === 'date' ? readDate(table, r, dimCols[0].i, startDate, endDate) : key, values });
  }
  if (!dimCols.length && rows.length === 1) totalsRow = rows.pop();

  checkPeriod(period, startDate, endDate, fileName, notes, dim === 'date');
  const metrics = metricCols.map((c) => c.metric.metric);
  const types = metricCols.map((c) => c.metric.type);
  const sum = (m: number, from: Parsed[]) =>
    from.reduce<number | null>((s, r) => (r.values[m] === null ? s : (s ?? 0) + r.values[m]!), null);
  const what = dim === 'date' ? 'days' : 'rows';

  const totals: Ga4Total[] = metrics.map((metric, m) => {
    const total: Ga4Total = { metric, type: types[m], value: null };
    if (totalsRow) total.value = totalsRow.values[m];
    else if (isAdditive(metric) && summable) total.value = sum(m, rows);
    else {
      total.missing = `the export has no totals row, and ${metric} cannot be added up from its ${what} `
        + '(one user on two days is still one user); export with totals or use --ga-property';
    }
    return total;
  });
  if (metrics.includes('activeUsers') && !metrics.includes('totalUsers')) {
    notes.push('"Users" was read as activeUsers (GA4 reports call active users "Users"); '
      + 'a totalUsers KPI needs a "Total users" column.');
  }

  for (const kpi of template.kpis) {
    if (kpi.source !== 'ga4' || !kpi.ga4) continue;
    const { metric, filter } = kpi.ga4;
    if (totals.some((t) => t.metric === metric && filterKey(t.filter) === filterKey(filter))) continue;
    const m = metrics.indexOf(metric);
    if (m < 0) {
      const missing = `the CSV has no column for ${metric}`;
      totals.push({ metric, filter, type: 'METRIC_TYPE_UNSPECIFIED', value: null, missing });
    } else {
      const hits = rows.filter((r) => matches(r.key, filter!));
      totals.push(filtered(metric, types[m], filter!, dim, hits, (from) => sum(m, from), m));
    }
  }

  const tableOf = <K extends string>(field: Ga4DimensionField): Ga4Table<K> =>
    dim === field
      ? { metrics, types, rows: rows.map((r) => ({ key: r.key as K, values: r.values })) }
      : { metrics: [], types: [], rows: [] };
  const daily = tableOf<IsoDate>('date');
  daily.rows.sort((a, b) => (a.key < b.key ? -1 : 1));
  const channels = tableOf<string>('sessionDefaultChannelGroup');
  const campaigns = tableOf<string>('sessionCampaignName');
  notes.push('A CSV export does not say whether GA4 sampled or thresholded the data.');

  return {
    source: fileName, kind: 'csv', month, startDate, endDate, totals, daily, channels, campaigns,
    quality: {
      sampled: false, thresholded: false, restrictedMetrics: [], notes,
      otherRow: [...channels.rows, ...campaigns.rows].some((r) => r.key === '(other)'),
    },
    requests: { http: 0, reports: 0 },
  };
}

/** A filtered KPI from a CSV only works when the export is broken down by the filter's dimension. */
function filtered(
  metric: string, type: Ga4Total['type'], filter: Ga4Filter, dim: Ga4DimensionField | undefined,
  hits: Parsed[], sum: (from: Parsed[]) => number | null, m: number,
): Ga4Total {
  const total: Ga4Total = { metric, filter, type, value: null };
  if (dim !== filter.dimension) {
    total.missing = `the CSV is not broken down by ${filter.dimension}, so this filter cannot be applied`;
  }
  else if (isAdditive(metric)) total.value = sum(hits) ?? 0;
  else if (hits.length === 1) total.value = hits[0].values[m];
  else total.missing = `${hits.length} rows match the filter and ${metric} cannot be added up across them`;
  return total;
}

function matches(value: string, filter: Ga4Filter): boolean {
  const v = value.toLowerCase();
  const f = filter.value.toLowerCase();
  return filter.match === 'exact' ? v === f : filter.match === 'begins-with' ? v.startsWith(f) : v.includes(f);
}

function readValue(
  table: CsvTable, r: CsvRecord, i: number, col: Ga4MetricColumn, decimal: DecimalSeparator,
): number | null {
  const raw = (r.cells[i] ?? '').trim();
  const clock = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(raw);
  if (clock && col.type === 'TYPE_SECONDS') {
    const [h, mi, s] = clock[3] === undefined ? [0, +clock[1], +clock[2]] : [+clock[1], +clock[2], +clock[3]];
    return h * 3600 + mi * 60 + s;
  }
  try {
    return parseNumber(raw, decimal);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const where = `${table.fileName}:${r.line}:${i + 1}`;
    throw new InputError(`${col.metric} ${showValue(raw)} is not a number: ${e.message}`, where);
  }
}

function readDate(table: CsvTable, r: CsvRecord, i: number, start: IsoDate, end: IsoDate): IsoDate {
  const raw = (r.cells[i] ?? '').trim();
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(raw);
  const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : '';
  const shape = 'a date such as 20261105 (YYYYMMDD) or 2026-11-05';
  if (!m) throw cellError(table, r, table.header[i], `the date ${showValue(raw)} should be ${shape}`);
  if (!isRealDate(+m[1], +m[2], +m[3])) {
    throw cellError(table, r, table.header[i], `${showValue(raw)} is not a calendar date from 1900 on; write ${shape}`);
  }
  if (iso < start || iso > end) {
    throw cellError(table, r, table.header[i], `the date ${iso} is outside the month ${start.slice(0, 7)}`);
  }
  return iso;
}
