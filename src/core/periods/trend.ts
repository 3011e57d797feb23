// Best and worst month and the trend of a KPI's actuals over a period, whichever way the KPI is better.
import { round6 } from '../kpi/evaluate';
import type { Kpi } from '../template/schema';

interface MonthFigures {
  month: string;
  actual: number | null;
  attainment: number | null;
}

export interface Trend {
  /** Least-squares slope of the actuals per month (months without an actual keep their place); null below 2. */
  slope: number | null;
  /** Where the actuals go. */
  direction: 'up' | 'down' | 'flat' | null;
  /** The same read with the KPI's direction: a falling cost is `better`. */
  verdict: 'better' | 'worse' | 'steady' | null;
}

/**
 * Best and worst month by attainment where any month has one (targets differ month to month), else by the actual
 * in the KPI's better direction. Ties go to the earlier month; one month with a figure is both.
 */
export function bestAndWorst(direction: Kpi['direction'], months: readonly MonthFigures[]) {
  const byAttainment = months.filter((m) => m.attainment !== null);
  const ranked = byAttainment.length > 0
    ? byAttainment.map((m) => ({ month: m.month, score: m.attainment! }))
    : months.filter((m) => m.actual !== null)
      .map((m) => ({ month: m.month, score: direction === 'higher' ? m.actual! : -m.actual! }));
  if (ranked.length === 0) return { best: null, worst: null };
  let best = ranked[0];
  let worst = ranked[0];
  for (const r of ranked) {
    if (r.score > best.score) best = r;
    if (r.score < worst.score) worst = r;
  }
  return { best: best.month, worst: worst.month };
}

export function trendOf(direction: Kpi['direction'], months: readonly MonthFigures[]): Trend {
  const points = months.flatMap((m, x) => (m.actual === null ? [] : [{ x, y: m.actual }]));
  if (points.length < 2) return { slope: null, direction: null, verdict: null };
  const meanX = points.reduce((s, p) => s + p.x, 0) / points.length;
  const meanY = points.reduce((s, p) => s + p.y, 0) / points.length;
  const spread = points.reduce((s, p) => s + (p.x - meanX) ** 2, 0);
  const slope = round6(points.reduce((s, p) => s + (p.x - meanX) * (p.y - meanY), 0) / spread);
  if (slope === 0) return { slope: 0, direction: 'flat', verdict: 'steady' };
  const up = slope > 0;
  return { slope, direction: up ? 'up' : 'down', verdict: up === (direction === 'higher') ? 'better' : 'worse' };
}
