// Sheet-level layout (widths, heights, merges, hidden columns, frozen panes, tab colour), written only where it changed.
import type { SheetSpec } from '../../core/model/workbook';
import { areaA1, parseArea, type Area } from '../../core/sheets/a1';
import type { Range, Sheet } from './types';

/** One chart a generation drew: its id once known (an inserted chart's is not, without another call), its anchor. */
export interface ChartMark { id?: number; row: number; col: number }

/** What a generation left on the sheet; kept in the tag so a regeneration touches only what differs. */
export interface Layout {
  widths: number[];
  heights: [number, number][];
  merges: string[];
  hidden: number[];
  frozen: [number, number];
  tabColor: string | null;
  /** The charts this generation drew (charts.ts), so the next one updates them and no others. */
  charts?: ChartMark[];
}

/** Excel's character width → pixels (a 10-character column is about 75 px); points → pixels. */
const charsToPixels = (chars: number) => Math.max(2, Math.round(chars * 7 + 5));
const pointsToPixels = (pt: number) => Math.max(2, Math.round((pt * 4) / 3));
export const DEFAULT_ROW_PX = 21;

export function layoutOf(spec: SheetSpec, cols: number): Layout {
  const widths = spec.columns.slice(0, cols).map((c) => charsToPixels(c.width));
  // A hidden column takes its neighbour's width so it doesn't split a run of equal widths.
  spec.columns.forEach((c, i) => { if (c.hidden && i > 0 && i < widths.length) widths[i] = widths[i - 1]; });
  return {
    widths,
    heights: Object.entries(spec.rowHeights ?? {}).map(([r, pt]) => [Number(r), pointsToPixels(pt)] as [number, number]).sort((a, b) => a[0] - b[0]),
    merges: (spec.merges ?? []).map((m) => m.range),
    hidden: spec.columns.flatMap((c, i) => (c.hidden ? [i + 1] : [])),
    frozen: [spec.frozen?.rows ?? 0, spec.frozen?.columns ?? 0],
    tabColor: spec.tabColor ?? null,
  };
}

/** Runs [first, count] of consecutive numbers, each with a value equal along the run. */
function runs<T>(items: [number, T][]): [number, number, T][] {
  const out: [number, number, T][] = [];
  for (const [n, v] of items) {
    const last = out[out.length - 1];
    if (last && last[2] === v && last[0] + last[1] === n) last[1]++;
    else out.push([n, 1, v]);
  }
  return out;
}

/**
 * Title merges stacked row under row with the same columns (A1:L1, A2:L2) become one mergeAcross, two calls
 * instead of two per merge; the rest are fetched together through one RangeList.
 */
function merge(sheet: Sheet, a1s: string[]): void {
  const areas = a1s.map(parseArea).sort((a, b) => a.col - b.col || a.cols - b.cols || a.row - b.row);
  const stacks: Area[] = [];
  const rest: Area[] = [];
  for (const a of areas) {
    const top = stacks[stacks.length - 1];
    if (a.rows !== 1) rest.push(a);
    else if (top && top.col === a.col && top.cols === a.cols && top.row + top.rows === a.row) top.rows++;
    else stacks.push({ ...a });
  }
  const all: [Area, (r: Range) => unknown][] = [
    ...stacks.map((a) => [a, (r: Range) => (a.rows > 1 ? r.mergeAcross() : r.merge())] as [Area, (r: Range) => unknown]),
    ...rest.map((a) => [a, (r: Range) => r.merge()] as [Area, (r: Range) => unknown]),
  ];
  if (all.length === 0) return;
  const ranges = all.length === 1 ? [sheet.getRange(areaA1(all[0][0]))] : sheet.getRangeList(all.map(([a]) => areaA1(a))).getRanges();
  all.forEach(([, apply], i) => apply(ranges[i]));
}

const same = <T>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies `next`. With `prev` (a regenerated sheet whose last layout is known) only differences are written;
 * without it everything is, after undoing merges and hidden columns that may be left over (`unknownPast`).
 */
export function applyLayout(sheet: Sheet, next: Layout, prev: Layout | null, unknownPast: Range | null): void {
  if (unknownPast) {
    unknownPast.breakApart();
    sheet.unhideColumn(unknownPast);
  }
  const widths = next.widths.map((w, i) => [i + 1, w] as [number, number]).filter(([i, w]) => prev?.widths[i - 1] !== w);
  for (const [start, n, px] of runs(widths)) sheet.setColumnWidths(start, n, px);
  const has = (list: [number, number][], [r, px]: [number, number]) => list.some(([lr, lpx]) => lr === r && lpx === px);
  // Rows that had a height of their own and have none now go back to Sheets' default.
  const dropped = (prev?.heights ?? []).filter(([r]) => !next.heights.some(([nr]) => nr === r)).map(([r]) => [r, DEFAULT_ROW_PX] as [number, number]);
  const heights = [...next.heights.filter((h) => !prev || !has(prev.heights, h)), ...dropped].sort((a, b) => a[0] - b[0]);
  for (const [start, n, px] of runs(heights)) sheet.setRowHeights(start, n, px);
  const remerge = !prev || !same(prev.merges, next.merges);
  if (remerge && prev?.merges.length) sheet.getRangeList(prev.merges).breakApart();
  // Panes before merges: Sheets refuses a merge across the frozen edge, and the old merges are gone by now.
  const was: Layout = prev ?? { widths: [], heights: [], merges: [], hidden: [], frozen: [unknownPast ? -1 : 0, unknownPast ? -1 : 0], tabColor: unknownPast ? '?' : null };
  if (was.frozen[0] !== next.frozen[0]) sheet.setFrozenRows(next.frozen[0]);
  if (was.frozen[1] !== next.frozen[1]) sheet.setFrozenColumns(next.frozen[1]);
  if (remerge) merge(sheet, next.merges);
  if (!prev || !same(prev.hidden, next.hidden)) {
    if (prev?.hidden.length) sheet.showColumns(1, Math.max(...prev.hidden));
    for (const [start, n] of runs(next.hidden.map((c) => [c, true] as [number, boolean]))) sheet.hideColumns(start, n);
  }
  // A new sheet has no tab colour either: only a colour the sheet needs is written.
  if (was.tabColor !== next.tabColor) sheet.setTabColor(next.tabColor);
}
