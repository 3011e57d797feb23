// Finds the sheet each generated SheetSpec goes into: the one tagged for it, else a new tab at the end.
import type { SheetSpec } from '../core/model/workbook';
import type { MonthSheets, TaggedSheet } from './tags';
import type { Sheet, Spreadsheet } from '../render/sheets/types';

export interface Placement {
  spec: SheetSpec;
  sheet: Sheet;
  /** Just inserted: nothing of an earlier generation to clear. */
  fresh: boolean;
  /** The tag to update in place, when the sheet had one. */
  existing?: TaggedSheet;
  /** Its tab name after placing. */
  name: string;
}

/** "Name (2)", "Name (3)"… for a name another tab (the manager's own, say) already uses. */
export function freeName(ss: Spreadsheet, wanted: string): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : `${wanted.slice(0, 95)} (${n})`;
    if (!ss.getSheetByName(name)) return name;
  }
}

/**
 * The same sheet id and month reuses its tab (cleared and rewritten, so links and the sheet id stay).
 * A sheet that is not month-bound (the summary) is one per spreadsheet: it moves on to the new month.
 * A reused tab gets the core's name back, because other sheets' formulas point at that name.
 */
export function placeSheets(ss: Spreadsheet, specs: SheetSpec[], found: MonthSheets): Placement[] {
  const taken = new Set<Sheet>();
  const placements: Placement[] = [];
  let count: number | undefined;
  for (const spec of specs) {
    const free = (t: TaggedSheet) => t.tag.sheet === spec.id && !taken.has(t.sheet);
    const existing = spec.monthBound === false
      ? found.floating.filter(free).sort((a, b) => b.tag.month.localeCompare(a.tag.month))[0]
      : found.ofMonth.find((t) => free(t) && t.tag.monthBound);
    if (existing) {
      taken.add(existing.sheet);
      let name = existing.sheet.getName();
      if (name !== spec.name) existing.sheet.setName((name = freeName(ss, spec.name)));
      placements.push({ spec, sheet: existing.sheet, fresh: false, existing, name });
    } else {
      const name = freeName(ss, spec.name);
      count ??= ss.getNumSheets();
      const sheet = ss.insertSheet(name, count++);
      taken.add(sheet);
      placements.push({ spec, sheet, fresh: true, name });
    }
  }
  return placements;
}
