// How a KPI's months make one figure for a round or a year: the rule (declared or by unit) and the arithmetic.
import { isAdditive } from '../ga4/metrics';
import type { Kpi } from '../template/schema';

export type AggregateRule = 'sum' | 'last' | 'average' | 'period';

export interface Aggregation {
  rule: AggregateRule;
  /** `average` only: the KPI whose monthly figures weigh each month (e.g. sessions for an engagement rate). */
  weight?: string;
}

/** Asked for the whole period in one request (GA4 users): summing months would count a returning user twice. */
export const NEEDS_PERIOD_REQUEST = 'needs-period-request';
export type PeriodFigure = number | null | typeof NEEDS_PERIOD_REQUEST;

/** GA4 user counts: a person who came in March and in April is one user of the round, not two. */
const USER_METRICS = new Set(['totalUsers', 'activeUsers', 'newUsers', 'users']);

/** The KPI's declared rule, else GA4 non-additive metrics → `period`, else by unit. */
export function aggregationOf(kpi: Kpi): Aggregation {
  if (typeof kpi.aggregate === 'object') return { rule: 'average', weight: kpi.aggregate.average.weight };
  if (kpi.aggregate) return { rule: kpi.aggregate };
  const metric = kpi.source === 'ga4' ? kpi.ga4?.metric : undefined;
  if (metric !== undefined && (USER_METRICS.has(metric) || !isAdditive(metric))) return { rule: 'period' };
  return { rule: kpi.unit === 'percent' || kpi.unit === 'seconds' ? 'average' : 'sum' };
}

/** One month's figure of the KPI and, for a weighted average, of its weight KPI. */
export interface MonthFigure {
  value: number | null;
  weight?: number | null;
}

/**
 * The period figure from the months' figures, in calendar order; months without a figure are left out (the
 * caller says which were missing). Null when no month has one. `period` never adds months: the caller must ask
 * for the whole period (or take it from a period record). Not rounded: attainment rounds once, like the sheet.
 */
export function aggregate(rule: Aggregation, months: readonly MonthFigure[]): PeriodFigure {
  if (rule.rule === 'period') return NEEDS_PERIOD_REQUEST;
  const known = months.filter((m): m is { value: number; weight?: number | null } => m.value !== null);
  if (known.length === 0) return null;
  switch (rule.rule) {
    case 'sum':
      return known.reduce((s, m) => s + m.value, 0);
    case 'last':
      return known[known.length - 1].value;
    case 'average':
      return rule.weight === undefined ? known.reduce((s, m) => s + m.value, 0) / known.length
        : weightedAverage(known);
  }
}

/** Σ value × weight ÷ Σ weight over the months that have both; null when no weight is known or they sum to 0. */
function weightedAverage(months: readonly { value: number; weight?: number | null }[]): number | null {
  let weighted = 0;
  let total = 0;
  for (const m of months) {
    if (m.weight === null || m.weight === undefined) continue;
    weighted += m.value * m.weight;
    total += m.weight;
  }
  return total === 0 ? null : weighted / total;
}
