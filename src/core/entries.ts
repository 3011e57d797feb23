// What the manager really typed: entries that differ from what the core writes into the same cells by itself.
import type { EntryValue } from './model/input';
import type { Cell, SheetSpec } from './model/workbook';

/** The plain value a cell holds, as entries carry it (dates as ISO strings). */
export function cellValue(cell: Cell | undefined): EntryValue {
  if (cell === undefined || cell === null) return null;
  if (typeof cell !== 'object') return cell;
  if ('text' in cell) return cell.text === '' ? null : cell.text;
  if ('number' in cell) return cell.number;
  if ('date' in cell) return cell.date;
  if ('bool' in cell) return cell.bool;
  return null;
}

/** Row key → column key → value of a sheet's entry columns, as generated. */
export function entryValues(sheet: SheetSpec): Record<string, Record<string, EntryValue>> {
  // No prototype: a row keyed "__proto__" or "constructor" is an ordinary row.
  const out: Record<string, Record<string, EntryValue>> = Object.create(null);
  if (!sheet.entries) return out;
  const keyCol = sheet.columns.findIndex((c) => c.key === sheet.entries!.keyColumn);
  const cols = sheet.entries.columns.map((k) => [k, sheet.columns.findIndex((c) => c.key === k)] as const);
  let n = 0;
  for (const row of sheet.rows) {
    // The header names the key column; it is not a row of entries (rows above it, like the campaign theme, are).
    if (++n === sheet.headerRow) continue;
    const key = cellValue(row[keyCol]);
    if (typeof key !== 'string') continue;
    out[key] = Object.fromEntries(cols.map(([k, i]) => [k, cellValue(row[i])]));
  }
  return out;
}
