// Translates CellStyle into exceljs styles, handing out one shared object per distinct combination.
import type { Style, Font, Fill } from 'exceljs';
import type { CellStyle, ConditionalRuleSpec } from '../../core/model/workbook';
import { toArgb } from './sanitize';
import { QUOTE_PREFIX_MARKER } from './quote-prefix';

/** Dates need a date format to be read as dates; this one sorts and reads the same everywhere. */
export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';

type XStyle = Partial<Style>;

/** Spreadsheet defaults, so a font element that only says "bold" still names a face and size. */
const BASE_FONT: Partial<Font> = { name: 'Calibri', family: 2, size: 11 };

function toFont(s: CellStyle, where: string): Partial<Font> | undefined {
  if (s.bold === undefined && s.italic === undefined && s.size === undefined && s.color === undefined) return undefined;
  const font: Partial<Font> = { ...BASE_FONT };
  if (s.bold !== undefined) font.bold = s.bold;
  if (s.italic !== undefined) font.italic = s.italic;
  if (s.size !== undefined && Number.isFinite(s.size) && s.size > 0) font.size = s.size;
  if (s.color !== undefined) font.color = { argb: toArgb(s.color, where) };
  return font;
}

/** One CellStyle as an exceljs style (cell fills are solid patterns coloured by fgColor). */
export function toExcelStyle(s: CellStyle, where: string): XStyle {
  const out: XStyle = {};
  const font = toFont(s, where);
  if (font) out.font = font;
  if (s.fill !== undefined) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: toArgb(s.fill, where) } };
  if (s.numFmt) out.numFmt = s.numFmt;
  if (s.wrap !== undefined || s.align !== undefined || s.valign !== undefined || s.indent) {
    out.alignment = {};
    if (s.indent && Number.isInteger(s.indent) && s.indent > 0) out.alignment.indent = s.indent;
    if (s.wrap !== undefined) out.alignment.wrapText = s.wrap;
    if (s.align !== undefined) out.alignment.horizontal = s.align;
    // Excel and LibreOffice indent only text aligned explicitly to the left.
    else if (out.alignment.indent) out.alignment.horizontal = 'left';
    if (s.valign !== undefined) out.alignment.vertical = s.valign;
  }
  return out;
}

/**
 * Differential style for a conditional rule. In a dxf the solid fill colour is bgColor (that is
 * what Excel writes and reads); fgColor is set too so readers that take the other one agree.
 */
export function toRuleStyle(style: ConditionalRuleSpec['style'], where: string): XStyle {
  const out: XStyle = {};
  if (style.fill !== undefined) {
    const argb = toArgb(style.fill, where);
    out.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb }, fgColor: { argb } } as Fill;
  }
  if (style.color !== undefined || style.bold !== undefined) {
    const font: Partial<Font> = {};
    if (style.color !== undefined) font.color = { argb: toArgb(style.color, where) };
    if (style.bold !== undefined) font.bold = style.bold;
    out.font = font;
  }
  return out;
}

const NONE: CellStyle = {};
interface Pair { plain: XStyle; date: XStyle; quoted?: XStyle }

/**
 * Resolves (column style, cell style) pairs to shared exceljs style objects. exceljs caches the
 * style id per style *object*, so reusing objects keeps 8 × 1M cells from each building their
 * own style XML; merging is column first, then the cell's own settings on top.
 */
export class StyleBook {
  private readonly cache = new WeakMap<CellStyle, WeakMap<CellStyle, Pair>>();
  /** Shared empty style: a fresh `{}` per cell would defeat exceljs's per-object cache. */
  readonly empty: XStyle = {};

  constructor(private readonly where: string) {}

  /** `quoted`: text that starts like a formula, which gets Excel's quote prefix (see quote-prefix.ts). */
  resolve(column: CellStyle | undefined, cell: CellStyle | undefined, isDate: boolean, quoted = false): XStyle {
    if (!column && !cell && !isDate && !quoted) return this.empty;
    const outerKey = column ?? NONE;
    let inner = this.cache.get(outerKey);
    if (!inner) this.cache.set(outerKey, (inner = new WeakMap()));
    const innerKey = cell ?? NONE;
    let pair = inner.get(innerKey);
    if (!pair) {
      const merged: CellStyle = column && cell ? { ...column, ...cell } : (cell ?? column ?? NONE);
      const plain = toExcelStyle(merged, this.where);
      pair = { plain, date: plain.numFmt ? plain : { ...plain, numFmt: DEFAULT_DATE_FORMAT } };
      inner.set(innerKey, pair);
    }
    if (quoted) return (pair.quoted ??= { ...pair.plain, ...QUOTE_PREFIX_MARKER });
    return isDate ? pair.date : pair.plain;
  }
}
