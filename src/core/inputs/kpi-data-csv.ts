// Reads the --data CSV (kpi, month, target, actual, optional action) into KPI records resolved to the template's ids.
import { isMonthId } from '../dates';
import type { KpiRecord } from '../model/input';
import type { Kpi, Template } from '../template/schema';
import { InputError, showValue } from '../errors';
import { cellError, cellText, parseCsv, type CsvRecord, type CsvTable } from './csv';
import { chooseDecimal, parseNumberParts, type DecimalChoice } from './parse-number';

const COLUMNS = {
  required: ['kpi', 'month', 'target', 'actual'], optional: ['action'], numbers: ['target', 'actual'],
} as const;

/** Lower-cased, NFC, inner spaces collapsed: "  Jauni  Sekotāji " matches "jauni sekotāji". */
function key(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** id and every name (lv, lt, en) → the KPI; a name shared by two KPIs maps to null (ambiguous). */
function kpiIndex(template: Template): Map<string, Kpi | null> {
  const index = new Map<string, Kpi | null>();
  for (const kpi of template.kpis) index.set(key(kpi.id), kpi);
  for (const kpi of template.kpis) {
    for (const name of [kpi.name.lv, kpi.name.lt, kpi.name.en]) {
      if (!name) continue;
      const k = key(name);
      const seen = index.get(k);
      if (seen === undefined) index.set(k, kpi);
      else if (seen !== kpi && seen !== null && !template.kpis.some((x) => key(x.id) === k)) index.set(k, null);
    }
  }
  return index;
}

const MONTH_FORMATS = 'YYYY-MM, e.g. 2026-10 (also accepted: 2026.10, 2026/10, 10.2026, 10/2026, 2026-10-01, '
  + '01.10.2026)';

/**
 * A month as written in the CSV → `YYYY-MM`, or null. Besides YYYY-MM we accept what Excel in
 * LV/LT turns a month into when it re-saves the file (2026.10., 10.2026, a first-of-month date).
 */
export function parseMonthText(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})[-./](\d{1,2})\.?$/.exec(t);
  let year: string | undefined;
  let month: string | undefined;
  if (m) [, year, month] = m;
  else if ((m = /^(\d{1,2})[./](\d{4})$/.exec(t))) [, month, year] = m;
  else if ((m = /^(\d{4})-(\d{2})-01$/.exec(t))) [, year, month] = m;
  else if ((m = /^0?1\.(\d{1,2})\.(\d{4})\.?$/.exec(t))) [, month, year] = m;
  if (!year || !month) return null;
  const id = `${year}-${month.padStart(2, '0')}`;
  return isMonthId(id) ? id : null;
}

function readValue(
  table: CsvTable, r: CsvRecord, column: 'target' | 'actual', kpi: Kpi, choice: DecimalChoice,
): number | null {
  const raw = cellText(table, r, column);
  const shown = `${column} ${showValue(raw)}`;
  let parts;
  try {
    parts = parseNumberParts(raw, choice.decimal);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const separator = choice.decimal === ',' ? 'comma' : 'point';
    const decimal = `this file uses decimal ${separator}, decided from ${choice.reason}`;
    throw cellError(table, r, column, `${shown} is not a number: ${e.message} (${decimal})`);
  }
  if (!parts) return null;
  if (parts.percent && kpi.unit !== 'percent')
    throw cellError(table, r, column, `${shown} has a % sign, but KPI "${kpi.id}" is measured in ${kpi.unit}`);
  if (parts.euro && kpi.unit !== 'eur')
    throw cellError(table, r, column, `${shown} is in euros, but KPI "${kpi.id}" is measured in ${kpi.unit}`);
  if (parts.value < 0 && kpi.negative !== true)
    throw cellError(table, r, column, `${shown} is negative, but KPI "${kpi.id}" cannot be below 0; give 0 or more`);
  // Percent KPIs are stored as fractions (0.62 shows as 62 %). Excel exports what a cell shows:
  // "62%" from a %-formatted cell, "0,62" from a plain one; both mean 62 %, so only % scales.
  // A bare 55 is neither: it would read as 5,500 %, so ask which was meant.
  if (kpi.unit === 'percent' && !parts.percent && Math.abs(parts.value) > 1) {
    const [pct, frac] = [`${raw.trim()}%`, String(parts.hundredth).replace('.', choice.decimal)];
    const valid = `KPI "${kpi.id}" takes ${pct} or ${frac} (a fraction of 1)`;
    throw cellError(table, r, column, `${shown} is not a percent: ${valid}`);
  }
  return parts.percent ? parts.hundredth : parts.value;
}

/**
 * Parses KPI figures. `kpi` may be the id or a name in any of the template's languages
 * (case-insensitive); `target` and `actual` may be blank. Throws InputError with file:line:column.
 */
export function parseKpiDataCsv(text: string, fileName: string, template: Template): KpiRecord[] {
  const table = parseCsv(text, fileName, COLUMNS);
  const index = kpiIndex(template);
  const numbers = table.records.flatMap((r) => [cellText(table, r, 'target'), cellText(table, r, 'actual')]);
  const choice = chooseDecimal(numbers, table.delimiter);
  const seen = new Map<string, number>();
  const out: KpiRecord[] = [];
  for (const r of table.records) {
    const name = cellText(table, r, 'kpi');
    const kpi = index.get(key(name));
    if (!kpi) {
      const why = name === '' ? 'the KPI is missing'
        : kpi === null ? `${showValue(name)} names more than one KPI; use its id`
        : `unknown KPI ${showValue(name)}`;
      throw cellError(table, r, 'kpi', `${why}; valid KPI ids for template "${template.id}": `
        + `${template.kpis.map((k) => k.id).join(', ')}`);
    }
    const monthText = cellText(table, r, 'month');
    const month = parseMonthText(monthText);
    if (!month) throw cellError(table, r, 'month', `${showValue(monthText)} is not a month: write ${MONTH_FORMATS}`);
    const dupKey = `${kpi.id} ${month}`;
    const first = seen.get(dupKey);
    if (first !== undefined)
      throw cellError(table, r, 'kpi', `KPI "${kpi.id}" for ${month} is already given on line ${first}; give each KPI `
        + `and month once`);
    seen.set(dupKey, r.line);
    out.push({
      kpi: kpi.id,
      month,
      target: readValue(table, r, 'target', kpi, choice),
      actual: readValue(table, r, 'actual', kpi, choice),
      // The month's corrective action, kept as text for the round review's list of missed KPIs.
      ...(cellText(table, r, 'action') ? { action: cellText(table, r, 'action') } : {}),
    });
  }
  return out;
}
