// Reads what the manager typed into a KPI Planner .xlsx back into the core's TypedEntries, found by header and key.
import type { Cell as XlsxCell, CellValue, Workbook, Worksheet } from 'exceljs';
import { cellValue } from '../core/entries';
import type { EntryValue, SheetEntries, TypedEntries } from '../core/model/input';
import type { SheetSpec, WorkbookSpec } from '../core/model/workbook';

/** How far below the generated header row a moved header is still looked for (rows inserted above it). */
const HEADER_SEARCH_ROWS = 40;

/** A typed value as the core carries it; formulas are the generator's (or recomputed), so they are not entries. */
export function xlsxEntryValue(value: CellValue): EntryValue | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('') || undefined;
    if ('hyperlink' in value && 'text' in value) return typeof value.text === 'string' ? value.text : undefined;
  }
  return undefined;
}

function cellText(cell: XlsxCell): string {
  const v = xlsxEntryValue(cell.value);
  return typeof v === 'string' ? v.trim() : '';
}

/**
 * The file's header row and the column of each key: the row that matches most of the generated header's labels,
 * each column by its label (so a column moved by hand is still found), else where the generator put it.
 */
function locateColumns(ws: Worksheet, spec: SheetSpec): { header: number; at: Map<string, number> } | undefined {
  const headerRow = spec.headerRow ?? 1;
  const labels = (nthRow(spec, headerRow) ?? []).map((c) => {
    const v = cellValue(c);
    return typeof v === 'string' ? v.trim() : '';
  });
  let best = { row: 0, score: 0 };
  const last = Math.min(ws.rowCount, headerRow + HEADER_SEARCH_ROWS);
  for (let r = 1; r <= last; r++) {
    const texts = new Set<string>();
    ws.getRow(r).eachCell((cell) => void texts.add(cellText(cell)));
    const score = labels.filter((l) => l && texts.has(l)).length;
    if (score > best.score) best = { row: r, score };
  }
  if (best.score < Math.min(2, labels.filter(Boolean).length)) return undefined;
  const found = new Map<string, number>();
  ws.getRow(best.row).eachCell((cell, col) => {
    const t = cellText(cell);
    if (t && !found.has(t)) found.set(t, col);
  });
  const unique = (l: string) => l && labels.indexOf(l) === labels.lastIndexOf(l);
  const at = new Map<string, number>();
  spec.columns.forEach((c, i) => at.set(c.key, (unique(labels[i]) && found.get(labels[i])) || i + 1));
  return { header: best.row, at };
}

/** Rows are an iterable (a GA4 sheet may stream them): walk to the header, which is near the top. */
function nthRow(spec: SheetSpec, n: number) {
  let i = 0;
  for (const row of spec.rows) if (++i === n) return row;
  return undefined;
}

function readSheet(ws: Worksheet, spec: SheetSpec): SheetEntries {
  const out: SheetEntries = Object.create(null);
  const place = locateColumns(ws, spec);
  if (!place || !spec.entries) return out;
  const keyCol = place.at.get(spec.entries.keyColumn)!;
  const cols = spec.entries.columns.map((k) => [k, place.at.get(k)!] as const);
  ws.eachRow((row, r) => {
    if (r === place.header) return;
    const key = xlsxEntryValue(row.getCell(keyCol).value);
    const typed: Record<string, EntryValue> = {};
    let any = false;
    for (const [col, at] of cols) {
      const v = xlsxEntryValue(row.getCell(at).value);
      if (v !== undefined) { typed[col] = v; any = true; }
    }
    if (!any) return;
    // As in the add-on: a row added below the header without a key keeps its entries under a made-up one.
    const name = key === undefined || key === '' ? (r > place.header ? `added-row-${r}` : '') : String(key).trim();
    if (name) out[name] = { ...out[name], ...typed };
  });
  return out;
}

/** Every sheet of `spec` with entries, found in the file by its tab name. */
export function readXlsxEntries(wb: Workbook, spec: WorkbookSpec): TypedEntries {
  const entries: TypedEntries = {};
  for (const sheet of spec.sheets) {
    if (!sheet.entries) continue;
    const ws = wb.getWorksheet(sheet.name);
    if (ws) entries[sheet.id] = readSheet(ws, sheet);
  }
  return entries;
}
