// Who owns a GA4 KPI's actual: an import writes GA4's number; a number the manager typed over it stays theirs.
//
// The rule, per month and GA4 KPI (the add-on remembers the numbers its last import wrote):
// - import: an empty actual, or one still holding the number the last import wrote, gets GA4's new number;
//   anything else in the cell (the manager typed over it) stays, and the sidebar says so;
// - regenerate and download: the cells are kept as they are, like every typed entry; an actual the manager
//   emptied stays empty until the next import (the stored GA4 copy never refills it behind their back).
import type { EntryValue, TypedEntries } from '../core/model/input';
import type { Kpi, Template } from '../core/template/schema';

export function ga4Kpis(template: Template): Kpi[] {
  return template.kpis.filter((k) => k.source === 'ga4' && k.ga4);
}

/** Equal as numbers a spreadsheet hands back (a double may come back with its last digits changed). */
export function same(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Before an import: drops the actuals that still hold what the last import wrote (`prior`), so the core
 * fills them with GA4's new numbers. Returns the manager's own entries, which stay, by KPI id.
 */
export function releaseImported(entries: TypedEntries, template: Template, prior: Record<string, number>): Map<string, EntryValue> {
  const typed = entries['kpi-results'] ?? {};
  const kept = new Map<string, EntryValue>();
  for (const kpi of ga4Kpis(template)) {
    const entry = typed[kpi.id];
    const value = entry?.actual;
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'number' && prior[kpi.id] !== undefined && same(value, prior[kpi.id])) delete entry.actual;
    else kept.set(kpi.id, value);
  }
  return kept;
}

/**
 * Regenerate and download build with the stored GA4 copy (for the GA4 sheet and the review's best
 * channel and campaign); an explicit empty entry keeps the core from filling emptied actuals from it.
 */
export function keepBlankActuals(entries: TypedEntries, template: Template): TypedEntries {
  const typed = (entries['kpi-results'] ??= {});
  for (const kpi of ga4Kpis(template)) {
    const entry = (typed[kpi.id] ??= {});
    if (entry.actual === undefined) entry.actual = '';
  }
  return entries;
}
