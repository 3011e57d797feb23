// Evaluates the stand-in spreadsheet's formulas with a real formula engine (HyperFormula, tests only, GPL-3.0 key).
import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import type { FakeSpreadsheet } from './sheet';

export interface FormulaError {
  sheet: string;
  /** 1-based row and column. */
  row: number;
  col: number;
  formula: string;
  error: string;
}

export interface Evaluated {
  /** The computed value at (tab name, 1-based row, column); errors come back as their code, e.g. "#REF!". */
  value(sheet: string, row: number, col: number): unknown;
  /** Every formula cell that evaluates to an error. */
  errors: FormulaError[];
}

/**
 * Loads every tab (values and formulas, as Sheets stores them) into HyperFormula and calculates. TODAY() is the
 * runtime's "today" (`YYYY-MM-DD`), so a test's clock is the spreadsheet's clock. Text that looks like a formula
 * is kept text by the apostrophe HyperFormula reads as Sheets does.
 */
export function evaluate(ss: FakeSpreadsheet, today: string): Evaluated {
  const [y, m, d] = today.split('-').map(Number);
  const grids: Record<string, RawCellContent[][]> = {};
  const formulas: { sheet: string; row: number; col: number; formula: string }[] = [];
  for (const sheet of ss.sheets) {
    const grid: RawCellContent[][] = [];
    for (const [key, cell] of sheet.cells) {
      const [r, c] = sheet.position(key);
      let content: RawCellContent = null;
      if (cell.formula) {
        content = cell.formula.replace(/\bTODAY\(\)/g, `DATE(${y},${m},${d})`);
        formulas.push({ sheet: sheet.name, row: r, col: c, formula: cell.formula });
      } else if (typeof cell.value === 'string') content = cell.value === '' ? null : `'${cell.value}`;
      else content = cell.value;
      (grid[r - 1] ??= [])[c - 1] = content;
    }
    grids[sheet.name] = Array.from(grid, (row) => Array.from(row ?? [], (v) => v ?? null));
  }
  const hf = HyperFormula.buildFromSheets(grids, { licenseKey: 'gpl-v3', useColumnIndex: true });
  const value = (sheet: string, row: number, col: number) => {
    const id = hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`no tab "${sheet}"`);
    const v = hf.getCellValue({ sheet: id, row: row - 1, col: col - 1 });
    return v instanceof DetailedCellError ? v.value : v;
  };
  const errors = formulas
    .map((f) => ({ ...f, error: String(value(f.sheet, f.row, f.col)) }))
    .filter((f) => f.error.startsWith('#'));
  return { value, errors };
}
