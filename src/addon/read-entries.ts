// Reads what the manager typed into generated sheets back into the core's TypedEntries (one read per sheet).
import type { EntryValue, TypedEntries } from '../core/model/input';
import type { TaggedSheet } from './tags';

const DAY_MS = 86_400_000;

/**
 * A date cell comes back as a Date at midnight in the spreadsheet's time zone. Rounding to the nearest UTC
 * midnight recovers the calendar day for every zone within ±11 h without another service call per cell.
 */
export function isoDay(d: Date): string {
  return new Date(Math.round(d.getTime() / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

function entryValue(v: unknown): EntryValue | undefined {
  if (v === '' || v === null || v === undefined) return undefined;
  if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]') {
    const d = v as Date;
    return Number.isNaN(d.getTime()) ? undefined : isoDay(d);
  }
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

export interface ReadResult {
  entries: TypedEntries;
}

/**
 * Rows are matched by their key column, so sorting or moving rows loses nothing. A row the manager added
 * without a key still keeps its entries under a made-up key, which the core then carries as an extra row.
 */
export function readEntries(tagged: TaggedSheet[]): ReadResult {
  const entries: TypedEntries = {};
  for (const { sheet, tag } of tagged) {
    if (!tag.entries) continue;
    const keyAt = tag.columns.indexOf(tag.entries.keyColumn);
    const cols = tag.entries.columns.map((key) => [key, tag.columns.indexOf(key)] as const).filter(([, i]) => i >= 0);
    if (keyAt < 0 || cols.length === 0) continue;
    // Every row but the header itself: keyed rows above it (the campaign's theme and goal) are entries too.
    const first = 1;
    const last = sheet.getLastRow();
    if (last < first) continue;
    const width = Math.max(keyAt, ...cols.map(([, i]) => i)) + 1;
    const values = sheet.getRange(first, 1, last - first + 1, width).getValues();
    const bySheet = (entries[tag.sheet] ??= {});
    values.forEach((row, i) => {
      const typed: Record<string, EntryValue> = {};
      let any = false;
      for (const [col, at] of cols) {
        const v = entryValue(row[at]);
        if (v !== undefined) { typed[col] = v; any = true; }
      }
      const at = first + i;
      if (!any || at === tag.headerRow) return;
      // A row added below the header without a key keeps its entries under a made-up one.
      const key = String(row[keyAt] ?? '').trim() || (tag.headerRow && at > tag.headerRow ? `added-row-${at}` : '');
      if (!key) return;
      bySheet[key] = { ...bySheet[key], ...typed };
    });
  }
  return { entries };
}
