// A month's targets from its year's KPI targets tab (the year plan), by the core's rule: read once per run with a
// bounded number of service calls (one finder call, one read of the tab), whatever the number of KPIs.
import type { KpiRecord, SheetEntries, TypedEntries } from '../core/model/input';
import { pick } from '../core/i18n';
import {
  plannedFor, planTargetRecords, releasePlanned, targetsFromPlan, unreadablePlanCells, withPlanTargets,
} from '../core/periods';
import type { Language } from '../core/template/schema';
import type { Spreadsheet } from '../render/sheets/types';
import { periodKey } from './period-index';
import { readEntries } from './read-entries';
import { findMonthBound, type MonthSheets } from './tags';
import { requireTemplate } from './templates';

/** The KPI targets tab of a month's year, as typed: whose template it is and its entries by KPI id. */
export interface YearTargets {
  template: string;
  entries: SheetEntries | undefined;
  /** The tab's language (its KPI names) and name; the name is asked only when a warning needs it. */
  lang: Language;
  tab: () => string;
}

export function readYearTargets(ss: Spreadsheet, month: string): YearTargets | null {
  const found = findMonthBound(ss, periodKey(month.slice(0, 4))).find((t) => t.tag.sheet === 'kpi-targets');
  if (!found) return null;
  return {
    template: found.tag.template, entries: readEntries([found]).entries['kpi-targets'], lang: found.tag.lang,
    tab: () => found.sheet.getName(),
  };
}

/** A month target on the KPI targets tab that is not a number: the month leaves it empty, and the sidebar says so. */
export interface PlanCellIgnored {
  /** The tab's name, the KPI as the tab names it, the month (YYYY-MM) and what was typed. */
  tab: string;
  kpi: string;
  month: string;
  value: string;
}

/** The plan's cells for the month the core reads as no target (the CLI refuses these as bad input). */
export function ignoredPlanCells(
  reading: Pick<Reading, 'plan' | 'month'>, run: { template: string; lang: Language },
): PlanCellIgnored[] {
  const { plan, month } = reading;
  if (!plan || plan.template !== run.template) return [];
  return unreadablePlanCells(requireTemplate(run.template, run.lang), plan.entries, month)
    .map(({ kpi, value }) => ({ tab: plan.tab(), kpi: pick(kpi.name, plan.lang), month, value }));
}

/** What a build of the month takes from the plan, and what the month tab's tag remembers of it. */
export interface PlannedMonth {
  entries: TypedEntries;
  data: KpiRecord[];
  /** KPI id → the plan's target for the month (kept in the KPI results' tag for the next run). */
  planned: Record<string, number>;
  /** Targets the month shows from the plan (nothing typed on the month tab for them). */
  fromPlan: number;
}

interface Reading {
  month: string;
  sheets: MonthSheets;
  previous: KpiRecord[];
  plan: YearTargets | null;
}

/**
 * The month tab's typed target wins; a target still holding what the plan wrote last time follows the plan of now.
 * A plan made for another template gives nothing (its KPI ids are another process's).
 */
export function withYearTargets(
  reading: Reading, run: { template: string; lang: Parameters<typeof requireTemplate>[1] }, entries: TypedEntries,
): PlannedMonth {
  const { plan, month } = reading;
  const records = plan && plan.template === run.template
    ? planTargetRecords(requireTemplate(run.template, run.lang), Number(month.slice(0, 4)), plan.entries) : [];
  const planned = plannedFor(records, month);
  const prior = reading.sheets.ofMonth.find((t) => t.tag.sheet === 'kpi-results')?.tag.planned;
  const released = releasePlanned(entries, prior);
  return {
    entries: released,
    data: withPlanTargets(reading.previous, records, month),
    planned,
    fromPlan: targetsFromPlan(released, planned, reading.previous, month),
  };
}
