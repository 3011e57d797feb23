// What we know about GA4 metrics: which add up across days, which we always ask for, and how values parse.
import type { Ga4Filter, Ga4MetricType } from './types';

/**
 * Metrics that are plain counts or sums of events, so a month equals the sum of its days.
 * Everything else (totalUsers, activeUsers, every rate, average and per-user metric, and any
 * metric we do not know) is only ever taken from a request over the whole period: users who
 * came on several days would otherwise be counted once per day.
 */
const ADDITIVE = new Set([
  'sessions', 'engagedSessions', 'screenPageViews', 'eventCount', 'keyEvents', 'conversions', 'newUsers',
  'userEngagementDuration', 'eventValue', 'purchaseRevenue', 'totalRevenue', 'transactions',
  'ecommercePurchases', 'advertiserAdClicks', 'advertiserAdCost', 'advertiserAdImpressions',
]);

/** `keyEvents:sign_up` / `conversions:sign_up` count one event, so they add up like `keyEvents`. */
export function isAdditive(metric: string): boolean {
  return ADDITIVE.has(metric) || /^(keyEvents|conversions):/.test(metric);
}

/** The month's headline numbers on the GA4 sheet, whatever the template maps. */
export const BASE_METRICS = ['sessions', 'totalUsers', 'newUsers', 'screenPageViews', 'keyEvents', 'engagementRate'];

/** Per channel group and per campaign: all requested over the whole month, so rates are right. */
export const BREAKDOWN_METRICS = ['sessions', 'totalUsers', 'keyEvents', 'engagementRate'];

/** Users per day is a fair trend line even though days must never be summed into a month. */
export const DAILY_EXTRA = ['totalUsers'];

/** GA4 allows at most 10 metrics in one report request. */
export const MAX_METRICS = 10;

/** GA4's per-request row ceiling; asking for more still returns at most this many. */
export const MAX_LIMIT = 250_000;

const TIME_FACTORS: Partial<Record<Ga4MetricType, number>> = {
  TYPE_SECONDS: 1, TYPE_MILLISECONDS: 0.001, TYPE_MINUTES: 60, TYPE_HOURS: 3600,
};

const KNOWN_TYPES = new Set<string>([
  'TYPE_INTEGER', 'TYPE_FLOAT', 'TYPE_SECONDS', 'TYPE_MILLISECONDS', 'TYPE_MINUTES', 'TYPE_HOURS',
  'TYPE_STANDARD', 'TYPE_CURRENCY', 'TYPE_FEET', 'TYPE_MILES', 'TYPE_METERS', 'TYPE_KILOMETERS',
]);

export function metricType(raw: string | null | undefined): Ga4MetricType {
  return raw && KNOWN_TYPES.has(raw) ? (raw as Ga4MetricType) : 'METRIC_TYPE_UNSPECIFIED';
}

/** After parsing every duration is in seconds, so the sheet and KPIs need only one time unit. */
export function parsedType(type: Ga4MetricType): Ga4MetricType {
  return TIME_FACTORS[type] !== undefined ? 'TYPE_SECONDS' : type;
}

/**
 * A metric value string (the API sends every number as a string, int64 included) to a number,
 * by the header's type. Null for an absent or unreadable value rather than a made-up zero.
 */
export function parseMetricValue(value: string | null | undefined, type: Ga4MetricType): number | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const n = Number(value);
  if (!Number.isFinite(n)) return null;
  if (type === 'TYPE_INTEGER') return Number.isInteger(n) ? n : Math.round(n);
  const factor = TIME_FACTORS[type];
  return factor === undefined ? n : n * factor;
}

/** A stable key for "this filter" (or none), to match totals to KPIs. */
export function filterKey(filter: Ga4Filter | undefined): string {
  return filter ? `${filter.dimension}\u0000${filter.match}\u0000${filter.value}` : '';
}

/** Distinct values in first-seen order. */
export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** Splits a list into chunks of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
