// The charts in a real spreadsheet engine: LibreOffice prints them, and draws them from the cells after an edit.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/build-workbook';
import { columnLetter } from '../../src/core/sheets/a1';
import { CHART_TITLES } from '../../src/core/sheets/charts';
import { findTemplate } from '../../src/core/template/registry';
import type { WorkbookSpec } from '../../src/core/model/workbook';
import { renderWorkbookToFile } from '../../src/render/excel/render-file';
import { recalculate, toPdf } from '../helpers/libreoffice';
import { colOf, rowOf, sheetById } from '../helpers/spec-cells';
import { tempDir } from '../helpers/xlsx';
import { chartFormulas, sheetCharts } from '../helpers/xlsx-charts';

const dir = tempDir();
/** October 2026 as of the 20th: 20 of 31 days gone, so a paced target to date is target × 20/31. */
const make = () => buildReport({
  template: findTemplate('social-media-content')!, month: '2026-10', today: '2026-10-20', lang: 'en',
  data: [
    { kpi: 'website-sessions', month: '2026-10', target: 3000, actual: 2100 },
    { kpi: 'website-visitors', month: '2026-10', target: 2000, actual: 1200 },
  ],
  events: [],
}).workbook;
const spec = make();
const kpi = sheetById(spec, 'kpi-results');
const withoutCharts = (wb: WorkbookSpec): WorkbookSpec =>
  ({ ...wb, sheets: wb.sheets.map((s) => ({ ...s, charts: undefined })) });
/** KPI ids in sheet order (by row). */
const ids = Object.entries(kpi.rowKeys!).filter(([k]) => k.startsWith('kpi:')).sort((a, b) => a[1] - b[1])
  .map(([k]) => k.slice(4));
const pdfText = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });

describe('charts in LibreOffice', () => {
  it('prints both charts (titles and series on the pages), which the file without them lacks', async () => {
    const [withFile, withoutFile] = [path.join(dir, 'with.xlsx'), path.join(dir, 'without.xlsx')];
    await renderWorkbookToFile(make(), withFile);
    await renderWorkbookToFile(withoutCharts(make()), withoutFile);
    const [withText, withoutText] = [pdfText(await toPdf(withFile)), pdfText(await toPdf(withoutFile))];
    const titles = CHART_TITLES.en;
    // The Summary chart on the Summary's one page (page 1), the KPI chart on the KPI sheet's page.
    const pages = withText.split('\f');
    expect(pages[0]).toContain(titles.achieved);
    expect(pages.find((p) => p.includes(titles.targetActual))).toContain('KPI results —');
    expect(withoutText).not.toContain(titles.achieved);
    expect(withoutText).not.toContain(titles.targetActual);
    // Same page count: the Summary chart fits its one page, the KPI chart sits under its table.
    expect(pages.length).toBe(withoutText.split('\f').length);
  });

  it('draws from the edited cells after recalculation: an actual and a target changed in the file', async () => {
    const file = path.join(dir, 'edited.xlsx');
    await renderWorkbookToFile(make(), file);
    const { zip, sheetPart } = await sheetCharts(file, kpi.name);
    let xml = await zip.file(sheetPart)!.async('string');
    const setNumber = (col: string, id: string, value: number) => {
      const ref = `${columnLetter(colOf(kpi, col))}${rowOf(kpi, `kpi:${id}`)}`;
      const cell = new RegExp(`<c r="${ref}"([^>]*?)(/>|>[\\s\\S]*?</c>)`);
      expect(xml).toMatch(cell);
      // A plain number cell: the style kept, any type (e.g. a blank's) dropped.
      const numberCell = (attrs: string) => `<c r="${ref}"${attrs.replace(/ t="[^"]*"/, '')}><v>${value}</v></c>`;
      xml = xml.replace(cell, (_, attrs: string) => numberCell(attrs));
    };
    setNumber('actual', 'website-sessions', 2750);
    setNumber('target', 'website-visitors', 3100);
    zip.file(sheetPart, xml);
    writeFileSync(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));

    const saved = await recalculate(file);
    const chart = (await sheetCharts(saved, kpi.name)).charts[0].xml;
    const { series } = chartFormulas(chart);
    const unescape = (s: string | undefined) => s?.replace(/&apos;/g, "'");
    const range = (col: string) => {
      const c = columnLetter(colOf(kpi, col));
      return `'${kpi.name}'!$${c}$${rowOf(kpi, `kpi:${ids[0]}`)}:$${c}$${rowOf(kpi, `kpi:${ids.at(-1)}`)}`;
    };
    // LibreOffice kept the references and cached what it drew from them.
    expect(series.map((s) => unescape(s.values))).toEqual([range('due'), range('actual')]);
    const drawn = (i: number, id: string) => {
      const ser = [...chart.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)][i][1];
      const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(ser)![1];
      const pt = new RegExp(`<c:pt idx="${ids.indexOf(id)}"><c:v>([^<]*)</c:v>`).exec(val);
      return pt ? Number(pt[1]) : undefined;
    };
    expect(drawn(1, 'website-sessions')).toBe(2750);
    expect(drawn(0, 'website-visitors')).toBeCloseTo((3100 * 20) / 31, 6);
    expect(drawn(0, 'website-sessions')).toBeCloseTo((3000 * 20) / 31, 6);
    expect(drawn(1, 'comments')).toBeUndefined();
  }, 180_000);
});
