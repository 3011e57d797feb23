// Turns a sheet's rows into the 2-D arrays SpreadsheetApp writes in one call each (values, formats, fonts…).
import { dateSerial } from '../../core/dates';
import type { Cell, CellStyle, ColumnSpec, Row } from '../../core/model/workbook';
import { sheetsFormula } from './formula-text';
import type { SheetsBuilders, TextStyle } from './types';

/** Sheets refuses cells longer than this. */
const MAX_CELL_CHARS = 50_000;
const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';
/** Sheets' own name for "no particular format" (the same code as Excel's). */
export const GENERAL = 'General';

export type HAlign = 'left' | 'center' | 'right' | null;
export type VAlign = 'top' | 'middle' | 'bottom' | null;
export type Value = string | number | boolean;

export interface Grid {
  rows: number;
  cols: number;
  values: Value[][];
  /** 0-based cells holding a formula, with the leading '='. */
  formulas: { row: number; col: number; formula: string }[];
  numFmts: string[][];
  backgrounds: (string | null)[][];
  textStyles: TextStyle[][];
  wraps: boolean[][];
  hAligns: HAlign[][];
  vAligns: VAlign[][];
  /** The default text style, for padding. */
  plainText: TextStyle;
  /** Which of the arrays hold anything but defaults: the others are not written at all. */
  used: { numFmts: boolean; backgrounds: boolean; textStyles: boolean; wraps: boolean; hAligns: boolean; vAligns: boolean };
}

/**
 * Text goes in with a leading apostrophe: Sheets then stores it as text whatever it looks like
 * ('=…', '+1', '-1', '2026-01-01', '1,5'), and the apostrophe itself is not part of the value.
 */
export function textValue(s: string): string {
  const cut = s.length > MAX_CELL_CHARS ? s.slice(0, MAX_CELL_CHARS) : s;
  return cut === '' ? '' : `'${cut}`;
}

interface Converted {
  value: Value;
  formula?: string;
  style?: CellStyle;
  /** Format a value type needs when neither cell nor column gives one (dates). */
  defaultFmt?: string;
}

const finite = (n: number): Value => (Number.isFinite(n) ? n : '');

function convert(cell: Cell): Converted {
  if (cell === null || cell === undefined) return { value: '' };
  if (typeof cell === 'string') return { value: textValue(cell) };
  if (typeof cell === 'number') return { value: finite(cell) };
  if (typeof cell === 'boolean') return { value: cell };
  if ('text' in cell) return { value: textValue(cell.text), style: cell.style };
  if ('number' in cell) return { value: finite(cell.number), style: cell.style };
  if ('bool' in cell) return { value: cell.bool, style: cell.style };
  if ('formula' in cell) return { value: '', formula: `=${sheetsFormula(cell.formula.replace(/^=/, ''))}`, style: cell.style };
  if ('date' in cell) {
    const serial = dateSerial(cell.date);
    return serial === null ? { value: textValue(cell.date), style: cell.style } : { value: serial, style: cell.style, defaultFmt: DEFAULT_DATE_FORMAT };
  }
  return { value: '', style: cell.style };
}

/** A TextStyle per distinct bold/italic/colour/size, built once: a sheet has only a handful. */
function textStyleCache(app: SheetsBuilders) {
  const cache = new Map<string, TextStyle>();
  return (s: CellStyle): TextStyle => {
    const key = `${s.bold ? 1 : 0}${s.italic ? 1 : 0}|${s.color ?? ''}|${s.size ?? ''}`;
    let style = cache.get(key);
    if (!style) {
      let b = app.newTextStyle();
      if (s.bold) b = b.setBold(true);
      if (s.italic) b = b.setItalic(true);
      if (s.color) b = b.setForegroundColor(s.color);
      if (s.size) b = b.setFontSize(s.size);
      style = b.build();
      cache.set(key, style);
    }
    return style;
  };
}

/** Reads `rows` once, in order (they may be lazy), and pads every array to the widest row. */
export function buildGrid(rows: Iterable<Row>, columns: ColumnSpec[], app: SheetsBuilders): Grid {
  const textStyle = textStyleCache(app);
  const plain = textStyle({});
  const g: Grid = {
    rows: 0, cols: columns.length, values: [], formulas: [], numFmts: [], backgrounds: [], textStyles: [],
    wraps: [], hAligns: [], vAligns: [], plainText: plain,
    used: { numFmts: false, backgrounds: false, textStyles: false, wraps: false, hAligns: false, vAligns: false },
  };
  for (const row of rows) {
    const r = g.rows++;
    const width = Math.max(row.length, columns.length);
    g.cols = Math.max(g.cols, width);
    const v: Value[] = [], nf: string[] = [], bg: (string | null)[] = [], ts: TextStyle[] = [];
    const wr: boolean[] = [], ha: HAlign[] = [], va: VAlign[] = [];
    for (let c = 0; c < width; c++) {
      const conv = convert(row[c] ?? null);
      const s: CellStyle = { ...columns[c]?.style, ...conv.style };
      v.push(conv.value);
      if (conv.formula) g.formulas.push({ row: r, col: c, formula: conv.formula });
      const fmt = s.numFmt ?? conv.defaultFmt;
      nf.push(fmt ?? GENERAL);
      bg.push(s.fill ?? null);
      const styled = s.bold || s.italic || s.color || s.size;
      ts.push(styled ? textStyle(s) : plain);
      wr.push(s.wrap === true);
      ha.push(s.align ?? null);
      va.push(s.valign ?? null);
      if (fmt) g.used.numFmts = true;
      if (s.fill) g.used.backgrounds = true;
      if (styled) g.used.textStyles = true;
      if (s.wrap) g.used.wraps = true;
      if (s.align) g.used.hAligns = true;
      if (s.valign) g.used.vAligns = true;
    }
    g.values.push(v); g.numFmts.push(nf); g.backgrounds.push(bg); g.textStyles.push(ts);
    g.wraps.push(wr); g.hAligns.push(ha); g.vAligns.push(va);
  }
  return g;
}

/** Pads every array to `rows` × `cols` with defaults, so one range of that size takes each of them. */
export function padGrid(g: Grid, rows: number, cols: number): void {
  const pad = <T>(a: T[][], fill: T) => {
    for (const row of a) while (row.length < cols) row.push(fill);
    while (a.length < rows) a.push(new Array<T>(cols).fill(fill));
  };
  pad<Value>(g.values, ''); pad(g.numFmts, GENERAL); pad<string | null>(g.backgrounds, null);
  pad(g.textStyles, g.plainText); pad(g.wraps, false); pad<HAlign>(g.hAligns, null); pad<VAlign>(g.vAligns, null);
  g.rows = rows;
  g.cols = cols;
}
