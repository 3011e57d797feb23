// Evaluates the stand-in spreadsheet's formulas with a real formula engine (HyperFormula, tests only, GPL-3.0 key).
import {
  DetailedCellError, FunctionArgumentType, FunctionPlugin, HyperFormula, type RawCellContent,
} from 'hyperformula';
import type { Scalar } from './cells';
import { separators } from './number-format';
import { referencedSheets } from './references';
import type { FakeSheet, FakeSpreadsheet } from './sheet';

/** The spreadsheet locale FIXED writes its separators in, set before each calculation. */
let fixedLocale = 'en_US';

/**
 * FIXED(number, decimals, no_commas), which Excel, LibreOffice and Sheets all have and HyperFormula lacks: the
 * number rounded to `decimals` as text with the spreadsheet locale's separators, as Sheets writes it.
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
    const format = (n: number, decimals: number, noCommas: boolean) => {
      const d = Math.max(0, Math.min(127, Math.trunc(decimals)));
      const options = { minimumFractionDigits: d, maximumFractionDigits: d, useGrouping: !noCommas };
      const text = n.toLocaleString('en-US', options);
      const sep = separators(fixedLocale);
      return text.replace(/[,.]/g, (ch) => (ch === ',' ? sep.group : sep.decimal));
    };
    return this.runFunction(ast.args as never, state as never, this.metadata('FIXED'), format);
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

/**
 * A tab as HyperFormula reads it: formulas as Sheets stores them (TODAY() fixed to `today`, so a test's clock is
 * the spreadsheet's clock) and text behind the apostrophe that keeps it text, as in Sheets.
 */
function grid(sheet: FakeSheet, today: string): RawCellContent[][] {
  const [y, m, d] = today.split('-').map(Number);
  const rows: RawCellContent[][] = [];
  for (const [key, cell] of sheet.cells) {
    const [r, c] = sheet.position(key);
    let content: RawCellContent = null;
    if (cell.formula) content = cell.formula.replace(/\bTODAY\(\)/gi, `DATE(${y},${m},${d})`);
    else if (typeof cell.value === 'string') content = cell.value === '' ? null : `'${cell.value}`;
    else content = cell.value;
    (rows[r - 1] ??= [])[c - 1] = content;
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? null));
}

function build(sheets: FakeSheet[], today: string, locale: string): HyperFormula {
  fixedLocale = locale;
  const grids = Object.fromEntries(sheets.map((s) => [s.name, grid(s, today)]));
  return HyperFormula.buildFromSheets(grids, { licenseKey: 'gpl-v3', useColumnIndex: true, useArrayArithmetic: true });
}

/** A computed value as Apps Script's getValues gives it: '' for empty, errors as their code, e.g. "#REF!". */
function valueAt(hf: HyperFormula, sheet: string, row: number, col: number): Scalar {
  const id = hf.getSheetId(sheet);
  if (id === undefined) throw new Error(`no tab "${sheet}"`);
  const v = hf.getCellValue({ sheet: id, row: row - 1, col: col - 1 });
  if (v instanceof DetailedCellError) return v.value;
  return v === null ? '' : v;
}

/**
 * The spreadsheet's calculation, as Sheets keeps it: formula cells read as their values. Built lazily on the
 * first read of a formula after a change, from the tab read and the tabs its formulas reach (so the cost
 * follows one month's sheets, not every month a spreadsheet holds).
 */
export class Calculation {
  private hf: HyperFormula | null = null;
  private version = -1;
  private tabs = new Set<string>();

  constructor(private ss: FakeSpreadsheet) {}

  value(sheet: FakeSheet, row: number, col: number): Scalar {
    if (this.version !== this.ss.version || !this.tabs.has(sheet.name)) this.rebuild(sheet);
    return valueAt(this.hf!, sheet.name, row, col);
  }

  /** The tab and every tab its formulas reach, plus what is still current of the last build. */
  private rebuild(start: FakeSheet) {
    const byName = new Map(this.ss.sheets.map((s) => [s.name.toLowerCase(), s]));
    const keep = this.version === this.ss.version ? [...this.tabs] : [];
    const reached = new Set<FakeSheet>();
    const visit = (s: FakeSheet | undefined) => {
      if (!s || reached.has(s)) return;
      reached.add(s);
      for (const cell of s.cells.values()) {
        if (cell.formula) for (const name of referencedSheets(cell.formula)) visit(byName.get(name.toLowerCase()));
      }
    };
    visit(start);
    keep.forEach((name) => visit(byName.get(name.toLowerCase())));
    this.hf?.destroy();
    this.hf = build([...reached], this.ss.today(), this.ss.locale);
    this.tabs = new Set([...reached].map((s) => s.name));
    this.version = this.ss.version;
  }
}

export interface Evaluated {
  /** The computed value at (tab name, 1-based row, column); errors come back as their code, e.g. "#REF!". */
  value(sheet: string, row: number, col: number): Scalar;
  /** Every formula cell that evaluates to an error. */
  errors: FormulaError[];
}

/** Every tab calculated at once (the spreadsheet's clock: `today`, `YYYY-MM-DD`), and every formula's error. */
export function evaluate(ss: FakeSpreadsheet, today: string = ss.today()): Evaluated {
  const hf = build(ss.sheets, today, ss.locale);
  const value = (sheet: string, row: number, col: number) => valueAt(hf, sheet, row, col);
  const errors: FormulaError[] = [];
  for (const sheet of ss.sheets) {
    for (const [key, cell] of sheet.cells) {
      if (!cell.formula) continue;
      const [row, col] = sheet.position(key);
      const error = String(value(sheet.name, row, col));
      if (error.startsWith('#')) errors.push({ sheet: sheet.name, row, col, formula: cell.formula, error });
    }
  }
  return { value, errors };
}
