// What the round's sheet builders share: the template, the round, its results, labels, formats and tab names.
import { monthTitle, pick, sheetWords, type SheetWords } from '../i18n';
import type { KpiRecord } from '../model/input';
import type { IsoDate } from '../model/workbook';
import type { KpiPeriodResult, Period } from '../periods';
import { periodTabNames } from '../sheets/text';
import type { Template } from '../template/schema';

export interface RoundContext extends SheetWords {
  template: Template;
  period: Period;
  /** The as-of date the file is made for; the sheet's as-of cell holds it and every time formula reads that cell. */
  today: IsoDate;
  created: IsoDate;
  data: readonly KpiRecord[];
  results: KpiPeriodResult[];
  names: { review: string; form: string };
}

export function roundContext(
  base: Omit<RoundContext, 'l' | 'fmt' | 'names'>, suffix = '',
): RoundContext {
  const words = sheetWords(base.lang);
  const names = periodTabNames({ review: words.l.round.sheetReview, form: words.l.round.sheetForm }, suffix);
  return { ...base, ...words, names };
}

/** "Spring admission 2026: September 2025 – February 2026", or "2026-H1: January 2026 – June 2026". */
export function roundTitle(ctx: RoundContext): string {
  const { period, template, lang } = ctx;
  const round = template.admissionRounds.find((r) => r.id === period.round);
  const name = round ? `${pick(round.name, lang)} ${period.id.slice(0, 4)}` : period.id;
  const first = monthTitle(period.months[0].id, lang);
  const last = monthTitle(period.months[period.months.length - 1].id, lang);
  return `${name}: ${first} – ${last}`;
}

/** The KPI's round rule as the sheet names it. */
export function ruleLabel(ctx: RoundContext, r: KpiPeriodResult): string {
  const rules = ctx.l.round.rules;
  return r.aggregation.rule === 'average' && r.aggregation.weight ? rules.weighted : rules[r.aggregation.rule];
}

/** The corrective actions recorded for a KPI in the round's months, one line each: "October 2025: …". */
export function actionsText(ctx: RoundContext, kpi: string): string {
  const months = new Set(ctx.period.months.map((m) => m.id));
  return ctx.data
    .filter((r) => r.kpi === kpi && months.has(r.month) && r.action)
    .sort((a, b) => (a.month < b.month ? -1 : 1))
    .map((r) => `${monthTitle(r.month, ctx.lang)}: ${r.action}`)
    .join('\n');
}
