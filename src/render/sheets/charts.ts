// Native Sheets charts through the chart builder: updated in place, inserted or removed on regeneration.
import type { ChartSpec, SheetSpec } from '../../core/model/workbook';
import { parseArea } from '../../core/sheets/a1';
import { DEFAULT_ROW_PX, type ChartMark, type Layout } from './layout';
import type { Range, Sheet } from './types';

type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
/** What the column and the line chart builders share, and all we set. */
interface KindBuilder {
  addRange(range: Range): KindBuilder;
  clearRanges(): KindBuilder;
  setNumHeaders(headers: number): KindBuilder;
  setTitle(title: string): KindBuilder;
  setColors(colours: string[]): KindBuilder;
  setXAxisTitle(title: string): KindBuilder;
  setYAxisTitle(title: string): KindBuilder;
  setOption(option: string, value: unknown): KindBuilder;
  setTransposeRowsAndColumns(transpose: boolean): KindBuilder;
  setPosition(row: number, col: number, offsetX: number, offsetY: number): KindBuilder;
  build(): Chart;
}

/** The same colours as the Excel charts: the target light, the actual dark blue (see chart-xml.ts). */
const COLOURS = ['#8EA9C1', '#1F4E79', '#C55A11', '#548235', '#7F6000'];

/** `'KPI results'!$A$8:$A$17` → the tab name and `A8:A17`. */
export function splitSheetRef(ref: string): { sheet: string; a1: string } {
  const m = /^'((?:[^']|'')+)'!(.+)$/.exec(ref) ?? /^([^'!]+)!(.+)$/.exec(ref);
  if (!m) throw new Error(`chart range "${ref}" does not name its sheet`);
  return { sheet: m[1].replace(/''/g, "'"), a1: m[2].replace(/\$/g, '') };
}

/** The ranges (A1, no `$`) the charts read on their own sheet: the renderer fetches them with its other ranges. */
export function ownChartRanges(charts: readonly ChartSpec[], sheetName: string): string[] {
  return charts.flatMap((c) => [c.categories, ...c.series.map((s) => s.values)])
    .map(splitSheetRef).filter((r) => r.sheet === sheetName).map((r) => r.a1);
}

/**
 * Every range the charts read, by its reference. Those on this sheet come from `own` (no call); another sheet's
 * from the spreadsheet, one call each (Spreadsheet.getRange takes `'Tab'!A1:B2`), so no other tab is touched.
 */
function chartRanges(sheet: Sheet, sheetName: string, charts: ChartSpec[], own: Map<string, Range>) {
  const out = new Map<string, Range>();
  let ss: GoogleAppsScript.Spreadsheet.Spreadsheet | undefined;
  for (const ref of charts.flatMap((c) => [c.categories, ...c.series.map((s) => s.values)])) {
    if (out.has(ref)) continue;
    const { sheet: name, a1 } = splitSheetRef(ref);
    const quoted = `'${name.replace(/'/g, "''")}'!${a1}`;
    const range = name === sheetName ? own.get(a1) : (ss ??= sheet.getParent()).getRange(quoted);
    if (!range) throw new Error(`chart range "${ref}" was not fetched`);
    out.set(ref, range);
  }
  return out;
}

/** Pixels the anchor's columns and rows take, so the chart covers the cells Excel's anchor covers. */
function sizeOf(anchor: string, layout: Layout): { row: number; col: number; width: number; height: number } {
  const a = parseArea(anchor);
  const heights = new Map(layout.heights);
  let width = 0, height = 0;
  for (let c = a.col; c < a.col + a.cols; c++) width += layout.widths[c - 1] ?? 0;
  for (let r = a.row; r < a.row + a.rows; r++) height += heights.get(r) ?? DEFAULT_ROW_PX;
  return { row: a.row, col: a.col, width, height };
}

function configure(builder: Builder, spec: ChartSpec, ranges: Map<string, Range>, layout: Layout): KindBuilder {
  const at = sizeOf(spec.anchor, layout);
  // The typings say some setters return the generic builder; at run time each returns the same typed builder.
  const typed = spec.kind === 'line' ? builder.asLineChart()
    : spec.horizontal ? builder.asBarChart() : builder.asColumnChart();
  let b = (typed as unknown as KindBuilder).clearRanges();
  for (const ref of [spec.categories, ...spec.series.map((s) => s.values)]) b = b.addRange(ranges.get(ref)!);
  const colours = spec.series.length === 1 ? [COLOURS[1]] : spec.series.map((_, i) => COLOURS[i % COLOURS.length]);
  b = b.setNumHeaders(0).setTitle(spec.title).setColors(colours)
    .setXAxisTitle(spec.axisTitles?.category ?? '').setYAxisTitle(spec.axisTitles?.value ?? '')
    .setOption('series', Object.fromEntries(spec.series.map((s, i) => [i, { labelInLegend: s.name }])))
    .setOption('legend', { position: 'bottom' })
    .setOption('width', at.width).setOption('height', at.height)
    .setPosition(at.row, at.col, 0, 0);
  if (spec.valueFormat) b = b.setOption('vAxis.format', spec.valueFormat);
  // Series laid out along rows (the round review's months: `'Round review'!$D$9:$I$9`): Sheets reads a range's
  // columns as series unless told, so one row range would draw as six one-point series.
  const along = parseArea(splitSheetRef(spec.categories).a1);
  if (along.rows === 1 && along.cols > 1) b = b.setTransposeRowsAndColumns(true);
  return b;
}


function isOurs(chart: Chart, marks: ChartMark[]): ChartMark | undefined {
  const id = chart.getChartId();
  const at = chart.getContainerInfo();
  return marks.find((m) => (m.id !== undefined ? m.id === id
    : m.row === at.getAnchorRow() && m.col === at.getAnchorColumn()));
}

/**
 * Draws `specs` on `sheet`: the charts an earlier generation drew (`previous`) are updated in place and extra ones
 * removed; a sheet whose earlier charts are unknown (no layout in its tag) loses all its charts, as its other layout
 * is undone blindly. The manager's own charts stay. Returns the marks of the charts now drawn, for the tag.
 */
export function renderCharts(
  sheet: Sheet, spec: Pick<SheetSpec, 'name' | 'charts'>, own: Map<string, Range>, layout: Layout,
  previous: ChartMark[] | null, fresh: boolean,
): ChartMark[] {
  const specs = spec.charts ?? [];
  const before: Chart[] = fresh || (previous !== null && previous.length === 0) ? [] : sheet.getCharts();
  const ours = previous === null ? before : before.filter((c) => isOurs(c, previous));
  if (!specs.length && !ours.length) return [];
  const ranges = chartRanges(sheet, spec.name, specs, own);
  const marks = specs.map((spec, i): ChartMark => {
    const { row, col } = parseArea(spec.anchor);
    if (!ours[i]) {
      sheet.insertChart(configure(sheet.newChart(), spec, ranges, layout).build());
      return { row, col };
    }
    sheet.updateChart(configure(ours[i].modify(), spec, ranges, layout).build());
    const id = ours[i].getChartId();
    return id === null ? { row, col } : { id, row, col };
  });
  for (const old of ours.slice(specs.length)) sheet.removeChart(old);
  return marks;
}
