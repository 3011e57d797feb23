// What a round review remembers about how it was made, and what was typed into it, read back for `refresh`.
import type { Workbook } from 'exceljs';
import { InputError } from '../core/errors';
import type { KpiRecord, SheetEntries } from '../core/model/input';
import type { WorkbookSpec } from '../core/model/workbook';
import { aggregationOf, type Period, type PeriodRecord } from '../core/periods';
import { monthCol } from '../core/round/review-layout';
import { LANGUAGES, type Language, type Template } from '../core/template/schema';
import { targetOf } from './plan-targets';
import { readXlsxEntries } from './xlsx-entries';

/** The hidden sheet's first row for a round review. */
export const ROUND_META_FORMAT = 'kpi-planner round 1';

export interface RoundMeta {
  template: string;
  round: string;
  lang: Language;
  /** The corrective actions from --data (kpi, month, action): the sheet shows them joined, not as cells. */
  actions: KpiRecord[];
  /** `kpi month` (or `kpi round`) → the actual an import wrote: a cell still holding it takes the next import's. */
  imported: Record<string, number>;
}

export function roundMetaRows(meta: RoundMeta, today: string): [string, string][] {
  return [
    ['format', ROUND_META_FORMAT], ['template', meta.template], ['round', meta.round], ['lang', meta.lang],
    ['today', today], ['imported', JSON.stringify(meta.imported)],
    ...meta.actions.map((r): [string, string] => ['action', JSON.stringify(r)]),
  ];
}

export function readRoundMeta(rows: [unknown, unknown][], where: string): RoundMeta {
  const fail = (what: string) => new InputError(
    `the round review's hidden KPI Planner sheet is damaged (${what}); make it again with kpi-planner round`, where);
  const one = (name: string) => {
    const v = rows.find(([k]) => k === name)?.[1];
    if (typeof v !== 'string') throw fail(`no ${name}`);
    return v;
  };
  const json = <T>(what: string, text: unknown): T => {
    try {
      return JSON.parse(String(text)) as T;
    } catch {
      throw fail(`${what} is not readable`);
    }
  };
  const lang = one('lang');
  if (!(LANGUAGES as readonly string[]).includes(lang)) throw fail(`language ${lang}`);
  // Files from before refresh knew round reviews carry no imports or actions: nothing to keep then.
  const imported = rows.some(([k]) => k === 'imported')
    ? json<Record<string, number>>('imported', one('imported')) : {};
  return {
    template: one('template'), round: one('round'), lang: lang as Language, imported,
    actions: rows.filter(([k]) => k === 'action').map(([, v]) => json<KpiRecord>('an action', v)),
  };
}

export interface RoundTyped {
  /** Each month's target and actual as the cells hold them (numbers only). */
  data: KpiRecord[];
  /** `period` KPIs' round target and actual, typed into the round figure's cells. */
  periods: PeriodRecord[];
  form: SheetEntries;
}

/** What the round file's cells hold: `spec` is the review as generated without figures (names the sheets). */
export function readRoundTyped(
  wb: Workbook, spec: WorkbookSpec, template: Template, period: Period, name: string,
): RoundTyped {
  // The review's months and round figures and the form's typed cells are the sheets' entries (by label and key).
  const entries = readXlsxEntries(wb, spec) as Record<string, SheetEntries>;
  const review = entries['round-review'] ?? {};
  const data: KpiRecord[] = [];
  const periods: PeriodRecord[] = [];
  for (const kpi of template.kpis) {
    const row = review[kpi.id] ?? {};
    const num = (col: string, what: string, where: string) =>
      targetOf(row[col], kpi.negative === true, where, name, '--in', what);
    period.months.forEach((m, i) => {
      const target = num(monthCol('t', i), 'target', `${kpi.id} ${m.id}`);
      const actual = num(monthCol('a', i), 'actual', `${kpi.id} ${m.id}`);
      if (target !== null || actual !== null) data.push({ kpi: kpi.id, month: m.id, target, actual });
    });
    if (aggregationOf(kpi).rule !== 'period') continue;
    const target = num('roundTarget', 'round target', kpi.id);
    const actual = num('roundActual', 'round actual', kpi.id);
    if (target !== null || actual !== null) periods.push({ kpi: kpi.id, target, actual });
  }
  return { data, periods, form: entries['director-form'] ?? {} };
}
