// A year plan's file: its meta rows (kind, template, year), and the month targets read back from its KPI targets.
import path from 'node:path';
import type { Workbook } from 'exceljs';
import { InputError, showValue } from '../core/errors';
import { MAX_NUMBER } from '../core/inputs/parse-number';
import type { KpiRecord } from '../core/model/input';
import { planTargetRecords } from '../core/periods/plan-targets';
import { LANGUAGES, type Language, type Template } from '../core/template/schema';
import { buildYearPlan } from '../core/year/year-plan';
import { META_SHEET } from '../render/excel/meta-sheet';
import { openXlsx } from './open-workbook';
import { readXlsxEntries, xlsxEntryValue } from './xlsx-entries';

/** Marks a file as a year plan in its hidden meta sheet (the monthly workbook's rows carry no `kind`). */
export const YEAR_PLAN_KIND = 'year-plan';

export interface PlanMeta {
  template: string;
  year: number;
  lang: Language;
}

export function planMetaRows(meta: PlanMeta): [string, string][] {
  return [
    ['format', 'kpi-planner 1'], ['kind', YEAR_PLAN_KIND],
    ['template', meta.template], ['year', String(meta.year)], ['lang', meta.lang],
  ];
}

const VALID = 'give an .xlsx written by kpi-planner plan (re-saved in Excel or LibreOffice is fine)';

/** The plan's meta, or bad input naming the file when it is not a year plan. */
export function planMeta(wb: Workbook, name: string): PlanMeta {
  const rows = new Map<unknown, unknown>();
  wb.getWorksheet(META_SHEET)?.eachRow((row) => {
    const key = xlsxEntryValue(row.getCell(1).value);
    if (!rows.has(key)) rows.set(key, xlsxEntryValue(row.getCell(2).value));
  });
  if (rows.get('kind') !== YEAR_PLAN_KIND) throw new InputError(`--plan: not a year plan; ${VALID}`, name);
  const year = Number(rows.get('year'));
  const lang = String(rows.get('lang'));
  if (typeof rows.get('template') !== 'string' || !Number.isInteger(year) || !LANGUAGES.includes(lang as Language))
    throw new InputError(`--plan: the year plan's hidden KPI Planner sheet is damaged; make it again`, name);
  return { template: rows.get('template') as string, year, lang: lang as Language };
}

/**
 * Every month target of the plan's KPI targets sheet, found by its header labels and key column like typed entries
 * (so moved columns, re-saves and numbers typed by hand all count). A plan for another template is bad input.
 */
export async function readPlanTargets(file: string, template: Template, cwd: string): Promise<KpiRecord[]> {
  const full = path.resolve(cwd, file);
  const name = showValue(path.basename(full), false);
  const wb = await openXlsx(full, name, '--plan', VALID);
  const meta = planMeta(wb, name);
  if (meta.template !== template.id) {
    throw new InputError(
      `--plan: a year plan for template ${showValue(meta.template)}, not ${showValue(template.id)}; `
        + `make one with kpi-planner plan --template ${template.id}`, name);
  }
  const spec = buildYearPlan({ ...meta, template, data: [], created: `${meta.year}-01-01` }).workbook;
  const sheet = spec.sheets.find((s) => s.id === 'kpi-targets')!;
  if (!wb.getWorksheet(sheet.name))
    throw new InputError(`--plan: the year plan has no sheet ${showValue(sheet.name)} with the KPI targets`, name);
  // The same reading of the targets tab as the add-on's (the core's), with this edge's stricter cell check.
  return planTargetRecords(template, meta.year, readXlsxEntries(wb, spec)['kpi-targets'],
    (value, kpi, month) => targetOf(value, kpi.negative === true, `${kpi.id} ${month}`, name));
}

/** A number as typed; text that is a plain number counts, other text is bad input naming the KPI and month. */
function targetOf(value: unknown, negative: boolean, where: string, name: string): number | null {
  if (value === undefined || value === null || value === '') return null;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  const fail = (what: string) => new InputError(`--plan: the target of ${where} ${what}`, name);
  if (typeof value === 'string' && value.trim() === '') return null;
  if (!Number.isFinite(n)) throw fail(`is ${showValue(value)}, not a number; type a number or leave it empty`);
  if (Math.abs(n) > MAX_NUMBER) throw fail(`is above ${MAX_NUMBER}`);
  if (n < 0 && !negative) throw fail('is negative; the KPI does not allow negative figures');
  return n;
}

/** The merge is the core's, shared with the add-on. */
export { withPlanTargets } from '../core/periods/plan-targets';
