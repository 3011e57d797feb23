// Test helpers that find generated sheets' columns and rows the way the add-on does: by tag and row key.
import type { AppsScriptRuntime } from '../apps-script-runtime';
import type { FakeSheet } from './sheet';

interface Tag {
  sheet: string;
  month: string;
  columns: string[];
  headerRow: number | null;
}

export function tagOf(rt: AppsScriptRuntime, name: string): Tag {
  const tag = rt.tags()[name] as unknown as Tag | undefined;
  if (!tag) throw new Error(`"${name}" has no kpi-planner tag; tagged: ${Object.keys(rt.tags()).join(', ')}`);
  return tag;
}

/** 1-based column of a column key. */
export function col(rt: AppsScriptRuntime, name: string, key: string): number {
  const i = tagOf(rt, name).columns.indexOf(key);
  if (i < 0) throw new Error(`"${name}" has no column "${key}"`);
  return i + 1;
}

/** 1-based row whose key column holds `rowKey`. */
export function row(rt: AppsScriptRuntime, name: string, rowKey: string): number {
  const sheet = rt.sheet(name);
  const keyCol = col(rt, name, 'key');
  const keys = sheet.getRange(1, keyCol, sheet.getLastRow(), 1).getValues().map((r) => r[0]);
  const i = keys.indexOf(rowKey);
  if (i < 0) throw new Error(`"${name}" has no row "${rowKey}"`);
  return i + 1;
}

/** The cell at a row key and a column key of a tagged sheet, e.g. a KPI's actual on the KPI results tab. */
export function cellAt(rt: AppsScriptRuntime, name: string, rowKey: string, column: string) {
  return rt.sheet(name).getRange(row(rt, name, rowKey), col(rt, name, column));
}

/** The value shown at a row key and a column key. */
export function readAt(rt: AppsScriptRuntime, name: string, rowKey: string, column: string) {
  return cellAt(rt, name, rowKey, column).getValue();
}

/** Types into the cell at a row key and a column key, as the manager would in the Sheets UI. */
export function typeAt(rt: AppsScriptRuntime, name: string, rowKey: string, column: string, text: string): void {
  cellAt(rt, name, rowKey, column).setValue(text);
}

/** A server function's value; a refusal fails the test with the add-on's message. */
export function okValue<T>(reply: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export function value(sheet: FakeSheet, r: number, c: number) {
  return sheet.getRange(r, c).getValue();
}

/** All row keys of a sheet's data rows (below the header). */
export function rowKeys(rt: AppsScriptRuntime, name: string): string[] {
  const sheet = rt.sheet(name);
  const first = (tagOf(rt, name).headerRow ?? 0) + 1;
  const keyCol = col(rt, name, 'key');
  return sheet.getRange(first, keyCol, sheet.getLastRow() - first + 1, 1).getValues()
    .map((r) => String(r[0])).filter(Boolean);
}

/** Every tab with its values and formulas, and every tag: equal snapshots mean a call changed nothing. */
export function snapshot(rt: AppsScriptRuntime): string {
  return JSON.stringify({
    sheets: rt.spreadsheet.sheets.map((s) => {
      const r = s.getLastRow(), c = s.getLastColumn();
      const range = r && c ? s.getRange(1, 1, r, c) : null;
      return { name: s.name, values: range?.getValues() ?? [], formulas: range?.getFormulas() ?? [] };
    }),
    tags: rt.tags(),
  });
}
