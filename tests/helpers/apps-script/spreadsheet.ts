// Stand-in Spreadsheet: its tabs (unique names), document metadata, toasts, locale, time zone and TODAY()'s clock.
import { zoneOffset } from './cells';
import { Calculation } from './evaluate';
import { FakeMetadata, FakeMetadataFinder } from './metadata';
import { FakeSheet } from './sheet';

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
    if (this.sheets.some((s) => s !== self && s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    }
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
  addDeveloperMetadata(key: string, value?: string, visibility = 'DOCUMENT') {
    this.addMetadata(key, value ?? null, null, visibility);
    return this;
  }
  createDeveloperMetadataFinder() { return new FakeMetadataFinder(() => [...this.metadata]); }
}
