// Stand-in Sheet: size limits, tab names, frozen panes, widths, merges, rules, charts, protections, metadata.
import { columnLetter as letters, columnNumber as number } from '../../../src/core/sheets/a1';
import type { Cell } from './cells';
import { FakeConditionalRule } from './builders';
import { FakeChart, FakeChartBuilder } from './charts';
import { withMerge, withoutMerges, type Area } from './merges';
import { FakeMetadataFinder } from './metadata';
import { FakeProtection } from './protection';
import { FakeRange, FakeRangeList } from './range';
import { renameSheetRefs } from './references';
import type { FakeSpreadsheet } from './spreadsheet';

export { FakeSpreadsheet } from './spreadsheet';

const KEY_COLS = 20_000;

export class FakeSheet {
  readonly service = 'SpreadsheetApp';
  readonly type = 'Sheet';
  readonly cells = new Map<number, Cell>();
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  frozenCols = 0;
  tabColor: string | null = null;
  readonly widths = new Map<number, number>();
  readonly heights = new Map<number, number>();
  readonly hidden = new Set<number>();
  merges: Area[] = [];
  rules: FakeConditionalRule[] = [];
  charts: FakeChart[] = [];
  protections: FakeProtection[] = [];
  constructor(readonly spreadsheet: FakeSpreadsheet, public name: string, readonly id: number) {}
  sheetName() { return this.name; }

  cell(r: number, c: number, create: boolean): Cell | undefined {
    const key = r * KEY_COLS + c;
    let cell = this.cells.get(key);
    if (!cell && create) this.cells.set(key, (cell = { value: '', formula: null }));
    return cell;
  }
  /** [row, column] of a key of `cells`. */
  position(key: number): [number, number] { return [Math.floor(key / KEY_COLS), key % KEY_COLS]; }
  dropCell(r: number, c: number, keep: (cell: Cell) => Partial<Cell>) {
    const key = r * KEY_COLS + c;
    const cell = this.cells.get(key);
    if (cell) this.cells.set(key, { value: '', formula: null, ...keep(cell) });
    this.spreadsheet.changed();
  }
  a1(r: FakeRange) {
    const end = r.rows * r.cols > 1 ? `:${letters(r.col + r.cols - 1)}${r.row + r.rows - 1}` : '';
    return `${letters(r.col)}${r.row}${end}`;
  }
  private content(): [number, number] {
    let lr = 0, lc = 0;
    for (const [key, cell] of this.cells) {
      if (cell.value === '' && !cell.formula) continue;
      lr = Math.max(lr, Math.floor(key / KEY_COLS));
      lc = Math.max(lc, key % KEY_COLS);
    }
    return [lr, lc];
  }

  getName() { return this.name; }
  getSheetId() { return this.id; }
  getIndex() { return this.spreadsheet.sheets.indexOf(this) + 1; }
  /** Like Sheets, every formula that named the tab names it by its new name. */
  setName(name: string) {
    this.spreadsheet.checkName(name, this);
    for (const sheet of this.spreadsheet.sheets) {
      for (const cell of sheet.cells.values()) {
        if (cell.formula) cell.formula = renameSheetRefs(cell.formula, this.name, name);
      }
    }
    this.name = name;
    this.spreadsheet.changed();
    return this;
  }
  getMaxRows() { return this.maxRows; }
  getMaxColumns() { return this.maxCols; }
  getLastRow() { return this.content()[0]; }
  getLastColumn() { return this.content()[1]; }
  insertRowsAfter(after: number, n: number) {
    if (after > this.maxRows) throw new Error('Exception: row out of range');
    this.maxRows += n;
    return this;
  }
  insertColumnsAfter(after: number, n: number) {
    if (after > this.maxCols) throw new Error('Exception: column out of range');
    this.maxCols += n;
    return this;
  }
  /** Removes rows (cells below move up), as Sheets does; it refuses to delete every unfrozen row. */
  deleteRows(start: number, n: number) {
    if (start < 1 || n < 1 || start + n - 1 > this.maxRows) {
      throw new Error('Exception: Those rows are out of bounds.');
    }
    if (this.maxRows - n <= this.frozenRows) {
      throw new Error('Exception: Sorry, it is not possible to delete all non-frozen rows.');
    }
    this.shiftCells((r, c) => (r < start ? [r, c] : r < start + n ? null : [r - n, c]));
    this.maxRows -= n;
    return this;
  }
  deleteColumns(start: number, n: number) {
    if (start < 1 || n < 1 || start + n - 1 > this.maxCols) {
      throw new Error('Exception: Those columns are out of bounds.');
    }
    if (this.maxCols - n <= this.frozenCols) {
      throw new Error('Exception: Sorry, it is not possible to delete all non-frozen columns.');
    }
    this.shiftCells((r, c) => (c < start ? [r, c] : c < start + n ? null : [r, c - n]));
    this.maxCols -= n;
    return this;
  }
  private shiftCells(to: (r: number, c: number) => [number, number] | null) {
    const moved = [...this.cells].flatMap(([key, cell]) => {
      const where = to(...this.position(key));
      return where ? [[where[0] * KEY_COLS + where[1], cell] as const] : [];
    });
    this.cells.clear();
    for (const [key, cell] of moved) this.cells.set(key, cell);
  }
  getRange(a: number | string, col?: number, rows = 1, cols = 1): FakeRange {
    if (typeof a === 'string') {
      const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a.replace(/\$/g, ''));
      if (!m) throw new Error(`Exception: Range not found: ${a}`);
      const c1 = number(m[1]), r1 = Number(m[2]), c2 = m[3] ? number(m[3]) : c1, r2 = m[4] ? Number(m[4]) : r1;
      return this.getRange(Math.min(r1, r2), Math.min(c1, c2), Math.abs(r2 - r1) + 1, Math.abs(c2 - c1) + 1);
    }
    if (a < 1 || col! < 1 || rows < 1 || cols < 1 || a + rows - 1 > this.maxRows || col! + cols - 1 > this.maxCols) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, a, col!, rows, cols);
  }
  getRangeList(a1s: string[]) { return new FakeRangeList(a1s.map((a) => this.getRange(a))); }
  getDataRange() { const [r, c] = this.content(); return this.getRange(1, 1, Math.max(1, r), Math.max(1, c)); }
  setColumnWidths(start: number, n: number, px: number) {
    for (let i = 0; i < n; i++) this.widths.set(start + i, px);
    return this;
  }
  setColumnWidth(col: number, px: number) { return this.setColumnWidths(col, 1, px); }
  getColumnWidth(col: number) { return this.widths.get(col) ?? 100; }
  setRowHeights(start: number, n: number, px: number) {
    for (let i = 0; i < n; i++) this.heights.set(start + i, px);
    return this;
  }
  getRowHeight(row: number) { return this.heights.get(row) ?? 21; }
  hideColumns(col: number, n = 1) { for (let i = 0; i < n; i++) this.hidden.add(col + i); }
  showColumns(col: number, n = 1) { for (let i = 0; i < n; i++) this.hidden.delete(col + i); }
  unhideColumn(r: FakeRange) { this.showColumns(r.col, r.cols); }
  isColumnHiddenByUser(col: number) { return this.hidden.has(col); }
  setFrozenRows(n: number) {
    if (this.merges.some((m) => m.row <= n && m.row + m.rows - 1 > n)) {
      throw new Error('Exception: Sorry, it is not possible to freeze rows that contain only part of a merged cell.');
    }
    this.frozenRows = n;
  }
  setFrozenColumns(n: number) { this.frozenCols = n; }
  getFrozenRows() { return this.frozenRows; }
  getFrozenColumns() { return this.frozenCols; }
  setTabColor(c: string | null) { this.tabColor = c; return this; }
  getTabColor() { return this.tabColor; }
  setConditionalFormatRules(rules: FakeConditionalRule[]) {
    if (!rules.every((r) => r instanceof FakeConditionalRule)) {
      throw new Error('Exception: setConditionalFormatRules takes built rules');
    }
    this.rules = [...rules];
  }
  getConditionalFormatRules() { return [...this.rules]; }
  addMerge(r: FakeRange) { this.merges = withMerge(this.merges, this.frozenRows, r); }
  removeMerges(r: FakeRange) { this.merges = withoutMerges(this.merges, r); }
  addDeveloperMetadata(key: string, value?: string, visibility = 'DOCUMENT') {
    this.spreadsheet.addMetadata(key, value ?? null, this, visibility);
    return this;
  }
  createDeveloperMetadataFinder() {
    return new FakeMetadataFinder(() => this.spreadsheet.metadata.filter((m) => m.sheet === this));
  }
  getDeveloperMetadata() { return this.spreadsheet.metadata.filter((m) => m.sheet === this); }
  activate() { return this; }
  getParent() { return this.spreadsheet; }
  newChart() { return new FakeChartBuilder(); }
  insertChart(c: FakeChart) { this.charts.push(new FakeChart({ ...c.state, id: this.spreadsheet.nextChartId++ })); }
  getCharts() { return [...this.charts]; }
  updateChart(c: FakeChart) {
    const at = this.charts.findIndex((x) => x.state.id !== null && x.state.id === c.state.id);
    if (at < 0) throw new Error('Exception: The chart is not on this sheet.');
    this.charts[at] = new FakeChart({ ...c.state });
  }
  removeChart(c: FakeChart) { this.charts = this.charts.filter((x) => x.state.id !== c.state.id); }
  /** A sheet protection (what Sheet.protect() gives), warning-only once the script says so. */
  protect() { const p = new FakeProtection(this); this.protections.push(p); return p; }
  getProtections() { return [...this.protections]; }
  clear() { this.cells.clear(); this.spreadsheet.changed(); return this; }
}
