// Where a year plan's and a round's figures come from when a document holds the month tabs: one rule, in the core.
import type { EntryValue, KpiRecord, SheetEntries } from '../model/input';
import type { Template } from '../template/schema';
import { aggregationOf } from './aggregate';
import type { Period } from './period';
import type { PeriodRecord } from './summary';

/** What a month tab holds: its KPI results' entries (target, actual by KPI id) and its review's (actions). */
export interface MonthTabEntries {
  kpis?: SheetEntries;
  review?: SheetEntries;
}

const num = (v: EntryValue | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: EntryValue | undefined): string => (typeof v === 'string' ? v.trim() : '');
/** The KPI targets tab's month column (`m01`…`m12`) and period column. */
const monthColumn = (month: string) => `m${month.slice(5, 7)}`;
export const periodColumn = (periodId: string) => `p:${periodId}`;

/** Month targets for the year plan: a month tab's target prefills a month the KPI targets tab leaves blank. */
export function yearTargetsFromMonths(template: Template, year: number, months: Record<string, MonthTabEntries>):
  KpiRecord[] {
  const out: KpiRecord[] = [];
  for (const [month, tab] of Object.entries(months)) {
    if (!month.startsWith(`${year}-`)) continue;
    for (const kpi of template.kpis) {
      const target = num(tab.kpis?.[kpi.id]?.target);
      if (target !== null) out.push({ kpi: kpi.id, month, target, actual: null });
    }
  }
  return out;
}

export interface RoundSources {
  /** The month tabs of the round's months, by month id. */
  months: Record<string, MonthTabEntries>;
  /** The KPI targets tabs (year plans) of the years the round touches, by year. */
  targets: Record<number, SheetEntries>;
  /** What the round review's own cells hold now (a regeneration keeps them where no source has a figure). */
  review?: SheetEntries;
  /** GA4's whole-round answers for `period` KPIs. */
  ga4?: PeriodRecord[];
}

/**
 * The round's records. A month's target: its month tab's, else the year plan's, else the review's own cell; an
 * actual: the month tab's, else the review's cell. A `period` KPI's round figure: GA4's (actual) or the year
 * plan's period column (target), else the review's cell. The month tabs are where figures are kept up to date,
 * so a regeneration follows them; the review keeps only what no source has.
 */
export function roundRecords(template: Template, period: Period, s: RoundSources):
  { data: KpiRecord[]; periodRecords: PeriodRecord[] } {
  const data: KpiRecord[] = [];
  const periodRecords: PeriodRecord[] = [];
  const years = [...new Set(period.months.map((m) => Number(m.id.slice(0, 4))))].reverse();
  for (const kpi of template.kpis) {
    const typed = s.review?.[kpi.id] ?? {};
    period.months.forEach((m, i) => {
      const tab = s.months[m.id];
      const plan = s.targets[Number(m.id.slice(0, 4))]?.[kpi.id];
      const target = num(tab?.kpis?.[kpi.id]?.target) ?? num(plan?.[monthColumn(m.id)]) ?? num(typed[`t${i + 1}`]);
      const actual = num(tab?.kpis?.[kpi.id]?.actual) ?? num(typed[`a${i + 1}`]);
      const action = str(tab?.review?.[`missed:${kpi.id}`]?.action);
      if (target !== null || actual !== null || action) {
        data.push({ kpi: kpi.id, month: m.id, target, actual, ...(action ? { action } : {}) });
      }
    });
    if (aggregationOf(kpi).rule !== 'period') continue;
    const planned = years.map((y) => num(s.targets[y]?.[kpi.id]?.[periodColumn(period.id)])).find((v) => v !== null);
    const ga4 = s.ga4?.find((r) => r.kpi === kpi.id)?.actual;
    const target = planned ?? num(typed.roundTarget);
    const actual = num(ga4) ?? num(typed.roundActual);
    if (target !== null || actual !== null) periodRecords.push({ kpi: kpi.id, target, actual });
  }
  return { data, periodRecords };
}
