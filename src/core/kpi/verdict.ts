// What the Summary and the review say about the month, computed as their formulas compute it (for messages and tests).
import type { KpiLine } from './lines';

export interface KpiCounts {
  met: number;
  atRisk: number;
  missed: number;
  /** KPIs with a target but no actual. */
  noFigure: number;
  withTarget: number;
}

export function kpiCounts(lines: KpiLine[]): KpiCounts {
  const count = (f: (x: KpiLine) => boolean) => lines.filter(f).length;
  return {
    met: count((x) => x.status === 'met'),
    atRisk: count((x) => x.status === 'atRisk'),
    missed: count((x) => x.status === 'missed'),
    noFigure: count((x) => x.noFigure),
    withTarget: count((x) => x.target !== null),
  };
}

/** Keys of the Summary's sentence labels (l.summary.*). "All met" only when every KPI with a target met it. */
export type Verdict = 'noTargets' | 'allMet' | 'allMetToDate' | 'flagged' | 'noneFlagged';

export function verdictOf(c: KpiCounts, ended: boolean): Verdict {
  if (c.withTarget === 0) return 'noTargets';
  if (c.met === c.withTarget) return ended ? 'allMet' : 'allMetToDate';
  return c.atRisk + c.missed > 0 ? 'flagged' : 'noneFlagged';
}

/** The answer to the template's "planned goals reached?": decided only once the month is over. */
export type CycleAnswer = 'cycleNoTargets' | 'cycleRunning' | 'cycleNo' | 'cycleYes' | 'cycleNoFigure';

export function cycleAnswerOf(c: KpiCounts, ended: boolean): CycleAnswer {
  if (c.withTarget === 0) return 'cycleNoTargets';
  if (!ended) return 'cycleRunning';
  if (c.missed > 0) return 'cycleNo';
  return c.met === c.withTarget ? 'cycleYes' : 'cycleNoFigure';
}

/**
 * Missed and at-risk KPIs, worst first. Ordered by relative shortfall (lowest % achieved first), not by the
 * absolute one: KPIs are in different units (EUR, counts, %), so only the share of the target is comparable.
 * Ties keep the KPI sheet's order.
 */
export function flaggedWorstFirst(lines: KpiLine[]): KpiLine[] {
  return lines
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.status === 'missed' || line.status === 'atRisk')
    .sort((a, b) => a.line.achieved! - b.line.achieved! || a.i - b.i)
    .map(({ line }) => line);
}
