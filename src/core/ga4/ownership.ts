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

/** What `releaseImported` leaves: the manager's own actuals, and imported ones no source refreshes this time. */
export interface Released {
  /** KPI id → what the manager typed over an import (it stays theirs). */
  typed: Map<string, EntryValue>;
  /** KPI id → an imported number still in its cell that this import does not replace. */
  stillImported: Record<string, number>;
}

/**
 * Before an import: an actual still holding what the last import wrote (`prior`) belongs to the import, and is
 * dropped from the entries when `refreshes(kpi)`, so the build fills it with the new number. Anything else in the
 * cell was typed and stays. `kpis` are the ones the import may own (GA4's in the add-on, all imported in refresh).
 */
export function releaseImported(
  entries: TypedEntries, kpis: readonly string[], prior: Record<string, number>, refreshes: (kpi: string) => boolean,
): Released {
  const rows = entries['kpi-results'] ?? {};
  const out: Released = { typed: new Map(), stillImported: {} };
  for (const kpi of kpis) {
    const value = rows[kpi]?.actual;
    if (value === undefined || value === null || value === '') continue;
    const wrote = Object.hasOwn(prior, kpi) ? prior[kpi] : undefined;
    if (typeof value !== 'number' || wrote === undefined || !sameNumber(value, wrote)) out.typed.set(kpi, value);
    else if (refreshes(kpi)) delete rows[kpi].actual;
    else out.stillImported[kpi] = wrote;
  }
  return out;
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
