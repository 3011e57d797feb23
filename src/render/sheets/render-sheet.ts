// Writes one SheetSpec into a Google Sheet in whole-range batches: the service calls don't grow with the rows.
import type { ConditionalRuleSpec, SheetSpec } from '../../core/model/workbook';
import { areaA1, areaEnd, parseArea, type Area } from '../../core/sheets/a1';
import { sheetsFormula } from './formula-text';
import { formulaBlocks, type FormulaBlock } from './formulas';
import { ownChartRanges, renderCharts } from './charts';
import { buildGrid, padGrid, type Grid } from './grid';
import { applyLayout, layoutOf, type Layout } from './layout';
import type { DataValidation, Range, Sheet, SheetsBuilders } from './types';

/** More formula blocks than this means scattered formulas: they then go in with the values (see writeGrid). */
const MAX_FORMULA_BLOCKS = 4;

export interface RenderOptions {
  /** A sheet just inserted: nothing to clear, and defaults need not be written. */
  fresh: boolean;
  /** The layout the previous generation left (from its tag), so unchanged widths etc. aren't rewritten. */
  previous?: Layout | null;
}

export interface RenderResult {
  /** Rows of the description written. */
  rows: number;
  cols: number;
  /** To keep in the tag for the next regeneration. */
  layout: Layout;
}

/** Ranges for several A1 strings in at most two calls, whatever their number. */
function rangesOf(sheet: Sheet, a1s: string[]): Map<string, Range> {
  const distinct = [...new Set(a1s)];
  if (distinct.length === 0) return new Map();
  const ranges = distinct.length === 1 ? [sheet.getRange(distinct[0])] : sheet.getRangeList(distinct).getRanges();
  return new Map(distinct.map((a1, i) => [a1, ranges[i]]));
}

/** One rule object per validation, spread over a table-sized grid: one setDataValidations for all of them. */
function validationGrid(spec: SheetSpec, app: SheetsBuilders, rows: number, cols: number) {
  const grid: (DataValidation | null)[][] = Array.from({ length: rows }, () => new Array(cols).fill(null));
  for (const v of spec.validations ?? []) {
    const rule = app.newDataValidation().requireValueInList(v.list, true).setAllowInvalid(!v.strict).build();
    const a = parseArea(v.range);
    for (let r = a.row - 1; r < a.row - 1 + a.rows; r++) for (let c = a.col - 1; c < a.col - 1 + a.cols; c++) grid[r][c] = rule;
  }
  return grid;
}

function conditionalRules(rules: ConditionalRuleSpec[], ranges: Map<string, Range>, app: SheetsBuilders) {
  return rules.map((r) => {
    let b = app.newConditionalFormatRule().whenFormulaSatisfied(`=${sheetsFormula(r.formula.replace(/^=/, ''))}`);
    if (r.style.fill) b = b.setBackground(r.style.fill);
    if (r.style.color) b = b.setFontColor(r.style.color);
    if (r.style.bold) b = b.setBold(true);
    return b.setRanges([ranges.get(r.range)!]).build();
  });
}

/** Clears the values, formats and validations an earlier generation left; returns the area they covered. */
function reset(sheet: Sheet): Range {
  const old = sheet.getDataRange();
  old.clear();
  old.clearDataValidations();
  return old;
}

/** A sheet from insertSheet() is 1000 rows × 26 columns, so a fresh one needs no size query. */
const FRESH_SIZE = { rows: 1000, cols: 26 };
/** Empty rows kept under a table the manager types into, for the rows they add (the add-on reads them back). */
export const SPARE_ROWS = 20;

interface Size { rows: number; cols: number }

/** The sheet's grid now: known for a fresh sheet; a reused one may have been resized by hand. */
function sizeOf(sheet: Sheet, fresh: boolean): Size {
  return fresh ? { ...FRESH_SIZE } : { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() };
}

/** Grows the grid to hold the table (before writing). */
function grow(sheet: Sheet, have: Size, want: Size): void {
  if (want.rows > have.rows) sheet.insertRowsAfter(have.rows, want.rows - have.rows);
  if (want.cols > have.cols) sheet.insertColumnsAfter(have.cols, want.cols - have.cols);
}

/**
 * Trims the grid to the table, after the layout (whose old merges may reach below it): a spreadsheet holds
 * 10 million cells, and a fresh tab alone takes 26,000.
 */
function trim(sheet: Sheet, have: Size, want: Size): void {
  if (want.rows < have.rows) sheet.deleteRows(want.rows + 1, have.rows - want.rows);
  if (want.cols < have.cols) sheet.deleteColumns(want.cols + 1, have.cols - want.cols);
}

const blockA1 = (b: FormulaBlock) => areaA1({ row: b.row + 1, col: b.col + 1, rows: b.formulas.length, cols: b.formulas[0].length });

function writeGrid(range: Range, grid: Grid, blocks: FormulaBlock[], ranges: Map<string, Range>): void {
  range.setValues(grid.values);
  for (const b of blocks) ranges.get(blockA1(b))!.setFormulas(b.formulas);
  // A reused sheet was cleared first, so on either kind of sheet an all-default property needs no call.
  const u = grid.used;
  if (u.numFmts) range.setNumberFormats(grid.numFmts);
  if (u.backgrounds) range.setBackgrounds(grid.backgrounds);
  if (u.textStyles) range.setTextStyles(grid.textStyles);
  if (u.wraps) range.setWraps(grid.wraps);
  if (u.hAligns) range.setHorizontalAlignments(grid.hAligns);
  if (u.vAligns) range.setVerticalAlignments(grid.vAligns);
}

/**
 * Writes `spec` into `sheet` (naming and tagging are the caller's job). The calls don't depend on the rows:
 * every per-cell property goes in as one 2-D array over the whole table; widths cost one call per run.
 */
export function renderSheet(sheet: Sheet, spec: SheetSpec, app: SheetsBuilders, opts: RenderOptions): RenderResult {
  const grid = buildGrid(spec.rows, spec.columns, app);
  const areas: Area[] = [...(spec.validations ?? []), ...(spec.conditionalRules ?? []), ...(spec.merges ?? [])].map((x) => parseArea(x.range));
  const tableRows = Math.max(1, grid.rows, ...areas.map((a) => areaEnd(a).row));
  // The rows under a chart exist and get their heights, as in Excel; a chart may sit over the spare rows.
  for (const c of spec.charts ?? []) areas.push(parseArea(c.anchor));
  const rows = Math.max(1, grid.rows, ...areas.map((a) => areaEnd(a).row));
  const cols = Math.max(1, grid.cols, ...areas.map((a) => areaEnd(a).col));
  const dataRows = grid.rows;
  padGrid(grid, rows, cols);

  const past = opts.fresh ? null : reset(sheet);
  const have = sizeOf(sheet, opts.fresh);
  // Frozen rows stay below the grid's end: Sheets refuses to delete every unfrozen row.
  const spare = spec.entries && spec.headerRow ? SPARE_ROWS : 0;
  const want = {
    rows: Math.max(tableRows + spare, rows, (spec.frozen?.rows ?? 0) + 1),
    cols: Math.max(cols, (spec.frozen?.columns ?? 0) + 1),
  };
  grow(sheet, have, want);
  const range = sheet.getRange(1, 1, rows, cols);
  // setFormulas needs solid blocks; scattered formulas ride along in setValues, which Sheets also reads as
  // formulas when they start with '=' (text never does: it carries the apostrophe).
  let blocks = formulaBlocks(grid.formulas);
  if (blocks.length > MAX_FORMULA_BLOCKS) {
    for (const f of grid.formulas) grid.values[f.row][f.col] = f.formula;
    blocks = [];
  }
  // Formula blocks, rule ranges and the charts' ranges on this sheet are fetched together: two calls for all.
  const cf = spec.conditionalRules ?? [];
  const chartRefs = ownChartRanges(spec.charts ?? [], spec.name);
  const ranges = rangesOf(sheet, [...blocks.map(blockA1), ...cf.map((r) => r.range), ...chartRefs]);
  writeGrid(range, grid, blocks, ranges);
  if (spec.validations?.length) range.setDataValidations(validationGrid(spec, app, rows, cols));
  const rules = conditionalRules(cf, ranges, app);
  // One call replaces every rule on the sheet, so a regenerated sheet keeps no stale ones.
  if (!opts.fresh || rules.length) sheet.setConditionalFormatRules(rules);
  const layout = layoutOf(spec, cols);
  const previous = opts.fresh ? null : (opts.previous ?? null);
  // Without the previous layout, merges and hidden columns of the cleared area are undone blindly.
  applyLayout(sheet, layout, previous, opts.fresh || previous ? null : past);
  trim(sheet, { rows: Math.max(have.rows, want.rows), cols: Math.max(have.cols, want.cols) }, want);
  const charts = renderCharts(sheet, spec, ranges, layout, previous ? (previous.charts ?? []) : null, opts.fresh);
  return { rows: dataRows, cols, layout: charts.length ? { ...layout, charts } : layout };
}
