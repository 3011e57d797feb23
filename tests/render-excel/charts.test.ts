// The chart parts read back from the file: each chart reachable from its sheet, its series formulas on the live
// cells of the KPI rows, parts registered, elements in the schema's order; through both Excel renderers.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/build-workbook';
import { labels } from '../../src/core/i18n';
import { columnLetter } from '../../src/core/sheets/a1';
import { findTemplate } from '../../src/core/template/registry';
import type { SheetSpec } from '../../src/core/model/workbook';
import { colOf, rowOf, sheetById } from '../helpers/spec-cells';
import { book, renderBoth, sheet } from '../helpers/xlsx';
import { chartFormulas, childNames, sheetCharts } from '../helpers/xlsx-charts';

const report = () => buildReport({
  template: findTemplate('social-media-content')!, month: '2026-10', today: '2026-10-20', lang: 'lv',
  data: [{ kpi: 'website-sessions', month: '2026-10', target: 3000, actual: 2100 }], events: [],
});
const spec = report().workbook;
const [summary, kpi] = [sheetById(spec, 'summary'), sheetById(spec, 'kpi-results')];
const ids = report().kpis.map((k) => k.kpi.id);
const l = labels('lv');

/** `'KPI rezultāti'!$G$9:$G$18`, worked out from the KPI sheet's column and row keys. */
function kpiColumn(col: string): string {
  const c = columnLetter(colOf(kpi, col));
  return `'${kpi.name}'!$${c}$${rowOf(kpi, `kpi:${ids[0]}`)}:$${c}$${rowOf(kpi, `kpi:${ids.at(-1)}`)}`;
}
const rowsOf = (s: SheetSpec) => [...s.rows].length;
const unescape = (s: string | undefined) => s?.replace(/&apos;/g, "'").replace(/&amp;/g, '&');

describe('the monthly workbook\'s charts in the xlsx', async () => {
  const rendered = await renderBoth(() => report().workbook);

  const files = rendered.map((r) => [r.via, r.path] as const);

  it.each(files)('%s: sheet → drawing → chart, types registered', async (_, file) => {
    for (const s of [kpi, summary]) {
      const got = await sheetCharts(file, s.name);
      expect(got.drawingRelType).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing');
      expect(got.charts).toHaveLength(1);
      expect(got.charts[0].relType).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart');
      expect(got.contentTypes).toContain(`<Override PartName="/${got.drawingPart}" ` +
        'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
      expect(got.contentTypes).toContain(`<Override PartName="/${got.charts[0].part}" ` +
        'ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
      // Below every row of the sheet's tables: the chart starts after the last described row.
      expect(got.charts[0].from[1]).toBeGreaterThanOrEqual(rowsOf(s));
      expect(got.charts[0].to[1] - got.charts[0].from[1]).toBeGreaterThanOrEqual(15);
    }
  });

  it.each(files)('%s: the series read the KPI rows\' live cells', async (_, file) => {
    const onKpi = chartFormulas((await sheetCharts(file, kpi.name)).charts[0].xml);
    expect(onKpi.series.map((x) => [x.name, unescape(x.categories), unescape(x.values)])).toEqual([
      [l.kpi.targetToDate, kpiColumn('kpi'), kpiColumn('due')],
      [l.kpi.actual, kpiColumn('kpi'), kpiColumn('actual')],
    ]);
    const onSummary = chartFormulas((await sheetCharts(file, summary.name)).charts[0].xml);
    expect(onSummary.series.map((x) => [x.name, unescape(x.categories), unescape(x.values)])).toEqual([
      [l.kpi.achieved, kpiColumn('kpi'), kpiColumn('achieved')],
    ]);
  });

  it.each(files)('%s: elements in the schema\'s order', async (_, file) => {
    const got = await sheetCharts(file, kpi.name);
    const xml = got.charts[0].xml;
    expect(childNames(xml, 'c:chartSpace')).toEqual(['c:roundedCorners', 'c:chart']);
    expect(childNames(xml, 'c:chart')).toEqual(
      ['c:title', 'c:autoTitleDeleted', 'c:plotArea', 'c:legend', 'c:plotVisOnly', 'c:dispBlanksAs']);
    expect(childNames(xml, 'c:plotArea')).toEqual(['c:layout', 'c:barChart', 'c:catAx', 'c:valAx']);
    expect(childNames(xml, 'c:barChart')).toEqual(
      ['c:barDir', 'c:grouping', 'c:varyColors', 'c:ser', 'c:ser', 'c:gapWidth', 'c:axId', 'c:axId']);
    expect(childNames(xml, 'c:ser')).toEqual(
      ['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:invertIfNegative', 'c:cat', 'c:val']);
    // Horizontal bars, KPIs top down as in the table, the value axis along the bottom.
    expect(xml).toContain('<c:barDir val="bar"/>');
    expect(/<c:catAx>.*?<c:orientation val="maxMin"\/>.*?<c:axPos val="l"\/>/.test(xml)).toBe(true);
    expect(/<c:valAx>.*?<c:axPos val="b"\/>.*?<c:crosses val="max"\/>/.test(xml)).toBe(true);
    expect(childNames(xml, 'c:valAx')).toEqual(['c:axId', 'c:scaling', 'c:delete', 'c:axPos', 'c:majorGridlines',
      'c:numFmt', 'c:majorTickMark', 'c:minorTickMark', 'c:tickLblPos', 'c:crossAx', 'c:crosses', 'c:crossBetween']);
    // CT_Worksheet: <drawing> after the print settings, before legacy drawings and extensions.
    const sheetChildren = childNames(got.sheetXml, 'worksheet');
    const at = sheetChildren.indexOf('drawing');
    expect(at).toBeGreaterThan(sheetChildren.indexOf('headerFooter'));
    expect(sheetChildren.slice(at + 1).every((n) => ['legacyDrawing', 'tableParts', 'extLst'].includes(n))).toBe(true);
  });

  it.each(rendered.map((r) => [r.via, r.wb] as const))('%s: the cells still read back as before', (_, wb) => {
    const cell = wb.getWorksheet(kpi.name)!.getCell(rowOf(kpi, 'kpi:website-sessions'), colOf(kpi, 'actual'));
    expect(cell.value).toBe(2100);
  });
});

describe('a line chart and sheets without charts', async () => {
  const line = () => book(
    sheet('Data', [['Month', 'Target', 'Actual'], ['Jan', 10, 8], ['Feb', 12, 13]]),
    sheet('Chart', [['see below']], {
      charts: [{
        id: 'trend', kind: 'line', title: 'Trend & <more>', anchor: 'A3:F20', categories: "'Data'!$A$2:$A$3",
        series: [{ name: 'Target', values: "'Data'!$B$2:$B$3" }, { name: 'Actual', values: "'Data'!$C$2:$C$3" }],
        axisTitles: { category: 'Month', value: 'Leads' },
      }],
    }));
  const rendered = await renderBoth(line);

  it.each(rendered.map((r) => [r.via, r.path] as const))('%s: lines with markers, title escaped', async (_, file) => {
    const got = await sheetCharts(file, 'Chart');
    const xml = got.charts[0].xml;
    expect(childNames(xml, 'c:lineChart')).toEqual(
      ['c:grouping', 'c:varyColors', 'c:ser', 'c:ser', 'c:marker', 'c:axId', 'c:axId']);
    expect(childNames(xml, 'c:ser')).toEqual(['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:marker', 'c:cat', 'c:val',
      'c:smooth']);
    expect(xml).toContain('<a:t>Trend &amp; &lt;more&gt;</a:t>');
    expect([got.charts[0].from, got.charts[0].to]).toEqual([[0, 2], [6, 20]]);
    await expect(sheetCharts(file, 'Data')).rejects.toThrow('has no <drawing>');
  });

  it('refuses an anchor that is not an A1 range, naming the sheet and chart', async () => {
    const bad = line();
    bad.sheets[1].charts![0].anchor = 'somewhere';
    await expect(renderBoth(() => bad)).rejects.toThrow('Sheet "Chart", chart "trend": chart anchor "somewhere"');
  });
});
