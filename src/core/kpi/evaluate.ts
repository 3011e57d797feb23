// KPI arithmetic shared by the live formulas and the core's own summaries: pacing, % achieved, status, projection.
import type { Month } from '../plan/calendar';
import type { Kpi } from '../template/schema';

export type KpiStatus = 'met' | 'atRisk' | 'missed';

/** Share of the month elapsed on `today` (inclusive): 0 before it starts, 1 from its last day on. */
export function paceFactor(month: Month, today: string): number {
  if (today < month.first) return 0;
  if (today >= month.last) return 1;
  return Number(today.slice(8, 10)) / month.days;
}

/** A month is over once the as-of date is after its last day: from then on nothing is "at risk" any more. */
export function monthOver(month: Month, today: string): boolean {
  return today > month.last;
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

/** Met from 100 %; "at risk" from the tolerance only while the month runs; missed otherwise. */
export function statusOf(fraction: number | null, atRisk: number, ended = false): KpiStatus | null {
  if (fraction === null) return null;
  if (fraction >= 1) return 'met';
  return !ended && fraction >= atRisk ? 'atRisk' : 'missed';
}

/** Month-end value at the current pace (actual ÷ elapsed share), for paced KPIs of a running month only. */
export function projection(kpi: Kpi, actual: number | null, factor: number, ended: boolean): number | null {
  if (!kpi.pace || ended || actual === null || factor === 0) return null;
  return round6(actual / factor);
}

/** Whether the projected month-end value reaches the (whole-month) target. */
export function reachesTarget(
  direction: Kpi['direction'], projected: number | null, target: number | null,
): boolean | null {
  if (projected === null || target === null) return null;
  return direction === 'higher' ? projected >= target : projected <= target;
}

export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
