// Resolves each KPI's target and actual for a month (typed entries win over imported data) and evaluates it.
import type { KpiRecord, TypedEntries } from '../model/input';
import type { Month } from '../plan/calendar';
import type { Kpi, Template } from '../template/schema';
import { achieved, paceFactor, statusOf, targetToDate, type KpiStatus } from './evaluate';

export interface KpiLine {
  kpi: Kpi;
  target: number | null;
  actual: number | null;
  comment: string | null;
  due: number | null;
  achieved: number | null;
  status: KpiStatus | null;
  previousActual: number | null;
}

export function kpiLines(
  template: Template, month: Month, previous: Month, today: string, data: KpiRecord[], entries: TypedEntries | undefined,
): KpiLine[] {
  const factor = paceFactor(month, today);
  const typed = entries?.['kpi-results'] ?? {};
  return template.kpis.map((kpi) => {
    const record = data.find((r) => r.kpi === kpi.id && r.month === month.id);
    const prev = data.find((r) => r.kpi === kpi.id && r.month === previous.id);
    const entry = typed[kpi.id] ?? {};
    const target = numberOr(entry.target, record?.target ?? null);
    const actual = numberOr(entry.actual, record?.actual ?? null);
    const due = targetToDate(kpi, target, factor);
    const fraction = achieved(kpi.direction, due, actual);
    return {
      kpi, target, actual, due, achieved: fraction,
      comment: entry.comment === undefined || entry.comment === null || entry.comment === '' ? null : String(entry.comment),
      status: statusOf(fraction, template.tolerance.atRisk),
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
