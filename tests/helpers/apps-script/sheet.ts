// Stand-in Sheet and Spreadsheet: size limits, tab names, frozen panes, widths, merges, rules, metadata.
import { zoneOffset, type Cell } from './cells';
import { FakeConditionalRule } from './builders';
import { FakeChart, FakeChartBuilder } from './charts';
import { Calculation } from './evaluate';
import { FakeMetadata, FakeMetadataFinder } from './metadata';
import { FakeProtection } from './protection';
import { FakeRange, FakeRangeList } from './range';
import { renameSheetRefs } from './references';

const KEY_COLS = 20_000;
const letters = (n: number) => { let s = ''; for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s; return s; };
const number = (l: string) => [...l.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

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
  merges: { row: number; col: number; rows: number; cols: number }[] = [];
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
  a1(r: FakeRange) { return `${letters(r.col)}${r.row}${r.rows * r.cols > 1 ? `:${letters(r.col + r.cols - 1)}${r.row + r.rows - 1}` : ''}`; }
  private content(): [number, number] {
    let lr = 0, lc = 0;
    for (const [key, cell] of this.cells) if (cell.value !== '' || cell.formula) { lr = Math.max(lr, Math.floor(key / KEY_COLS)); lc = Math.max(lc, key % KEY_COLS); }
    return [lr, lc];
  }

  getName() { return this.name; }
  getSheetId() { return this.id; }
  getIndex() { return this.spreadsheet.sheets.indexOf(this) + 1; }
  /** Like Sheets, every formula that named the tab names it by its new name. */
  setName(name: string) {
    this.spreadsheet.checkName(name, this);
    for (const sheet of this.spreadsheet.sheets) {
      for (const cell of sheet.cells.values()) if (cell.formula) cell.formula = renameSheetRefs(cell.formula, this.name, name);
    }
    this.name = name;
    this.spreadsheet.changed();
    return this;
  }
  getMaxRows() { return this.maxRows; }
  getMaxColumns() { return this.maxCols; }
  getLastRow() { return this.content()[0]; }
  getLastColumn() { return this.content()[1]; }
  insertRowsAfter(after: number, n: number) { if (after > this.maxRows) throw new Error('Exception: row out of range'); this.maxRows += n; return this; }
  insertColumnsAfter(after: number, n: number) { if (after > this.maxCols) throw new Error('Exception: column out of range'); this.maxCols += n; return this; }
  /** Removes rows (cells below move up), as Sheets does; it refuses to delete every unfrozen row. */
  deleteRows(start: number, n: number) {
    if (start < 1 || n < 1 || start + n - 1 > this.maxRows) throw new Error('Exception: Those rows are out of bounds.');
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
    if (a < 1 || col! < 1 || rows < 1 || cols < 1 || a + rows - 1 > this.maxRows || col! + cols - 1 > this.maxCols)
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    return new FakeRange(this, a, col!, rows, cols);
  }
  getRangeList(a1s: string[]) { return new FakeRangeList(a1s.map((a) => this.getRange(a))); }
  getDataRange() { const [r, c] = this.content(); return this.getRange(1, 1, Math.max(1, r), Math.max(1, c)); }
  setColumnWidths(start: number, n: number, px: number) { for (let i = 0; i < n; i++) this.widths.set(start + i, px); return this; }
  setColumnWidth(col: number, px: number) { return this.setColumnWidths(col, 1, px); }
  getColumnWidth(col: number) { return this.widths.get(col) ?? 100; }
  setRowHeights(start: number, n: number, px: number) { for (let i = 0; i < n; i++) this.heights.set(start + i, px); return this; }
  getRowHeight(row: number) { return this.heights.get(row) ?? 21; }
  hideColumns(col: number, n = 1) { for (let i = 0; i < n; i++) this.hidden.add(col + i); }
  showColumns(col: number, n = 1) { for (let i = 0; i < n; i++) this.hidden.delete(col + i); }
  unhideColumn(r: FakeRange) { this.showColumns(r.col, r.cols); }
  isColumnHiddenByUser(col: number) { return this.hidden.has(col); }
  setFrozenRows(n: number) {
    if (this.merges.some((m) => m.row <= n && m.row + m.rows - 1 > n)) throw new Error('Exception: Sorry, it is not possible to freeze rows that contain only part of a merged cell.');
    this.frozenRows = n;
  }
  setFrozenColumns(n: number) { this.frozenCols = n; }
  getFrozenRows() { return this.frozenRows; }
  getFrozenColumns() { return this.frozenCols; }
  setTabColor(c: string | null) { this.tabColor = c; return this; }
  getTabColor() { return this.tabColor; }
  setConditionalFormatRules(rules: FakeConditionalRule[]) {
    if (!rules.every((r) => r instanceof FakeConditionalRule)) throw new Error('Exception: setConditionalFormatRules takes built rules');
    this.rules = [...rules];
  }
  getConditionalFormatRules() { return [...this.rules]; }
  addMerge(r: FakeRange) {
    const f = this.frozenRows;
    if (f && r.row <= f && r.row + r.rows - 1 > f) throw new Error("Exception: You can't merge frozen and non-frozen rows.");
    if (this.merges.some((m) => overlaps(m, r))) throw new Error('Exception: You must select all cells in a merged range to merge or unmerge them.');
    this.merges.push({ row: r.row, col: r.col, rows: r.rows, cols: r.cols });
  }
  removeMerges(r: FakeRange) {
    if (this.merges.some((m) => overlaps(m, r) && !inside(m, r))) throw new Error('Exception: You must select all cells in a merged range to merge or unmerge them.');
    this.merges = this.merges.filter((m) => !inside(m, r));
  }
  addDeveloperMetadata(key: string, value?: string, visibility = 'DOCUMENT') {
    this.spreadsheet.addMetadata(key, value ?? null, this, visibility);
    return this;
  }
  createDeveloperMetadataFinder() { return new FakeMetadataFinder(() => this.spreadsheet.metadata.filter((m) => m.sheet === this)); }
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

type Area = { row: number; col: number; rows: number; cols: number };
const overlaps = (a: Area, b: Area) => a.row <= b.row + b.rows - 1 && b.row <= a.row + a.rows - 1 && a.col <= b.col + b.cols - 1 && b.col <= a.col + a.cols - 1;
const inside = (a: Area, b: Area) => a.row >= b.row && a.col >= b.col && a.row + a.rows <= b.row + b.rows && a.col + a.cols <= b.col + b.cols;

export class FakeSpreadsheet {
  readonly service = 'SpreadsheetApp';
  readonly type = 'Spreadsheet';
  sheets: FakeSheet[] = [];
  metadata: FakeMetadata[] = [];
  toasts: { message: string; title: string }[] = [];
  /** Counts changes of values, formulas and tabs, so the calculation knows when it is stale. */
  version = 0;
  /** The instant TODAY() reads (ISO); null: the real clock. */
  clock: string | null = null;
  readonly calculation = new Calculation(this);
  private nextId = 1;
  nextChartId = 1;
  constructor(public timeZone: string, public locale: string) {
    this.sheets.push(new FakeSheet(this, 'Sheet1', 0));
  }
  changed() { this.version++; }
  /** TODAY() as Sheets has it: the day of the clock in the spreadsheet's time zone, `YYYY-MM-DD`. */
  today(): string {
    const t = this.clock ? Date.parse(this.clock) : Date.now();
    return new Date(t + zoneOffset(this.timeZone, t) * 60_000).toISOString().slice(0, 10);
  }
  setClock(now: string | null) { this.clock = now; this.changed(); }
  checkName(name: string, self?: FakeSheet) {
    if (!name || name.length > 100) throw new Error(`Exception: invalid sheet name "${name}"`);
    if (this.sheets.some((s) => s !== self && s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
  }
  addMetadata(key: string, value: string | null, sheet: FakeSheet | null, visibility: string) {
    if (value && value.length > 30_000) throw new Error('Exception: developer metadata value too long');
    this.metadata.push(new FakeMetadata(this.nextId++, key, value, sheet, visibility));
  }
  removeMetadata(md: FakeMetadata) { this.metadata = this.metadata.filter((m) => m !== md); }

  getId() { return 'fake-spreadsheet'; }
  getSheets() { return [...this.sheets]; }
  getNumSheets() { return this.sheets.length; }
  getSheetByName(name: string) { return this.sheets.find((s) => s.name === name) ?? null; }
  /** `'Tab name'!A1:B2` or `Tab!A1`, as Spreadsheet.getRange takes it. */
  getRange(a1: string) {
    const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(a1);
    const sheet = m && this.getSheetByName((m[1] ?? m[2]).replace(/''/g, "'"));
    if (!m || !sheet) throw new Error(`Exception: Range not found: ${a1}`);
    return sheet.getRange(m[3]);
  }
  getActiveSheet() { return this.sheets[0]; }
  insertSheet(name?: string, index?: number) {
    const sheetName = name ?? `Sheet${this.nextId + 1}`;
    this.checkName(sheetName);
    const sheet = new FakeSheet(this, sheetName, 1000 + this.nextId++);
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    this.changed();
    return sheet;
  }
  deleteSheet(sheet: FakeSheet) {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.metadata = this.metadata.filter((m) => m.sheet !== sheet);
    this.changed();
  }
  getSpreadsheetTimeZone() { return this.timeZone; }
  getSpreadsheetLocale() { return this.locale; }
  toast(message: string, title = '') { this.toasts.push({ message: String(message), title: String(title) }); }
  addDeveloperMetadata(key: string, value?: string, visibility = 'DOCUMENT') { this.addMetadata(key, value ?? null, null, visibility); return this; }
  createDeveloperMetadataFinder() { return new FakeMetadataFinder(() => [...this.metadata]); }
}
