// Stand-in Range and RangeList: hold values, formulas, formats, fonts and validations like Sheets does.
import { dateToSerial, isDate, isDateFormat, serialToDate, userEntered, type Cell, type Scalar } from './cells';
import { displayText } from './number-format';
import type { FakeSheet } from './sheet';
import { FakeValidation, type FakeTextStyle } from './builders';

type Grid<T> = T[][];

export class FakeRange {
  readonly service = 'SpreadsheetApp';
  readonly type = 'Range';
  constructor(readonly sheet: FakeSheet, readonly row: number, readonly col: number, readonly rows: number, readonly cols: number) {}
  sheetName() { return this.sheet.name; }

  private each<T>(fn: (r: number, c: number) => T): Grid<T> {
    return Array.from({ length: this.rows }, (_, i) => Array.from({ length: this.cols }, (_, j) => fn(this.row + i, this.col + j)));
  }
  private put<T>(method: string, data: Grid<T>, fn: (cell: Cell, v: T) => void): this {
    if (!Array.isArray(data) || data.length !== this.rows)
      throw new Error(`Exception: The number of rows in the data does not match the number of rows in the range. The data has ${data?.length} but the range has ${this.rows}.`);
    data.forEach((row, i) => {
      if (!Array.isArray(row) || row.length !== this.cols)
        throw new Error(`Exception: The number of columns in the data does not match the number of columns in the range. The data has ${row?.length} but the range has ${this.cols}. (${method})`);
      row.forEach((v, j) => fn(this.sheet.cell(this.row + i, this.col + j, true)!, v));
    });
    return this;
  }
  private peek(r: number, c: number): Cell | undefined { return this.sheet.cell(r, c, false); }

  getRow() { return this.row; }
  getColumn() { return this.col; }
  getNumRows() { return this.rows; }
  getNumColumns() { return this.cols; }
  getLastRow() { return this.row + this.rows - 1; }
  getLastColumn() { return this.col + this.cols - 1; }
  getSheet() { return this.sheet; }
  getA1Notation() { return this.sheet.a1(this); }

  /** What the cell holds, a formula's computed value (Sheets keeps every formula calculated). */
  private computed(r: number, c: number, cell: Cell): Scalar {
    return cell.formula ? this.sheet.spreadsheet.calculation.value(this.sheet, r, c) : cell.value;
  }
  /** Numbers in a date format come back as Dates (that day's midnight in the spreadsheet's zone). */
  getValues(): Grid<Scalar | Date> {
    const tz = this.sheet.spreadsheet.timeZone;
    return this.each((r, c) => {
      const cell = this.peek(r, c);
      if (!cell) return '';
      const v = this.computed(r, c, cell);
      return typeof v === 'number' && isDateFormat(cell.numFmt) ? serialToDate(v, tz) : v;
    });
  }
  /** As the sheet shows them: through each cell's number format, with the spreadsheet locale's separators. */
  getDisplayValues(): Grid<string> {
    const locale = this.sheet.spreadsheet.locale;
    return this.each((r, c) => {
      const cell = this.peek(r, c);
      return cell ? displayText(this.computed(r, c, cell), cell.numFmt, locale) : '';
    });
  }
  getFormulas(): Grid<string> { return this.each((r, c) => this.peek(r, c)?.formula ?? ''); }
  getNumberFormats(): Grid<string> { return this.each((r, c) => this.peek(r, c)?.numFmt ?? 'General'); }
  getBackgrounds(): Grid<string> { return this.each((r, c) => this.peek(r, c)?.background ?? '#ffffff'); }
  getFontWeights(): Grid<string> { return this.each((r, c) => (this.peek(r, c)?.text?.bold ? 'bold' : 'normal')); }
  getFontStyles(): Grid<string> { return this.each((r, c) => (this.peek(r, c)?.text?.italic ? 'italic' : 'normal')); }
  getFontColors(): Grid<string> { return this.each((r, c) => this.peek(r, c)?.text?.color ?? '#000000'); }
  getWraps(): Grid<boolean> { return this.each((r, c) => this.peek(r, c)?.wrap ?? false); }
  getHorizontalAlignments(): Grid<string> { return this.each((r, c) => this.peek(r, c)?.hAlign ?? 'general'); }
  getDataValidations(): Grid<FakeValidation | null> {
    return this.each((r, c) => {
      const v = this.peek(r, c)?.validation;
      return v ? new FakeValidation(v) : null;
    });
  }
  getValue() { return this.getValues()[0][0]; }
  getDisplayValue() { return this.getDisplayValues()[0][0]; }
  getFormula() { return this.getFormulas()[0][0]; }
  getNumberFormat() { return this.getNumberFormats()[0][0]; }

  setValues(values: Grid<unknown>) {
    const tz = this.sheet.spreadsheet.timeZone;
    this.sheet.spreadsheet.changed();
    return this.put('setValues', values, (cell, v) => {
      if (v === null || v === '') Object.assign(cell, { value: '', formula: null });
      else if (typeof v === 'string') {
        const e = userEntered(v);
        Object.assign(cell, { value: e.value, formula: e.formula });
        // A typed date or percentage gives an automatic (General) cell its format, as in the Sheets UI.
        if (e.numFmt && (!cell.numFmt || cell.numFmt === 'General')) cell.numFmt = e.numFmt;
      } else if (typeof v === 'number') {
        if (!Number.isFinite(v)) throw new Error(`Exception: setValues got ${v}, which Sheets can't store.`);
        Object.assign(cell, { value: v, formula: null });
      } else if (typeof v === 'boolean') Object.assign(cell, { value: v, formula: null });
      else if (isDate(v)) {
        Object.assign(cell, { value: dateToSerial(v, tz), formula: null });
        if (!isDateFormat(cell.numFmt)) cell.numFmt = 'yyyy-mm-dd';
      } else throw new Error(`Exception: setValues can't store ${Object.prototype.toString.call(v)}.`);
    });
  }
  setValue(v: unknown) { return this.setValues(this.each(() => v)); }
  /** An empty string clears the cell; a string without '=' is entered like a value. */
  setFormulas(formulas: Grid<string>) {
    this.sheet.spreadsheet.changed();
    return this.put('setFormulas', formulas, (cell, f) => {
      if (typeof f !== 'string') throw new Error('Exception: setFormulas takes strings.');
      const e = f === '' ? { value: '', formula: null } : userEntered(f);
      Object.assign(cell, { value: e.value, formula: e.formula });
    });
  }
  setFormula(f: string) { return this.setFormulas(this.each(() => f)); }
  setNumberFormats(f: Grid<string>) {
    return this.put('setNumberFormats', f, (cell, v) => { if (typeof v !== 'string' || v === '') throw new Error('Exception: bad number format'); cell.numFmt = v; });
  }
  setNumberFormat(f: string) { return this.setNumberFormats(this.each(() => f)); }
  setBackgrounds(b: Grid<string | null>) { return this.put('setBackgrounds', b, (cell, v) => { cell.background = v; }); }
  setBackground(b: string | null) { return this.setBackgrounds(this.each(() => b)); }
  setTextStyles(s: Grid<FakeTextStyle>) { return this.put('setTextStyles', s, (cell, v) => { cell.text = { ...cell.text, ...v.data }; }); }
  setFontWeights(w: Grid<string | null>) { return this.put('setFontWeights', w, (cell, v) => { cell.text = { ...cell.text, bold: v === 'bold' }; }); }
  setFontStyles(w: Grid<string | null>) { return this.put('setFontStyles', w, (cell, v) => { cell.text = { ...cell.text, italic: v === 'italic' }; }); }
  setFontColors(w: Grid<string | null>) { return this.put('setFontColors', w, (cell, v) => { cell.text = { ...cell.text, color: v ?? undefined }; }); }
  setFontSizes(w: Grid<number>) { return this.put('setFontSizes', w, (cell, v) => { cell.text = { ...cell.text, size: v }; }); }
  setWraps(w: Grid<boolean>) { return this.put('setWraps', w, (cell, v) => { cell.wrap = v; }); }
  setHorizontalAlignments(a: Grid<string | null>) { return this.put('setHorizontalAlignments', a, (cell, v) => { cell.hAlign = v; }); }
  setVerticalAlignments(a: Grid<string | null>) { return this.put('setVerticalAlignments', a, (cell, v) => { cell.vAlign = v; }); }
  setDataValidations(rules: Grid<FakeValidation | null>) {
    return this.put('setDataValidations', rules, (cell, v) => { cell.validation = v ? v.data : null; });
  }
  setDataValidation(rule: FakeValidation | null) { return this.setDataValidations(this.each(() => rule)); }

  /** Contents and formats; validations stay (clearDataValidations removes those). */
  clear() { this.each((r, c) => this.sheet.dropCell(r, c, (cell) => ({ validation: cell.validation }))); return this; }
  clearContent() { this.each((r, c) => this.sheet.dropCell(r, c, (cell) => ({ ...cell, value: '', formula: null }))); return this; }
  clearFormat() { this.each((r, c) => this.sheet.dropCell(r, c, (cell) => ({ value: cell.value, formula: cell.formula, validation: cell.validation }))); return this; }
  clearDataValidations() { this.each((r, c) => { const cell = this.peek(r, c); if (cell) cell.validation = null; }); return this; }
  merge() { this.sheet.addMerge(this); return this; }
  mergeAcross() { for (let i = 0; i < this.rows; i++) this.sheet.addMerge(new FakeRange(this.sheet, this.row + i, this.col, 1, this.cols)); return this; }
  breakApart() { this.sheet.removeMerges(this); return this; }
}

export class FakeRangeList {
  readonly service = 'SpreadsheetApp';
  readonly type = 'RangeList';
  constructor(private ranges: FakeRange[]) {}
  sheetName() { return this.ranges[0]?.sheet.name; }
  getRanges() { return [...this.ranges]; }
  breakApart() { this.ranges.forEach((r) => r.breakApart()); return this; }
  clear() { this.ranges.forEach((r) => r.clear()); return this; }
}
