// Evaluates the stand-in spreadsheet's formulas with a real formula engine (HyperFormula, tests only, GPL-3.0 key).
import {
  DetailedCellError, FunctionArgumentType, FunctionPlugin, HyperFormula, type RawCellContent,
} from 'hyperformula';
import type { FakeSpreadsheet } from './sheet';

/**
 * FIXED(number, decimals, no_commas), which Excel, LibreOffice and Sheets all have and HyperFormula lacks: the
 * number rounded to `decimals` as text with thousands separators, as an English-locale spreadsheet shows it.
 */
class FixedPlugin extends FunctionPlugin {
  static implementedFunctions = {
    FIXED: {
      method: 'fixed',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 2 },
        { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: false },
      ],
    },
  };

  fixed(ast: { args: unknown[] }, state: unknown) {
    return this.runFunction(ast.args as never, state as never, this.metadata('FIXED'), (n: number, decimals: number, noCommas: boolean) => {
      const d = Math.max(0, Math.min(127, Math.trunc(decimals)));
      return n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d, useGrouping: !noCommas });
    });
  }
}
HyperFormula.registerFunctionPlugin(FixedPlugin, { enGB: { FIXED: 'FIXED' } });

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
  const hf = HyperFormula.buildFromSheets(grids, { licenseKey: 'gpl-v3', useColumnIndex: true, useArrayArithmetic: true });
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
