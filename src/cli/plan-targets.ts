// A year plan's file: its meta rows (kind, template, year), and the month targets read back from its KPI targets.
import path from 'node:path';
import type { Workbook } from 'exceljs';
import { InputError, showValue } from '../core/errors';
import { MAX_NUMBER } from '../core/inputs/parse-number';
import type { KpiRecord } from '../core/model/input';
import { planTargetRecords } from '../core/periods/plan-targets';
import { LANGUAGES, type Language, type Template } from '../core/template/schema';
import { MONTH_COLUMNS } from '../core/year/plan-sheet';
import { roundsInYear } from '../core/year/rounds';
import { periodColumn, type PlanPeriodTarget } from '../core/year/targets-sheet';
import { buildYearPlan } from '../core/year/year-plan';
import { aggregationOf } from '../core/periods';
import { META_SHEET } from '../render/excel/meta-sheet';
import { openXlsx } from './open-workbook';
import { readXlsxEntries, xlsxEntryValue } from './xlsx-entries';

/** Marks a file as a year plan in its hidden meta sheet (the monthly workbook's rows carry no `kind`). */
export const YEAR_PLAN_KIND = 'year-plan';

export interface PlanMeta {
  template: string;
  year: number;
  lang: Language;
  /** `--profile`'s audiences, so `refresh` leaves out the same steps. */
  profile?: string[];
}

export function planMetaRows(meta: PlanMeta): [string, string][] {
  return [
    ['format', 'kpi-planner 1'], ['kind', YEAR_PLAN_KIND],
    ['template', meta.template], ['year', String(meta.year)], ['lang', meta.lang],
    ...(meta.profile ? [['profile', meta.profile.join(',')] as [string, string]] : []),
  ];
}

/** A year plan's KPI targets: the month targets, and the typed round and year targets of `period` KPIs. */
export interface PlanTargets {
  meta: PlanMeta;
  months: KpiRecord[];
  /** `whole`: the column covers the whole period (a round that began the year before counts only this year's). */
  periods: (PlanPeriodTarget & { whole: boolean })[];
}

const VALID = 'give an .xlsx written by kpi-planner plan (re-saved in Excel or LibreOffice is fine)';

/** The plan's meta, or bad input naming the file when it is not a year plan. */
export function planMeta(wb: Workbook, name: string, flag = '--plan'): PlanMeta {
  const rows = new Map<unknown, unknown>();
  wb.getWorksheet(META_SHEET)?.eachRow((row) => {
    const key = xlsxEntryValue(row.getCell(1).value);
    if (!rows.has(key)) rows.set(key, xlsxEntryValue(row.getCell(2).value));
  });
  if (rows.get('kind') !== YEAR_PLAN_KIND) throw new InputError(`${flag}: not a year plan; ${VALID}`, name);
  const year = Number(rows.get('year'));
  const lang = String(rows.get('lang'));
  if (typeof rows.get('template') !== 'string' || !Number.isInteger(year) || !LANGUAGES.includes(lang as Language))
    throw new InputError(`${flag}: the year plan's hidden KPI Planner sheet is damaged; make it again`, name);
  const profile = rows.get('profile');
  return {
    template: rows.get('template') as string, year, lang: lang as Language,
    ...(typeof profile === 'string' && profile !== '' ? { profile: profile.split(',') } : {}),
  };
}

/**
 * Every month target of the plan's KPI targets sheet, found by its header labels and key column like typed entries
 * (so moved columns, re-saves and numbers typed by hand all count). A plan for another template is bad input.
 */
export async function readPlanTargets(file: string, template: Template, cwd: string): Promise<KpiRecord[]> {
  return (await readYearPlan(file, template, cwd)).months;
}

/** The plan's month targets and the round and year targets typed for `period` KPIs. */
export async function readYearPlan(file: string, template: Template, cwd: string): Promise<PlanTargets> {
  const full = path.resolve(cwd, file);
  const name = showValue(path.basename(full), false);
  const wb = await openXlsx(full, name, '--plan', VALID);
  const meta = planMeta(wb, name);
  if (meta.template !== template.id) {
    throw new InputError(
      `--plan: a year plan for template ${showValue(meta.template)}, not ${showValue(template.id)}; `
        + `make one with kpi-planner plan --template ${template.id}`, name);
  }
  return planTargetsOf(wb, name, meta, template, '--plan');
}

/** Reads the targets of an opened year plan (`flag` names where it came from in messages). */
export function planTargetsOf(
  wb: Workbook, name: string, meta: PlanMeta, template: Template, flag: string,
): PlanTargets {
  const spec = buildYearPlan({ ...meta, template, data: [], created: `${meta.year}-01-01` }).workbook;
  const sheet = spec.sheets.find((s) => s.id === 'kpi-targets')!;
  if (!wb.getWorksheet(sheet.name))
    throw new InputError(`${flag}: the year plan has no sheet ${showValue(sheet.name)} with the KPI targets`, name);
  const rounds = roundsInYear(template, meta.year, meta.lang);
  const columns = [...rounds.map((r) => periodColumn(r.period.id)), periodColumn('year')];
  // The period columns are read here only: for other KPIs they hold formulas, which are never entries.
  const withPeriods = { ...sheet, entries: { keyColumn: 'key', columns: [...MONTH_COLUMNS, ...columns] } };
  const typed = readXlsxEntries(wb, { ...spec, sheets: [withPeriods] })['kpi-targets'] ?? {};
  // The month targets are read as the add-on reads them (the core's), with this edge's stricter cell check.
  const months = planTargetRecords(template, meta.year, typed,
    (value, kpi, month) => targetOf(value, kpi.negative === true, `${kpi.id} ${month}`, name, flag));
  const periods: PlanTargets['periods'] = [];
  for (const kpi of template.kpis) {
    const read = (col: string, where: string) =>
      targetOf(typed[kpi.id]?.[col], kpi.negative === true, where, name, flag);
    if (aggregationOf(kpi).rule !== 'period') continue;
    columns.forEach((column, i) => {
      const round = rounds[i];
      const target = read(column, `${kpi.id} ${round ? round.period.id : meta.year}`);
      const whole = !round || round.months.length === round.period.months.length;
      if (target !== null) periods.push({ kpi: kpi.id, column, target, whole });
    });
  }
  return { meta, months, periods };
}

/** A number as typed; text that is a plain number counts, other text is bad input naming the KPI and month. */
export function targetOf(
  value: unknown, negative: boolean, where: string, name: string, flag = '--plan', what = 'target',
): number | null {
  if (value === undefined || value === null || value === '') return null;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  const fail = (why: string) => new InputError(`${flag}: the ${what} of ${where} ${why}`, name);
  if (typeof value === 'string' && value.trim() === '') return null;
  if (!Number.isFinite(n)) throw fail(`is ${showValue(value)}, not a number; type a number or leave it empty`);
  if (Math.abs(n) > MAX_NUMBER) throw fail(`is above ${MAX_NUMBER}`);
  if (n < 0 && !negative) throw fail('is negative; the KPI does not allow negative figures');
  return n;
}

/** The merge is the core's, shared with the add-on (which reads the document's KPI targets tab). */
export { withPlanTargets } from '../core/periods/plan-targets';
