// A month's targets from the year plan's KPI targets: what the month's own figures leave empty, one rule for the
// CLI (`workbook --plan`, where `--data` wins) and the add-on (where the month tab's typed target wins).
import { sameNumber } from '../ga4/ownership';
import type { EntryValue, KpiRecord, SheetEntries, TypedEntries } from '../model/input';
import type { Template } from '../template/schema';
import { monthColumn } from './sources';

/** Reads one typed plan cell; the CLI's refuses text that is not a number, the add-on's ignores it. */
export type PlanCellReader = (value: EntryValue | undefined, kpi: Template['kpis'][number], month: string) =>
  number | null;

/** A number, or text that is a plain number; anything else is no target. */
const numberOnly: PlanCellReader = (v) => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v.trim()) : NaN;
  return Number.isFinite(n) ? n : null;
};

/**
 * The month's plan cells that hold something but no target by `planTargetRecords`' reading (e.g. "lots"): the add-on
 * makes the month with them empty and says so; the CLI refuses them with its own reader.
 */
export function unreadablePlanCells(
  template: Template, entries: SheetEntries | undefined, month: string,
): { kpi: Template['kpis'][number]; value: string }[] {
  return template.kpis.flatMap((kpi) => {
    const value = entries?.[kpi.id]?.[monthColumn(month)];
    const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    return empty || numberOnly(value, kpi, month) !== null ? [] : [{ kpi, value: String(value) }];
  });
}

/** Every month target typed on the KPI targets tab of `year` (entries by KPI id, columns `m01`…`m12`). */
export function planTargetRecords(
  template: Template, year: number, entries: SheetEntries | undefined, read: PlanCellReader = numberOnly,
): KpiRecord[] {
  const records: KpiRecord[] = [];
  for (const kpi of template.kpis) {
    for (let i = 1; i <= 12; i++) {
      const month = `${year}-${String(i).padStart(2, '0')}`;
      const target = read(entries?.[kpi.id]?.[monthColumn(month)], kpi, month);
      if (target !== null) records.push({ kpi: kpi.id, month, target, actual: null });
    }
  }
  return records;
}

/** The plan's targets for `months` under the data: the data's own target wins where both give one. */
export function withPlanTargets(
  data: KpiRecord[], planned: KpiRecord[], months: string | readonly string[],
): KpiRecord[] {
  const merged = data.map((r) => ({ ...r }));
  const wanted = new Set(typeof months === 'string' ? [months] : months);
  for (const p of planned) {
    if (!wanted.has(p.month)) continue;
    const own = merged.find((r) => r.kpi === p.kpi && r.month === p.month);
    if (!own) merged.push({ ...p });
    else if (own.target === null) own.target = p.target;
  }
  return merged;
}

/** KPI id → the plan's target for `month`: what a month generated now writes where nothing was typed. */
export function plannedFor(planned: KpiRecord[], month: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of planned) if (p.month === month && p.target !== null) out[p.kpi] = p.target;
  return out;
}

/**
 * A month tab's target cell reads back like anything typed. One still holding the number the year plan gave it
 * last time (`prior`) is the plan's, not the manager's: it is dropped from the entries so the plan's target of now
 * (or nothing, if the plan lost it) takes its place. Any other number there was typed, and wins over the plan.
 */
export function releasePlanned(entries: TypedEntries, prior: Record<string, number> | undefined): TypedEntries {
  const rows = entries['kpi-results'];
  if (!rows || !prior) return entries;
  const kept: SheetEntries = { ...rows };
  for (const [kpi, wrote] of Object.entries(prior)) {
    const value = rows[kpi]?.target;
    if (typeof value !== 'number' || !sameNumber(value, wrote)) continue;
    const row = { ...rows[kpi] };
    delete row.target;
    kept[kpi] = row;
  }
  return { ...entries, 'kpi-results': kept };
}

/** How many of the month's targets come from the year plan: planned ones whose cell holds nothing typed. */
export function targetsFromPlan(entries: TypedEntries, planned: Record<string, number>, data: KpiRecord[],
  month: string): number {
  const typed = entries['kpi-results'] ?? {};
  const blank = (v: EntryValue | undefined) => v === undefined || v === null || v === '';
  const ownData = (kpi: string) => data.some((r) => r.kpi === kpi && r.month === month && r.target !== null);
  return Object.keys(planned).filter((kpi) => blank(typed[kpi]?.target) && !ownData(kpi)).length;
}
