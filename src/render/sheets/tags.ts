// Developer-metadata tags on generated sheets, so the add-on finds its sheets again even after a rename.
import type { SheetSpec } from '../../core/model/workbook';
import { isSheetId, type SheetId } from '../../core/sheets/context';
import type { Layout } from './layout';
import type { Sheet, Spreadsheet } from './types';

export const TAG_KEY = 'kpi-planner';
/** Bump when the tag's meaning changes; readers skip tags newer than they understand. */
export const TAG_VERSION = 1;

export interface SheetTag {
  sheet: SheetId;
  month: string;
  template: string;
  version: number;
  /** The language it was generated in. */
  lang?: string;
  /** Column keys in sheet order: the headers are translated, so this is how columns are found again. */
  columns: string[];
  headerRow: number | null;
  entries: { keyColumn: string; columns: string[] } | null;
  /** Widths, merges… as written, so a regeneration rewrites only what changed (and keeps nothing stale). */
  layout?: Layout;
}

export interface TaggedSheet {
  sheet: Sheet;
  tag: SheetTag;
  metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
}

export function tagFor(spec: SheetSpec, month: string, template: string, lang: string, layout: Layout): SheetTag {
  return {
    sheet: spec.id, month, template, version: TAG_VERSION, lang, layout,
    columns: spec.columns.map((c) => c.key),
    headerRow: spec.headerRow ?? null,
    entries: spec.entries ? { keyColumn: spec.entries.keyColumn, columns: [...spec.entries.columns] } : null,
  };
}

function parseTag(value: string | null): SheetTag | null {
  try {
    const t = JSON.parse(value ?? '');
    const ok = t && isSheetId(t.sheet) && typeof t.month === 'string' && typeof t.version === 'number' && t.version <= TAG_VERSION;
    if (!ok) return null;
    const l = t.layout;
    // A layout that doesn't look right is treated as unknown: the sheet then gets a full reset.
    const layoutOk = l && Array.isArray(l.widths) && Array.isArray(l.heights) && Array.isArray(l.merges) && Array.isArray(l.hidden) && Array.isArray(l.frozen);
    return { columns: [], headerRow: null, entries: null, template: '', ...t, layout: layoutOk ? l : undefined };
  } catch {
    return null;
  }
}

/** Every tagged sheet: one finder call, then three small reads per tag (never per row). */
export function findTaggedSheets(ss: Spreadsheet): TaggedSheet[] {
  const found: TaggedSheet[] = [];
  for (const metadata of ss.createDeveloperMetadataFinder().withKey(TAG_KEY).find()) {
    const sheet = metadata.getLocation().getSheet();
    const tag = sheet ? parseTag(metadata.getValue()) : null;
    if (sheet && tag) found.push({ sheet, tag, metadata });
  }
  return found;
}

/** Tags a sheet, or retags it in place so a regenerated sheet never carries two tags. */
export function writeTag(sheet: Sheet, tag: SheetTag, existing?: TaggedSheet['metadata']): void {
  const value = JSON.stringify(tag);
  if (existing) existing.setValue(value);
  else sheet.addDeveloperMetadata(TAG_KEY, value);
}
