// Builds the month's GA4 report requests from a template: totals per filter, daily series, channel and campaign breakdowns.
import { daysInMonth, isMonthId } from '../dates';
import { InputError, showValue } from '../errors';
import type { IsoDate } from '../model/workbook';
import type { Template } from '../template/schema';
import type { Ga4MatchType, Ga4RunReportRequest } from './api-types';
import type { Ga4Filter } from './types';
import { BASE_METRICS, BREAKDOWN_METRICS, DAILY_EXTRA, MAX_LIMIT, MAX_METRICS, chunk, filterKey, isAdditive, unique } from './metrics';

export type Ga4ReportKind = 'totals' | 'daily' | 'channels' | 'campaigns';

export interface Ga4PlannedReport {
  kind: Ga4ReportKind;
  /** Totals only: the KPI filter this request applies (none for the site-wide totals). */
  filter?: Ga4Filter;
  request: Ga4RunReportRequest;
}

export interface Ga4Plan {
  month: string;
  startDate: IsoDate;
  endDate: IsoDate;
  reports: Ga4PlannedReport[];
  /** The first page of every report, grouped for batchRunReports (≤ 5 each). */
  batches: Ga4RunReportRequest[][];
}

export interface Ga4RequestOptions {
  /** Rows per page; GA4 caps it at 250,000. Tests lower it to exercise paging. */
  limit?: number;
}

/** GA4 accepts at most 5 report requests in one batchRunReports call. */
export const BATCH_SIZE = 5;

const MATCH: Record<Ga4Filter['match'], Ga4MatchType> = { exact: 'EXACT', 'begins-with': 'BEGINS_WITH', contains: 'CONTAINS' };

/** First and last day of a `YYYY-MM` month. */
export function monthRange(month: string): { startDate: IsoDate; endDate: IsoDate } {
  if (!isMonthId(month)) throw new InputError(`the month must look like 2026-11, not ${showValue(month)}`, 'month');
  const days = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  return { startDate: `${month}-01`, endDate: `${month}-${String(days).padStart(2, '0')}` };
}

export interface Ga4DateRange {
  startDate: IsoDate;
  endDate: IsoDate;
}

/** The page size GA4 is asked for: the caller's, clamped to 1…250,000. */
function pageLimit(options: Ga4RequestOptions): string {
  return String(Math.max(1, Math.min(Math.floor(options.limit ?? MAX_LIMIT), MAX_LIMIT)));
}

function baseRequest({ startDate, endDate }: Ga4DateRange, limit: string): Ga4RunReportRequest {
  return { dateRanges: [{ startDate, endDate }], metrics: [], limit, returnPropertyQuota: true };
}

/**
 * One totals request per distinct filter (≤ 10 metrics each) over the whole range: the only correct source of
 * users and rates, for a month and for a round alike. `siteMetrics` are asked without a filter in any case.
 */
export function totalsReports(
  kpis: Template['kpis'], range: Ga4DateRange, siteMetrics: readonly string[], options: Ga4RequestOptions = {},
): { reports: Ga4PlannedReport[]; siteMetrics: string[] } {
  const limit = pageLimit(options);
  const groups = new Map<string, { filter?: Ga4Filter; metrics: string[] }>([['', { metrics: [...siteMetrics] }]]);
  for (const kpi of kpis) {
    if (kpi.source !== 'ga4' || !kpi.ga4) continue;
    const key = filterKey(kpi.ga4.filter);
    const group = groups.get(key) ?? { filter: kpi.ga4.filter, metrics: [] };
    group.metrics.push(kpi.ga4.metric);
    groups.set(key, group);
  }

  const reports: Ga4PlannedReport[] = [];
  for (const { filter, metrics } of groups.values()) {
    for (const part of chunk(unique(metrics), MAX_METRICS)) {
      const request = { ...baseRequest(range, limit), metrics: part.map((name) => ({ name })) };
      if (filter) {
        request.dimensionFilter = {
          filter: { fieldName: filter.dimension, stringFilter: { matchType: MATCH[filter.match], value: filter.value, caseSensitive: false } },
        };
      }
      reports.push({ kind: 'totals', filter, request });
    }
  }
  return { reports, siteMetrics: groups.get('')!.metrics };
}

export function buildGa4Requests(template: Template, month: string, options: Ga4RequestOptions = {}): Ga4Plan {
  const { startDate, endDate } = monthRange(month);
  const limit = pageLimit(options);
  const base = () => baseRequest({ startDate, endDate }, limit);
  const { reports, siteMetrics } = totalsReports(template.kpis, { startDate, endDate }, BASE_METRICS, options);

  const dailyMetrics = unique([...siteMetrics.filter(isAdditive), ...DAILY_EXTRA]).slice(0, MAX_METRICS);
  reports.push({
    kind: 'daily',
    request: {
      ...base(),
      dimensions: [{ name: 'date' }],
      metrics: dailyMetrics.map((name) => ({ name })),
      orderBys: [{ dimension: { dimensionName: 'date' } }],
    },
  });
  for (const [kind, dimension] of [['channels', 'sessionDefaultChannelGroup'], ['campaigns', 'sessionCampaignName']] as const) {
    reports.push({
      kind,
      request: {
        ...base(),
        dimensions: [{ name: dimension }],
        metrics: BREAKDOWN_METRICS.map((name) => ({ name })),
        // A total order, so that offset paging never skips or repeats a row between pages.
        orderBys: [{ metric: { metricName: 'sessions' }, desc: true }, { dimension: { dimensionName: dimension } }],
      },
    });
  }

  return { month, startDate, endDate, reports, batches: chunk(reports.map((r) => r.request), BATCH_SIZE) };
}
