// Per KPI over a period: each month's target and actual, the period figure by its rule, attainment, best and
// worst month and the trend — what the round review shows.
import { achieved, statusOf, type KpiStatus } from '../kpi/evaluate';
import type { KpiRecord } from '../model/input';
import type { Kpi, Template } from '../template/schema';
import { aggregate, aggregationOf, NEEDS_PERIOD_REQUEST, type Aggregation, type PeriodFigure } from './aggregate';
import type { Period } from './period';
import { bestAndWorst, trendOf, type Trend } from './trend';

export interface MonthResult {
  month: string;
  target: number | null;
  actual: number | null;
  /** % achieved as a fraction, like the monthly report's (direction-aware). */
  attainment: number | null;
}

/**
 * A KPI's figure for the whole period from elsewhere: GA4's answer to the period request (`ga4PeriodRecords`), or
 * the target planned for the period. A `period` KPI has no other source: without one its figure stays
 * "needs a period request".
 */
export interface PeriodRecord {
  kpi: string;
  target?: number | null;
  actual?: number | null;
}

export interface KpiPeriodResult {
  kpi: Kpi;
  aggregation: Aggregation;
  months: MonthResult[];
  /** Months of the period with no actual. */
  missingActuals: string[];
  target: PeriodFigure;
  actual: PeriodFigure;
  attainment: number | null;
  status: KpiStatus | null;
  /** By attainment where targets exist, else by the actual in the KPI's better direction; null without figures. */
  best: string | null;
  worst: string | null;
  trend: Trend;
}

export interface PeriodSummaryOptions {
  /** Figures for the whole period, used for `period` KPIs (and only for them). */
  periodRecords?: readonly PeriodRecord[];
  /** Whether the period is over, so "at risk" is no longer possible; the core reads no clock. Default true. */
  ended?: boolean;
}

function figureOf(records: Map<string, KpiRecord>, kpi: string, month: string, field: 'target' | 'actual') {
  return records.get(`${kpi}\u0000${month}`)?.[field] ?? null;
}

/** A `period` KPI takes the period record's figure; without one it stays "needs a period request". */
function periodFigure(aggregation: Aggregation, fromMonths: PeriodFigure, given: number | null | undefined) {
  if (aggregation.rule !== 'period') return fromMonths;
  return given === undefined ? NEEDS_PERIOD_REQUEST : given;
}

const asNumber = (f: PeriodFigure): number | null => (typeof f === 'number' ? f : null);

export function summarizePeriod(
  template: Template, period: Period, records: readonly KpiRecord[], options: PeriodSummaryOptions = {},
): KpiPeriodResult[] {
  const byKey = new Map(records.map((r) => [`${r.kpi}\u0000${r.month}`, r]));
  const monthIds = period.months.map((m) => m.id);
  return template.kpis.map((kpi) => {
    const aggregation = aggregationOf(kpi);
    const months = monthIds.map((month): MonthResult => {
      const target = figureOf(byKey, kpi.id, month, 'target');
      const actual = figureOf(byKey, kpi.id, month, 'actual');
      return { month, target, actual, attainment: achieved(kpi.direction, target, actual) };
    });
    const weightOf = (month: string, field: 'target' | 'actual') =>
      aggregation.weight === undefined ? undefined : figureOf(byKey, aggregation.weight, month, field);
    // A running round's target counts the months up to the last actual: like with like, as the sheet does.
    const lastActual = months.reduce((last, m, i) => (m.actual === null ? last : i), -1);
    const counted = (field: 'target' | 'actual') =>
      (field === 'actual' || (options.ended ?? true) || lastActual < 0 ? months : months.slice(0, lastActual + 1));
    const figure = (field: 'target' | 'actual') =>
      aggregate(aggregation, counted(field).map((m) => ({ value: m[field], weight: weightOf(m.month, field) })));
    const given = options.periodRecords?.find((r) => r.kpi === kpi.id);
    const target = periodFigure(aggregation, figure('target'), given?.target);
    const actual = periodFigure(aggregation, figure('actual'), given?.actual);
    const attainment = achieved(kpi.direction, asNumber(target), asNumber(actual));
    return {
      kpi, aggregation, months,
      missingActuals: months.filter((m) => m.actual === null).map((m) => m.month),
      target, actual, attainment,
      // Whole-period figures (GA4 users so far) cannot be pro-rated: short of target is at risk until the end.
      status: statusOf(attainment, aggregation.rule === 'period' && !(options.ended ?? true) ? 0
        : template.tolerance.atRisk, options.ended ?? true),
      ...bestAndWorst(kpi.direction, months),
      trend: trendOf(kpi.direction, months),
    };
  });
}
