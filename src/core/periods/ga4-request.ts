// The GA4 request for a period's non-additive KPIs (users): one totals request per filter over the whole period,
// and its answer as the period's actuals.
import { chunk, filterKey } from '../ga4/metrics';
import { BATCH_SIZE, totalsReports, type Ga4PlannedReport, type Ga4RequestOptions } from '../ga4/requests';
import type { Ga4RunReportRequest } from '../ga4/api-types';
import type { Ga4Total } from '../ga4/types';
import type { IsoDate } from '../model/workbook';
import type { Template } from '../template/schema';
import { aggregationOf } from './aggregate';
import type { Period } from './period';
import type { PeriodRecord } from './summary';

export interface Ga4PeriodPlan {
  period: string;
  startDate: IsoDate;
  endDate: IsoDate;
  /** The KPIs whose period figure these requests answer (rule `period`). */
  kpis: string[];
  reports: Ga4PlannedReport[];
  /** For batchRunReports (≤ 5 each); empty when no KPI needs a period request. */
  batches: Ga4RunReportRequest[][];
}

/**
 * The whole period in one date range (2025-09-01 – 2026-02-28 for 2026-spring), never month by month: a user who
 * came in September and in January is one user of the round. Additive KPIs come from the months instead.
 */
export function buildGa4PeriodRequests(
  template: Template, period: Period, options: Ga4RequestOptions = {},
): Ga4PeriodPlan {
  const kpis = template.kpis.filter((k) => k.source === 'ga4' && aggregationOf(k).rule === 'period');
  const range = { startDate: period.first, endDate: period.last };
  const { reports } = totalsReports(kpis, range, [], options);
  return {
    period: period.id, ...range, kpis: kpis.map((k) => k.id), reports,
    batches: chunk(reports.map((r) => r.request), BATCH_SIZE),
  };
}

/**
 * The period plan's KPIs with GA4's whole-period totals as their actuals (null where GA4 gave none), for
 * `summarizePeriod`'s `periodRecords`. Targets stay the manager's: none come from GA4.
 */
export function ga4PeriodRecords(
  template: Template, plan: Ga4PeriodPlan, totals: readonly Ga4Total[],
): PeriodRecord[] {
  const byKey = new Map(totals.map((t) => [`${filterKey(t.filter)}\u0001${t.metric}`, t.value]));
  return template.kpis.filter((k) => plan.kpis.includes(k.id) && k.ga4).map((k) => ({
    kpi: k.id, actual: byKey.get(`${filterKey(k.ga4!.filter)}\u0001${k.ga4!.metric}`) ?? null,
  }));
}
