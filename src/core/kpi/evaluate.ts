// KPI arithmetic shared by the live formulas and the core's own summaries: pacing, % achieved, status.
import type { Month } from '../plan/calendar';
import type { Kpi } from '../template/schema';

export type KpiStatus = 'met' | 'atRisk' | 'missed';

/** Share of the month elapsed on `today` (inclusive): 0 before it starts, 1 once it is over. */
export function paceFactor(month: Month, today: string): number {
  if (today < month.first) return 0;
  if (today >= month.last) return 1;
  return Number(today.slice(8, 10)) / month.days;
}

export function targetToDate(kpi: Kpi, target: number | null, factor: number): number | null {
  if (target === null) return null;
  return kpi.pace ? target * factor : target;
}

/**
 * % achieved as a fraction, rounded to 6 places like the sheet formula so both agree at the
 * tolerance boundary. Lower-is-better KPIs invert the ratio: half the target cost is 200 %.
 */
export function achieved(direction: Kpi['direction'], due: number | null, actual: number | null): number | null {
  if (due === null || actual === null) return null;
  if (direction === 'higher') return due === 0 ? (actual >= 0 ? 1 : 0) : round6(actual / due);
  return actual === 0 ? 1 : round6(due / actual);
}

export function statusOf(fraction: number | null, atRisk: number): KpiStatus | null {
  if (fraction === null) return null;
  if (fraction >= 1) return 'met';
  return fraction >= atRisk ? 'atRisk' : 'missed';
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
