// GA4 for a round: every month's totals in one set of reports over the whole round (dimension yearMonth), plus the
// whole-round totals of the `period` KPIs (users, rates), fetched together and read into records.
import type { Ga4RunReportRequest } from '../ga4/api-types';
import { filterKey, isAdditive, metricType, parseMetricValue } from '../ga4/metrics';
import type { Ga4Fetched } from '../ga4/paging';
import { parseGa4Month } from '../ga4/parse';
import { totalsReports, type Ga4PlannedReport, type Ga4RequestOptions } from '../ga4/requests';
import type { KpiRecord } from '../model/input';
import type { IsoDate } from '../model/workbook';
import {
  buildGa4PeriodRequests, ga4PeriodRecords, type Ga4PeriodPlan, type Period, type PeriodRecord,
} from '../periods';
import type { Template } from '../template/schema';

export interface Ga4RoundPlan {
  /** The round's months up to the as-of date: GA4 knows nothing later, and a later 0 would read as a figure. */
  months: string[];
  /** One totals report per KPI filter, split by yearMonth: one row per month. */
  monthly: Ga4PlannedReport[];
  period: Ga4PeriodPlan;
  /** Monthly reports, then the period ones: paged together, so they share batches. */
  requests: Ga4RunReportRequest[];
}

export function buildGa4RoundRequests(
  template: Template, period: Period, today: IsoDate, options: Ga4RequestOptions = {},
): Ga4RoundPlan {
  const months = period.months.filter((m) => m.first <= today);
  if (months.length === 0) {
    return { months: [], monthly: [], period: { ...buildGa4PeriodRequests(template, period, options),
      kpis: [], reports: [], batches: [] }, requests: [] };
  }
  const last = months[months.length - 1].last < today ? months[months.length - 1].last : today;
  const range = { startDate: period.first, endDate: last };
  const monthly = totalsReports(template.kpis, range, [], options).reports.map((r): Ga4PlannedReport => ({
    ...r,
    request: {
      ...r.request, dimensions: [{ name: 'yearMonth' }], orderBys: [{ dimension: { dimensionName: 'yearMonth' } }],
    },
  }));
  const whole = buildGa4PeriodRequests(template, { ...period, last }, options);
  return {
    months: months.map((m) => m.id), monthly, period: whole,
    requests: [...monthly.map((r) => r.request), ...whole.reports.map((r) => r.request)],
  };
}

/**
 * The fetched reports as the months' GA4 actuals (targets stay the manager's) and the period KPIs' whole-round
 * figures. A month GA4 sent no row for is 0 for a count (GA4 leaves out empty rows) and unknown for a rate.
 */
export function ga4RoundRecords(
  template: Template, plan: Ga4RoundPlan, fetched: Ga4Fetched,
): { monthly: KpiRecord[]; periodRecords: PeriodRecord[] } {
  const values = new Map<string, number | null>();
  plan.monthly.forEach((planned, i) => {
    const { response } = fetched.reports[i];
    const asked = planned.request.metrics.map((m) => m.name);
    const headers = response.metricHeaders ?? [];
    for (const row of response.rows ?? []) {
      const raw = row.dimensionValues?.[0]?.value ?? '';
      const month = /^\d{6}$/.test(raw) ? `${raw.slice(0, 4)}-${raw.slice(4)}` : raw;
      asked.forEach((metric, m) => {
        const value = parseMetricValue(row.metricValues?.[m]?.value, metricType(headers[m]?.type));
        values.set(`${filterKey(planned.filter)}\u0001${metric}\u0001${month}`, value);
      });
    }
  });
  const monthly: KpiRecord[] = [];
  for (const kpi of template.kpis) {
    if (kpi.source !== 'ga4' || !kpi.ga4) continue;
    const metric = kpi.ga4.metric;
    for (const month of plan.months) {
      const value = values.get(`${filterKey(kpi.ga4.filter)}\u0001${metric}\u0001${month}`);
      const actual = value !== undefined ? value : isAdditive(metric) ? 0 : null;
      monthly.push({ kpi: kpi.id, month, target: null, actual });
    }
  }
  if (plan.period.reports.length === 0) return { monthly, periodRecords: [] };
  const p = plan.period;
  const rest = fetched.reports.slice(plan.monthly.length);
  const totals = parseGa4Month(
    { month: p.period, startDate: p.startDate, endDate: p.endDate, reports: p.reports, batches: p.batches },
    { reports: rest, http: fetched.http, pages: fetched.pages }, 'GA4',
  ).totals;
  return { monthly, periodRecords: ga4PeriodRecords(template, p, totals) };
}
