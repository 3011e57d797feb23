// Resolves each KPI's target and actual for a month (typed entries win over imported data) and evaluates it.
import type { KpiRecord, TypedEntries } from '../model/input';
import type { Month } from '../plan/calendar';
import type { Kpi, Template } from '../template/schema';
import {
  achieved, monthOver, paceFactor, projection, reachesTarget, statusOf, targetToDate, type KpiStatus,
} from './evaluate';

export interface KpiLine {
  kpi: Kpi;
  target: number | null;
  actual: number | null;
  comment: string | null;
  due: number | null;
  achieved: number | null;
  /** null when there is no target or no actual; see `noFigure`. */
  status: KpiStatus | null;
  /** A target but no actual yet: shown as "no figure yet", never counted as met. */
  noFigure: boolean;
  /** Projected month-end value (paced KPIs of a running month with an actual). */
  projected: number | null;
  /** Whether the projection reaches the month's target. */
  onTrack: boolean | null;
  previousActual: number | null;
}

export function kpiLines(
  template: Template, month: Month, previous: Month, today: string, data: KpiRecord[], entries: TypedEntries | undefined,
  final = false,
): KpiLine[] {
  const factor = paceFactor(month, today);
  // A closed month is over on its last day already: its statuses are final, nothing is "at risk".
  const ended = monthOver(month, today) || (final && today >= month.last);
  const typed = entries?.['kpi-results'] ?? {};
  return template.kpis.map((kpi) => {
    const record = data.find((r) => r.kpi === kpi.id && r.month === month.id);
    const prev = data.find((r) => r.kpi === kpi.id && r.month === previous.id);
    const entry = typed[kpi.id] ?? {};
    const target = numberOr(entry.target, record?.target ?? null);
    const actual = numberOr(entry.actual, record?.actual ?? null);
    const due = targetToDate(kpi, target, factor);
    const fraction = achieved(kpi.direction, due, actual);
    const projected = projection(kpi, actual, factor, ended);
    return {
      kpi, target, actual, due, achieved: fraction,
      comment: entry.comment === undefined || entry.comment === null || entry.comment === '' ? null : String(entry.comment),
      status: statusOf(fraction, template.tolerance.atRisk, ended),
      noFigure: target !== null && actual === null,
      projected,
      onTrack: reachesTarget(kpi.direction, projected, target),
      previousActual: prev?.actual ?? null,
    };
  });
}

/** A typed value if the manager typed a number there (a cleared cell counts as typed-empty). */
function numberOr(typed: unknown, fallback: number | null): number | null {
  if (typed === undefined) return fallback;
  if (typeof typed === 'number' && Number.isFinite(typed)) return typed;
  return null;
}
