// Translates one SheetSpec onto an exceljs worksheet: in-memory Worksheet and streaming WorksheetWriter alike.
import type { Worksheet, AddWorksheetOptions, WorksheetView, DataValidation } from 'exceljs';
import { fittedHeight } from './row-fit';
import type { SheetSpec, CellStyle, ConditionalRuleSpec } from '../../core/model/workbook';
import { decodeArea } from '../../core/sheets/a1';
import { toArgb, safeText } from './sanitize';
import { StyleBook, toRuleStyle } from './styles';
import { writeCell, formulaValue } from './cells';
import type { ListPlan, ListSheetSpec } from './lists';
import { printOptions, streamGridlines } from './print-setup';

export interface WriteSheetOptions {
  /** Streaming writer: commit each row as soon as it is written, so it leaves memory. */
  streaming: boolean;
  /** Called every `every` rows; the file renderer waits here for the output to drain. */
  onRows?: (rowsWritten: number) => void | Promise<void>;
  every?: number;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/**
 * Options that must be given when the sheet is created: the streaming writer writes sheet
 * properties (tab colour, fit-to-page flag) and views before the first row.
 */
export function sheetOptions(spec: SheetSpec | ListSheetSpec, hidden = false): Partial<AddWorksheetOptions> {
  const where = `Sheet "${spec.name}"`;
  const opts: Partial<AddWorksheetOptions> = {};
  if (spec.tabColor) opts.properties = { tabColor: { argb: toArgb(spec.tabColor, `${where} tab colour`) } };
  const ySplit = Math.max(0, Math.floor(spec.frozen?.rows ?? 0));
  const xSplit = Math.max(0, Math.floor(spec.frozen?.columns ?? 0));
  if (ySplit > 0 || xSplit > 0) opts.views = [{ state: 'frozen', xSplit, ySplit } as Partial<WorksheetView>];
  if (spec.print) Object.assign(opts, printOptions(spec.print));
  if (hidden) opts.state = 'hidden';
  return opts;
}

/** Writes columns, rows and sheet-level rules; returns the number of rows read from the spec. */
export async function writeSheet(ws: Worksheet, spec: SheetSpec | ListSheetSpec, lists: ListPlan, opts: WriteSheetOptions): Promise<number> {
  const where = `Sheet "${spec.name}"`;
  const book = new StyleBook(where);
  if (opts.streaming && spec.print?.gridlines) streamGridlines(ws);
  ws.columns = spec.columns.map((c) => ({
    key: c.key,
    ...(Number.isFinite(c.width) && c.width > 0 ? { width: c.width } : {}),
    ...(c.hidden ? { hidden: true } : {}),
  }));
  const slaves = applyMerges(ws, spec, where);
  const heights = spec.rowHeights ?? {};
  const headerRow = spec.headerRow ?? 0;
  const colStyles: (CellStyle | undefined)[] = spec.columns.map((c) => c.style);
  // Rows without a height fit their wrapped text (see row-fit.ts); big unwrapped sheets skip the estimate.
  const anyWrap = colStyles.some((st) => st?.wrap);
  const every = opts.every ?? 1000;

  let n = 0;
  for (const cells of spec.rows) {
    n++;
    if (!Array.isArray(cells)) throw new Error(`${where}, row ${n}: a row must be an array of cells`);
    // Past these limits Excel refuses the whole file, so stop with a reason instead.
    if (n > MAX_ROWS) throw new Error(`${where}: more than ${MAX_ROWS.toLocaleString('en')} rows, Excel's limit per `
      + `sheet`);
    if (cells.length > MAX_COLUMNS) throw new Error(`${where}, row ${n}: ${cells.length} cells, Excel allows `
      + `${MAX_COLUMNS}`);
    const row = ws.getRow(n);
    const data = n > headerRow;
    const skip = slaves.get(n);
    for (let i = 0; i < cells.length; i++) {
      // Merged-over cells hold nothing; exceljs would pass their value on to the master cell.
      if (skip && skip.has(i + 1)) continue;
      writeCell(row, i + 1, cells[i], data ? colStyles[i] : undefined, book, opts.streaming);
    }
    const h = heights[n] ?? (data && anyWrap ? fittedHeight(cells, spec.columns, colStyles, skip) : undefined);
    if (h !== undefined && Number.isFinite(h) && h > 0) row.height = h;
    if (opts.streaming) row.commit();
    if (opts.onRows && n % every === 0) await opts.onRows(n);
  }
  // Heights asked for rows past the end (spacers under a short table).
  for (const key of Object.keys(heights).map(Number).filter((r) => r > n).sort((a, b) => a - b)) {
    const h = heights[key];
    if (!Number.isInteger(key) || !Number.isFinite(h) || h <= 0) continue;
    const row = ws.getRow(key);
    row.height = h;
    if (opts.streaming) row.commit();
  }

  // Both worksheet kinds keep range validations here; exceljs's type definitions omit it.
  const validations = (ws as Worksheet & { dataValidations: { add(range: string, v: DataValidation): void } }).dataValidations;
  for (const v of spec.validations ?? []) {
    const validation = lists.validation(v);
    if (validation) validations.add(normalizeRange(v.range), validation);
  }
  addConditionalRules(ws, spec.conditionalRules ?? [], where);
  if (spec.autoFilter) ws.autoFilter = normalizeRange(spec.autoFilter);
  return n;
}

/**
 * Merges go first: the streaming writer can only merge rows it has not committed yet.
 * Returns the merged-over cells by row so the row loop leaves them empty.
 */
function applyMerges(ws: Worksheet, spec: SheetSpec | ListSheetSpec, where: string): Map<number, Set<number>> {
  const slaves = new Map<number, Set<number>>();
  for (const m of spec.merges ?? []) {
    const range = normalizeRange(m.range);
    const box = decodeRange(range);
    if (!box) throw new Error(`${where}: merge range "${m.range}" is not an A1 range like A1:F1`);
    if (box.top === box.bottom && box.left === box.right) continue;
    try {
      ws.mergeCells(range);
    } catch (e) {
      throw new Error(`${where}: cannot merge ${range}: ${(e as Error).message}`);
    }
    for (let r = box.top; r <= box.bottom; r++) {
      let set = slaves.get(r);
      if (!set) slaves.set(r, (set = new Set()));
      for (let c = box.left; c <= box.right; c++) if (r !== box.top || c !== box.left) set.add(c);
    }
  }
  return slaves;
}

/**
 * One <conditionalFormatting> per distinct range holding all its rules in order: LibreOffice shows
 * only one format where separate blocks overlap, so rules for the same range must share a block.
 */
function addConditionalRules(ws: Worksheet, rules: readonly ConditionalRuleSpec[], where: string): void {
  const byRange = new Map<string, ConditionalRuleSpec[]>();
  for (const r of rules) {
    const range = normalizeRange(r.range);
    const list = byRange.get(range);
    if (list) list.push(r);
    else byRange.set(range, [r]);
  }
  let priority = 1;
  for (const [ref, list] of byRange) {
    const xRules = [];
    const at = `${where}: conditional rule on ${ref}`;
    for (const r of list) {
      const f = formulaValue(r.formula, () => at) as { formula: string } | null;
      if (!f) continue;
      xRules.push({ type: 'expression' as const, priority: priority++, formulae: [f.formula], style: toRuleStyle(r.style, at) });
    }
    if (xRules.length) ws.addConditionalFormatting({ ref, rules: xRules });
  }
}

/** `$a$1:$b$2` → `A1:B2`; exceljs and the sqref attribute want plain upper-case references. */
export function normalizeRange(range: string): string {
  return safeText(String(range)).replace(/\$/g, '').trim().toUpperCase();
}

/** A merge range's corners through the core's A1 codec, or null when it is not one area. */
function decodeRange(range: string): { top: number; left: number; bottom: number; right: number } | null {
  const a = decodeArea(range);
  return a ? { top: a.row, left: a.col, bottom: a.row + a.rows - 1, right: a.col + a.cols - 1 } : null;
}
