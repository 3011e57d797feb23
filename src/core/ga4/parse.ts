// Turns fetched GA4 reports into a month's result: numbers by metric type, tables, and data-quality flags.
import type { Ga4PropertyQuota, Ga4ResponseMetadata, Ga4RunReportResponse } from './api-types';
import { isAdditive, metricType, parseMetricValue, parsedType } from './metrics';
import type { Ga4Fetched } from './paging';
import type { Ga4Plan } from './requests';
import type { Ga4MetricType, Ga4MonthResult, Ga4Quality, Ga4Quota, Ga4Table, Ga4Total } from './types';

export function parseGa4Month(plan: Ga4Plan, fetched: Ga4Fetched, source: string): Ga4MonthResult {
  if (fetched.reports.length !== plan.reports.length) {
    throw new Error(`expected ${plan.reports.length} GA4 reports, got ${fetched.reports.length}`);
  }
  const totals: Ga4Total[] = [];
  const empty = <K>(): Ga4Table<K> => ({ metrics: [], types: [], rows: [] });
  let daily = empty<string>();
  let channels = empty<string>();
  let campaigns = empty<string>();

  plan.reports.forEach((planned, i) => {
    const { response } = fetched.reports[i];
    const table = readTable(response, planned.request.metrics.map((m) => m.name));
    if (planned.kind === 'totals') {
      const row = table.rows[0];
      table.metrics.forEach((metric, m) => {
        const value = row ? row.values[m] : table.types[m] === 'TYPE_INTEGER' || isAdditive(metric) ? 0 : null;
        const total: Ga4Total = { metric, filter: planned.filter, value, type: table.types[m] };
        if (value === null) total.missing = row ? 'GA4 sent no value' : 'GA4 has no data for this in the month';
        totals.push(total);
      });
    } else if (planned.kind === 'daily') {
      daily = { ...table, rows: table.rows.map((r) => ({ ...r, key: isoDate(r.key) })).sort((a, b) => (a.key < b.key ? -1 : 1)) };
    } else if (planned.kind === 'channels') channels = table;
    else campaigns = table;
  });

  const quality = mergeQuality(
    fetched.reports.flatMap((r) => r.metadata),
    fetched.reports.flatMap((r) => r.quotas),
  );
  if ([...channels.rows, ...campaigns.rows].some((r) => r.key === '(other)')) quality.otherRow = true;
  // 'eur' KPIs assume euros; a property reporting in another currency must not pass silently.
  if (quality.currencyCode && quality.currencyCode !== 'EUR' && totals.some((t) => t.type === 'TYPE_CURRENCY')) {
    quality.notes.push(`Money metrics are in ${quality.currencyCode}, the property's currency, not EUR.`);
  }

  return {
    source,
    kind: 'api',
    month: plan.month,
    startDate: plan.startDate,
    endDate: plan.endDate,
    totals,
    daily,
    channels,
    campaigns,
    quality,
    requests: { http: fetched.http, reports: fetched.pages },
  };
}

/** Rows keyed by their first dimension value (or '' without dimensions), values parsed by header type. */
function readTable(response: Ga4RunReportResponse, asked: string[]): Ga4Table<string> {
  const headers = response.metricHeaders ?? [];
  // An empty report may come without headers; the request still says which metrics were asked.
  const metrics = headers.length > 0 ? headers.map((h, i) => h.name ?? asked[i]) : asked;
  const rawTypes: Ga4MetricType[] = metrics.map((_, i) => metricType(headers[i]?.type));
  const types = rawTypes.map(parsedType);
  const rows = (response.rows ?? []).map((row) => ({
    key: row.dimensionValues?.[0]?.value ?? '',
    values: metrics.map((_, m) => parseMetricValue(row.metricValues?.[m]?.value, rawTypes[m])),
  }));
  return { metrics, types, rows };
}

/** GA4's `date` dimension is `YYYYMMDD`. */
function isoDate(value: string): string {
  return /^\d{8}$/.test(value) ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}` : value;
}

export function mergeQuality(metadata: Ga4ResponseMetadata[], quotas: Ga4PropertyQuota[]): Ga4Quality {
  const quality: Ga4Quality = { sampled: false, thresholded: false, otherRow: false, restrictedMetrics: [], notes: [] };
  for (const meta of metadata) {
    quality.timeZone ??= meta.timeZone ?? undefined;
    quality.currencyCode ??= meta.currencyCode ?? undefined;
    if (meta.subjectToThresholding) quality.thresholded = true;
    if (meta.dataLossFromOtherRow) quality.otherRow = true;
    for (const s of meta.samplingMetadatas ?? []) {
      quality.sampled = true;
      const read = Number(s.samplesReadCount);
      const space = Number(s.samplingSpaceSize);
      if (read >= 0 && space > 0) quality.sampledShare = Math.min(quality.sampledShare ?? 1, read / space);
    }
    for (const r of meta.schemaRestrictionResponse?.activeMetricRestrictions ?? []) {
      if (r.metricName && !quality.restrictedMetrics.includes(r.metricName)) quality.restrictedMetrics.push(r.metricName);
    }
    if (meta.emptyReason && !quality.notes.includes(meta.emptyReason)) quality.notes.push(meta.emptyReason);
  }
  if (quotas.length > 0) quality.quota = mergeQuota(quotas);
  return quality;
}

function mergeQuota(quotas: Ga4PropertyQuota[]): Ga4Quota {
  const quota: Ga4Quota = { tokensConsumed: 0 };
  for (const q of quotas) {
    // tokensPerDay.consumed is what each single request cost; every request is counted once.
    quota.tokensConsumed += q.tokensPerDay?.consumed ?? q.tokensPerHour?.consumed ?? 0;
    if (q.tokensPerDay?.remaining != null) quota.tokensPerDayRemaining = Math.min(quota.tokensPerDayRemaining ?? Infinity, q.tokensPerDay.remaining);
    if (q.tokensPerHour?.remaining != null) quota.tokensPerHourRemaining = Math.min(quota.tokensPerHourRemaining ?? Infinity, q.tokensPerHour.remaining);
  }
  return quota;
}
