// The workbook description: what the pure core returns and every renderer translates, nothing more.
import type { SheetId } from '../constants';

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Number formats are Excel format codes; Sheets accepts the same codes. */
export type NumFmt = string;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  /** `#RRGGBB` */
  color?: string;
  /** `#RRGGBB` background. */
  fill?: string;
  numFmt?: NumFmt;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  /**
   * Left indent in Excel's indent steps, so wrapped text never runs into its left neighbour on paper. Print only:
   * Sheets pads every cell itself and has no indent to set.
   */
  indent?: number;
}

/**
 * A cell. Plain `string` is text and plain `number` is a number, so that big sheets (GA4 rows)
 * stay cheap; the object forms carry formulas, dates and styles. `null` is an empty cell.
 * Text is never interpreted: a string starting with `=` stays text in every renderer.
 */
export type Cell = string | number | boolean | null | RichCell;

export type RichCell =
  | { text: string; style?: CellStyle }
  | { number: number; style?: CellStyle }
  | { date: IsoDate; style?: CellStyle }
  | { bool: boolean; style?: CellStyle }
  /** `formula` is in English function names with `,` separators and no leading `=`. */
  | { formula: string; style?: CellStyle }
  | { blank: true; style?: CellStyle };

export type Row = readonly Cell[];

export interface ColumnSpec {
  /** Header key, used to find a column again (e.g. when merging typed entries). */
  key: string;
  /** Width in characters (Excel's unit); Sheets renderer converts to pixels. */
  width: number;
  /** Style for every data cell in this column unless a cell sets its own. */
  style?: CellStyle;
  /** Hidden helper column (e.g. the row key). */
  hidden?: boolean;
}

export interface DataValidationSpec {
  /** A1 range on this sheet, e.g. `H5:H120`. */
  range: string;
  /** Allowed values, shown as a drop-down. */
  list: string[];
  /** Reject values not in the list (true) or only warn (false). */
  strict: boolean;
}

export interface ConditionalRuleSpec {
  /** A1 range on this sheet. Ranges of different rule groups must not overlap (LibreOffice shows one). */
  range: string;
  /** Formula relative to the range's top-left cell, English names, no leading `=`. */
  formula: string;
  style: { fill?: string; color?: string; bold?: boolean };
}

export interface MergeSpec {
  /** A1 range, e.g. `A1:F1`. */
  range: string;
}

/** How a sheet prints: always A4; the renderer translates the placeholders into its own header/footer codes. */
export interface PrintSpec {
  landscape: boolean;
  /** Squeeze the width onto one page (as many pages tall as needed). */
  fitToWidth: boolean;
  /** The whole sheet on one page (the director's Summary). */
  onePage?: boolean;
  /** Rows repeated at the top of every printed page (the table header), 1-based, inclusive. */
  repeatRows?: { from: number; to: number };
  /** Header text (the report's title). `{sheet}` stands for the tab name. */
  header?: string;
  /** Footer text; `{page}` and `{pages}` stand for the page number and count. */
  footer?: string;
  /** Print the cell grid: tables the manager fills in by hand read as tables on paper. */
  gridlines?: boolean;
}

/** One data series of a chart: a name and a column of live cells, so the chart follows edits. */
export interface ChartSeriesSpec {
  /** The legend entry (already translated). */
  name: string;
  /** Sheet-qualified absolute A1 range of the values, e.g. `'KPI results'!$G$8:$G$12`. */
  values: string;
}

/**
 * A native chart on a sheet. Every range is a sheet-qualified absolute A1 reference taken from the builders'
 * SheetLayout (never a literal), so the renderers only translate: Excel gets a chart part, Sheets the chart builder.
 */
export interface ChartSpec {
  /** Stable id within the workbook (`kpi-target-actual`): Sheets finds its chart again on regeneration. */
  id: string;
  /** `bar`: bars side by side per category; `line`: one line per series over the categories. */
  kind: 'bar' | 'line';
  /** Bars along a vertical list of categories, top to bottom in sheet order: long names (KPIs) stay readable. */
  horizontal?: boolean;
  title: string;
  /** The category labels, e.g. KPI names or months: `'KPI results'!$A$8:$A$12`. Same length as each series. */
  categories: string;
  series: ChartSeriesSpec[];
  /** Where it sits on its own sheet: an A1 range (`A20:J40`); the builder keeps it clear of the tables. */
  anchor: string;
  axisTitles?: { category?: string; value?: string };
  /** Number format of the value axis (e.g. the percent format when the values are % achieved). */
  valueFormat?: NumFmt;
}

export interface SheetSpec {
  /** Stable id (never translated): `summary`, `activity-plan`, `campaign`, `kpi-results`, `review`, `ga4`. */
  id: SheetId;
  /** Visible tab name, already valid (≤ 31 chars, none of `[]:*?/\`), unique in the workbook. */
  name: string;
  /**
   * One per month (its name carries the month when `monthInSheetNames`); false for a sheet that is one per
   * process (the summary), which a spreadsheet keeps once and moves on to the month last generated.
   */
  monthBound?: boolean;
  columns: ColumnSpec[];
  /**
   * Rows from row 1. May be a lazy iterable so that very large sheets never sit in memory;
   * renderers must read it once, in order.
   */
  rows: Iterable<Row>;
  /** Row count when known up front (rows may be lazy). */
  rowCount?: number;
  /** 1-based row of the table header (the first data row follows it). */
  headerRow?: number;
  frozen?: { rows: number; columns: number };
  merges?: MergeSpec[];
  validations?: DataValidationSpec[];
  conditionalRules?: ConditionalRuleSpec[];
  /**
   * Row heights in points by 1-based row number. Rows without one fit their wrapped text:
   * Sheets does that itself; the Excel renderer writes an estimated height (LibreOffice won't fit rows).
   */
  rowHeights?: Record<number, number>;
  tabColor?: string;
  print?: PrintSpec;
  /** Row key → 1-based row, from the builder's SheetLayout: tests and the add-on find rows by key, never by number. */
  rowKeys?: Record<string, number>;
  /** Autofilter over the table, A1 range. */
  autoFilter?: string;
  /**
   * Where the manager types: the column holding each data row's stable key and the columns
   * whose values must survive regeneration (read back into `BuildInput.entries`).
   */
  entries?: { keyColumn: string; columns: string[] };
  /** Native charts drawn over the sheet at their anchors (rows under them get `rowHeights`, so sizes agree). */
  charts?: ChartSpec[];
}

export interface WorkbookProperties {
  title: string;
  subject: string;
  creator: string;
  company?: string;
  description?: string;
  keywords?: string;
  /** The date the caller passed in; the core never reads a clock. */
  created: IsoDate;
  language: string;
}

export interface WorkbookSpec {
  properties: WorkbookProperties;
  sheets: SheetSpec[];
}
