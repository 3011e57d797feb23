// Native Sheets charts through the chart builder: our charts are updated in place, inserted or removed on regeneration.
import type { ChartSpec } from '../../core/model/workbook';
import { parseArea } from './a1';
import { DEFAULT_ROW_PX, type Layout } from './layout';
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

/** Every range the charts read, fetched with one getRangeList per sheet they are on. */
function chartRanges(sheet: Sheet, charts: ChartSpec[]): Map<string, Range> {
  const bySheet = new Map<string, string[]>();
  for (const c of charts) {
    for (const ref of [c.categories, ...c.series.map((s) => s.values)]) {
      const { sheet: name } = splitSheetRef(ref);
      const list = bySheet.get(name) ?? [];
      if (!list.includes(ref)) list.push(ref);
      bySheet.set(name, list);
    }
  }
  const out = new Map<string, Range>();
  for (const [name, refs] of bySheet) {
    const on = name === sheet.getName() ? sheet : sheet.getParent().getSheetByName(name);
    if (!on) throw new Error(`chart range "${refs[0]}": no sheet "${name}"`);
    const ranges = on.getRangeList(refs.map((r) => splitSheetRef(r).a1)).getRanges();
    refs.forEach((r, i) => out.set(r, ranges[i]));
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
  const typed = spec.kind === 'bar' ? builder.asColumnChart() : builder.asLineChart();
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
  return b;
}

/**
 * Draws `specs` on `sheet`: the charts an earlier generation left (ids in `previous`) are updated in place and
 * extra ones removed; a sheet whose earlier charts are unknown (no layout in its tag) loses all its charts, as its
 * other layout is undone blindly. Returns the ids of the charts now on it, for the tag.
 */
export function renderCharts(
  sheet: Sheet, specs: ChartSpec[], layout: Layout, previous: number[] | null, fresh: boolean,
): number[] {
  const before: Chart[] = fresh || (previous !== null && previous.length === 0) ? [] : sheet.getCharts();
  const ours = previous === null ? before : before.filter((c) => previous.includes(c.getChartId() ?? -1));
  if (!specs.length && !ours.length) return [];
  const ranges = chartRanges(sheet, specs);
  specs.forEach((spec, i) => {
    if (ours[i]) sheet.updateChart(configure(ours[i].modify(), spec, ranges, layout).build());
    else sheet.insertChart(configure(sheet.newChart(), spec, ranges, layout).build());
  });
  for (const old of ours.slice(specs.length)) sheet.removeChart(old);
  if (specs.length <= ours.length) return ours.slice(0, specs.length).map((c) => c.getChartId() ?? -1);
  // New charts get their ids only once inserted: read them back (charts of the manager's own stay theirs).
  const others = new Set(before.filter((c) => !ours.includes(c)).map((c) => c.getChartId()));
  return sheet.getCharts().map((c) => c.getChartId() ?? -1).filter((id) => !others.has(id));
}
