// A month's targets from its year's KPI targets tab (the year plan), by the core's rule: read once per run with a
// bounded number of service calls (one finder call, one read of the tab), whatever the number of KPIs.
import type { KpiRecord, SheetEntries, TypedEntries } from '../core/model/input';
import { plannedFor, planTargetRecords, releasePlanned, targetsFromPlan, withPlanTargets } from '../core/periods';
import type { Spreadsheet } from '../render/sheets/types';
import { periodKey } from './period-index';
import { readEntries } from './read-entries';
import { findMonthBound, type MonthSheets } from './tags';
import { requireTemplate } from './templates';

/** The KPI targets tab of a month's year, as typed: whose template it is and its entries by KPI id. */
export interface YearTargets {
  template: string;
  entries: SheetEntries | undefined;
}

export function readYearTargets(ss: Spreadsheet, month: string): YearTargets | null {
  const found = findMonthBound(ss, periodKey(month.slice(0, 4))).find((t) => t.tag.sheet === 'kpi-targets');
  if (!found) return null;
  return { template: found.tag.template, entries: readEntries([found]).entries['kpi-targets'] };
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
