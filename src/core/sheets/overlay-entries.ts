// Puts what the manager typed back into a built sheet's entry cells, for sheets whose builder takes no entries.
import type { EntryValue, SheetEntries } from '../model/input';
import type { Cell, CellStyle, SheetSpec } from '../model/workbook';
import { text } from './text';
import { isIsoDate } from '../dates';

function typedCell(v: EntryValue, style: CellStyle | undefined): Cell | undefined {
  const s = style ? { style } : {};
  if (v === null || v === '') return undefined;
  if (typeof v === 'number') return { number: v, ...s };
  if (typeof v === 'boolean') return { bool: v, ...s };
  // Read-back dates are ISO days; anything else is text, never a formula.
  return isIsoDate(v) ? { date: v, ...s } : text(v, style);
}

/**
 * Rows are found by their key cell. Only input cells take a typed value: a formula (a figure the sheet works out)
 * or a label is never replaced, so reading a computed value back cannot freeze it, nor an old language stay.
 */
export function overlayEntries(sheet: SheetSpec, typed: SheetEntries | undefined): SheetSpec {
  if (!sheet.entries || !typed) return sheet;
  const index = (k: string) => sheet.columns.findIndex((c) => c.key === k);
  const keyAt = index(sheet.entries.keyColumn);
  const cols = sheet.entries.columns.map((k) => [k, index(k)] as const).filter(([, i]) => i >= 0);
  const rows = Array.from(sheet.rows, (row, n) => {
    if (n + 1 === sheet.headerRow) return row;
    const key = row[keyAt];
    const name = typeof key === 'string' ? key : key && typeof key === 'object' && 'text' in key ? key.text : '';
    const values = name ? typed[name] : undefined;
    if (!values) return row;
    const out = [...row];
    for (const [k, i] of cols) {
      const cell = out[i];
      // Labels and formulas are the builder's: only blank and number/date input cells take a typed value.
      const fixed = cell && typeof cell === 'object' && ('formula' in cell || 'text' in cell);
      if (typeof cell === 'string' || fixed) continue;
      const style = cell && typeof cell === 'object' ? cell.style : undefined;
      const next = values[k] === undefined ? undefined : typedCell(values[k], style);
      if (next) out[i] = next;
    }
    return out;
  });
  return { ...sheet, rows };
}
