// Layout by name: a sheet's rows and columns are addressed by key, so no builder writes a literal letter or row number.
import type { Cell, Row } from '../model/workbook';
import { columnLetter } from './a1';

type RowRef = string | number;

/**
 * Rows are appended in order; a row may be given a key (a KPI id, "asOf", "header"…) and found again by it.
 * Columns are the sheet's column keys, in order. Every A1 reference a builder writes comes from here.
 */
export class SheetLayout<C extends string = string> {
  readonly rows: Row[] = [];
  private readonly colAt = new Map<string, number>();
  private readonly rowAt = new Map<string, number>();

  constructor(readonly columns: readonly C[]) {
    columns.forEach((c, i) => {
      if (this.colAt.has(c)) throw new Error(`column key "${c}" is used twice`);
      this.colAt.set(c, i + 1);
    });
  }

  /** 1-based column number of a key. */
  col(key: C): number {
    const n = this.colAt.get(key);
    if (n === undefined) throw new Error(`no column "${key}" (columns: ${this.columns.join(', ')})`);
    return n;
  }

  letter(key: C): string {
    return columnLetter(this.col(key));
  }

  /**
   * Appends a row and returns its 1-based number. Cells come by column key (missing ones are empty) or in column
   * order; `key` names the row for `row()`. A key may be given only once.
   */
  add(cells: Partial<Record<C, Cell>> | readonly Cell[] = [], key?: string): number {
    const n = this.rows.length + 1;
    if (key !== undefined) {
      if (this.rowAt.has(key)) throw new Error(`row key "${key}" is used twice`);
      this.rowAt.set(key, n);
    }
    if (Array.isArray(cells)) this.rows.push(cells as Row);
    else {
      const row: Cell[] = [];
      for (const [k, v] of Object.entries(cells) as [C, Cell][]) row[this.col(k) - 1] = v;
      for (let i = 0; i < row.length; i++) if (row[i] === undefined) row[i] = null;
      this.rows.push(row);
    }
    return n;
  }

  /** The row added under `key`. */
  row(key: RowRef): number {
    if (typeof key === 'number') return key;
    const n = this.rowAt.get(key);
    if (n === undefined) throw new Error(`no row "${key}"`);
    return n;
  }

  has(key: string): boolean {
    return this.rowAt.has(key);
  }

  /** The number the next added row gets. */
  get next(): number {
    return this.rows.length + 1;
  }

  /** The last row so far (0 when empty). */
  get last(): number {
    return this.rows.length;
  }

  /** `G7`, or `$G$7` with `abs`. */
  cell(col: C, row: RowRef, abs = false): string {
    const r = this.row(row);
    return abs ? `$${this.letter(col)}$${r}` : `${this.letter(col)}${r}`;
  }

  /** `$G$7` — the column absolute, the row relative or not: `$G7` for rules applied down a range. */
  cellMixed(col: C, row: RowRef): string {
    return `$${this.letter(col)}${this.row(row)}`;
  }

  /** One column from row to row: `$J$7:$J$20` (absolute by default). */
  span(col: C, from: RowRef, to: RowRef, abs = true): string {
    return this.area(col, from, col, to, abs);
  }

  /** A rectangle: `A7:K20`. */
  area(c1: C, r1: RowRef, c2: C, r2: RowRef, abs = false): string {
    return `${this.cell(c1, r1, abs)}:${this.cell(c2, r2, abs)}`;
  }

  /** Row keys → row numbers, for SheetSpec.rowKeys (tests and the add-on find rows by key through it). */
  rowKeys(): Record<string, number> {
    return Object.fromEntries(this.rowAt);
  }
}
