// The round command's offline sources: the year plan's targets (`--plan`) and GA4 CSV exports, one per month.
import path from 'node:path';
import type { CliIo } from '../args';
import { readTextFile } from '../read-text-file';
import { readYearPlan } from '../plan-targets';
import { InputError, showValue } from '../../core/errors';
import { ga4Actuals } from '../../core/ga4/actuals';
import { ga4CsvMonth, parseGa4Csv } from '../../core/ga4/csv-import';
import type { Ga4MonthResult } from '../../core/ga4/types';
import { pick } from '../../core/i18n';
import type { KpiRecord } from '../../core/model/input';
import { aggregationOf, type Period, type PeriodRecord } from '../../core/periods';
import type { Language, Template } from '../../core/template/schema';
import { periodColumn } from '../../core/year/targets-sheet';
import type { RoundGa4 } from './round-ga4';

export const roundSourceFlags = {
  plan: {
    type: 'string', value: 'FILE.xlsx',
    help: "a year plan (kpi-planner plan): the round's month targets and typed round targets (--data wins)",
  },
  'ga-csv': {
    type: 'string', value: 'FILE', repeatable: true,
    help: 'a GA4 report exported as CSV for one month of the round (repeat it, one per month)',
  },
} as const;

/** The plan's month targets for the round and the round targets typed for `period` KPIs, with what it lacks. */
export async function loadRoundPlan(
  file: string, template: Template, period: Period, io: CliIo,
): Promise<{ months: KpiRecord[]; periodRecords: PeriodRecord[] }> {
  const plan = await readYearPlan(file, template, io.cwd);
  const shown = showValue(file, false);
  const year = String(plan.meta.year);
  const outside = period.months.filter((m) => !m.id.startsWith(`${year}-`)).map((m) => m.id);
  if (outside.length === period.months.length)
    throw new InputError(`--plan: a year plan for ${year}, and the round ${period.id} has no month in it`, shown);
  if (outside.length) io.err(`warning: --plan ${shown} is for ${year}: ${outside.join(', ')} take no targets from it`);
  const column = periodColumn(period.id);
  const periodRecords: PeriodRecord[] = [];
  const partial: string[] = [];
  for (const p of plan.periods.filter((x) => x.column === column)) {
    if (p.whole) periodRecords.push({ kpi: p.kpi, target: p.target });
    else partial.push(p.kpi);
  }
  // A round across two years: the plan's cell holds this year's part only, which is not the round's target.
  if (partial.length)
    io.err(`warning: --plan ${shown}: the round target typed for ${partial.join(', ')} covers only ${year}'s months; `
      + "type the whole round's target in the round review");
  return { months: plan.months, periodRecords };
}

/** GA4 CSV exports, one month each (the file's own dates say which); a round's users cannot come from them. */
export async function loadRoundGa4Csv(
  files: string[], template: Template, period: Period, lang: Language, io: CliIo,
): Promise<RoundGa4 | undefined> {
  if (files.length === 0) return undefined;
  if (!template.kpis.some((k) => k.source === 'ga4'))
    throw new InputError(`template "${template.id}" has no GA4 KPIs, so --ga-csv has nothing to fill`);
  const byMonth = new Map<string, string>();
  const monthly: KpiRecord[] = [];
  for (const file of files) {
    const name = showValue(path.basename(file), false);
    const result = exportMonth(await readTextFile(file, '--ga-csv', io.cwd), name, template, period);
    const twice = byMonth.get(result.month);
    if (twice) throw new InputError(`--ga-csv: ${name} and ${twice} both hold ${result.month}; give one per month`);
    byMonth.set(result.month, name);
    monthly.push(...ga4Actuals(result, template, result.month));
  }
  const months = [...byMonth.keys()].sort();
  io.err(`GA4 CSV: ${months.length} of ${period.months.length} months of ${period.id} (${months.join(', ')}).`);
  const users = template.kpis.filter((k) => k.source === 'ga4' && aggregationOf(k).rule === 'period');
  if (users.length) {
    const names = users.map((k) => `${k.id} (${pick(k.name, lang)})`).join(', ');
    io.err(`warning: a GA4 CSV export holds one month, so the round's own figure stays empty for ${names}: `
      + 'users over the round are not the months added up; type it in the round review or use --ga-property');
  }
  return { monthly, periodRecords: [] };
}

/** Which month of the round an export holds: the one its dates say (ga4CsvMonth). A file naming none is refused. */
function exportMonth(text: string, name: string, template: Template, period: Period): Ga4MonthResult {
  const month = ga4CsvMonth(text, name);
  if (month === null)
    throw new InputError('--ga-csv: the export does not say which month it holds; export it from GA4 with its '
      + 'header lines ("# Start date: …") or with a Date column', name);
  if (!period.months.some((m) => m.id === month)) {
    const span = `${period.months[0].id} – ${period.months[period.months.length - 1].id}`;
    throw new InputError(`--ga-csv: the export is not one month of the round ${period.id} (${span}); `
      + 'export each month of the round from GA4 as a file of its own', name);
  }
  return parseGa4Csv(text, name, template, month);
}
