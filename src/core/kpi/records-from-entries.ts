// A month's KPI figures as the manager typed them into its KPI results sheet, as data for another month's build.
import type { KpiRecord, TypedEntries } from '../model/input';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Targets and actuals typed into `month`'s KPI results (e.g. last month's, for the review's comparison). */
export function kpiRecordsFromEntries(entries: TypedEntries | undefined, month: string): KpiRecord[] {
  return Object.entries(entries?.['kpi-results'] ?? {})
    .map(([kpi, values]) => ({ kpi, month, target: num(values.target), actual: num(values.actual) }))
    .filter((r) => r.target !== null || r.actual !== null);
}
