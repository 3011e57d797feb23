// Who owns a GA4 KPI's actual: an import writes GA4's number; a number the manager typed over it stays theirs.
//
// The rule, per month and GA4 KPI (the add-on remembers the numbers its last import wrote):
// - import: an empty actual, or one still holding the number the last import wrote, gets GA4's new number;
//   anything else in the cell (the manager typed over it) stays, and the sidebar says so;
// - regenerate and download: the cells are kept as they are, like every typed entry; an actual the manager
//   emptied stays empty until the next import (the stored GA4 copy never refills it behind their back).
import type { EntryValue, TypedEntries } from '../model/input';
import type { Kpi, Template } from '../template/schema';
import { ga4Actuals } from './actuals';
import type { Ga4MonthResult } from './types';

export function ga4Kpis(template: Template): Kpi[] {
  return template.kpis.filter((k) => k.source === 'ga4' && k.ga4);
}

/** Equal as numbers a spreadsheet hands back (a double may come back with its last digits changed). */
export function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Before an import: drops the actuals that still hold what the last import wrote (`prior`), so the build
 * fills them with GA4's new numbers. Returns the manager's own entries, which stay, by KPI id.
 */
export function releaseImported(entries: TypedEntries, template: Template, prior: Record<string, number>): Map<string, EntryValue> {
  const typed = entries['kpi-results'] ?? {};
  const kept = new Map<string, EntryValue>();
  for (const kpi of ga4Kpis(template)) {
    const entry = typed[kpi.id];
    const value = entry?.actual;
    if (value === undefined || value === null || value === '') continue;
    const imported = typeof value === 'number' && prior[kpi.id] !== undefined && sameNumber(value, prior[kpi.id]);
    if (imported) delete entry.actual;
    else kept.set(kpi.id, value);
  }
  return kept;
}

/**
 * Regenerate and download build with the stored GA4 copy (for the GA4 sheet and the review's best channel and
 * campaign); an explicit empty entry keeps the build from filling an actual the manager emptied.
 */
export function keepBlankActuals(entries: TypedEntries, template: Template): TypedEntries {
  const typed = (entries['kpi-results'] ??= {});
  for (const kpi of ga4Kpis(template)) {
    const entry = (typed[kpi.id] ??= {});
    if (entry.actual === undefined) entry.actual = '';
  }
  return entries;
}

export interface Ga4ActualOutcome {
  kpi: Kpi;
  /** GA4's number for the month (null when GA4 had none). */
  value: number | null;
  /** The manager's own entry, which stays in the sheet instead of GA4's number. */
  typed?: EntryValue;
}

/**
 * After an import: each GA4 KPI's outcome, and the numbers the import wrote (to remember for the next one).
 * The manager's entry that happens to equal GA4's number counts as imported, so the next import may refresh it.
 */
export function importOutcome(
  result: Ga4MonthResult, template: Template, month: string, kept: Map<string, EntryValue>,
): { outcomes: Ga4ActualOutcome[]; written: Record<string, number> } {
  const fromGa4 = new Map(ga4Actuals(result, template, month).map((r) => [r.kpi, r.actual]));
  const written: Record<string, number> = {};
  const outcomes = ga4Kpis(template).map((kpi): Ga4ActualOutcome => {
    const value = fromGa4.get(kpi.id) ?? null;
    const typed = kept.get(kpi.id);
    if (typed !== undefined && !(typeof typed === 'number' && value !== null && sameNumber(typed, value))) {
      return { kpi, value, typed };
    }
    if (value !== null) written[kpi.id] = value;
    return { kpi, value };
  });
  return { outcomes, written };
}
