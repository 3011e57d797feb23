// The generated workbook in a real spreadsheet engine: statuses are live formulas that follow edited actuals.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/build-workbook';
import type { BuildInput } from '../../src/core/model/input';
import { findTemplate } from '../../src/core/template/registry';
import { renderWorkbookToFile } from '../../src/render/excel/render-file';
import { sheetRows } from '../helpers/libreoffice';

const dir = mkdtempSync(path.join(tmpdir(), 'kpi-e2e-'));
const input = (lang: BuildInput['lang']): BuildInput => ({
  template: findTemplate('social-media-content')!, month: '2026-10', today: '2026-11-20', lang,
  data: [
    { kpi: 'website-sessions', month: '2026-10', target: 3000, actual: 3100 }, // met
    { kpi: 'website-visitors', month: '2026-10', target: 2000, actual: 1850 }, // at risk (92.5 %)
    { kpi: 'web-leads', month: '2026-10', target: 40, actual: 20 }, // missed
    { kpi: 'comments', month: '2026-10', target: 100, actual: null }, // no actual, no status
  ],
  events: [],
});
/** Status column of the KPI results sheet, by KPI name, as LibreOffice computed it. */
async function statuses(file: string, sheet: string): Promise<Record<string, string>> {
  const rows = await sheetRows(file, sheet);
  return Object.fromEntries(rows.slice(6).filter((r) => r[0]).map((r) => [r[0], r[9]]));
}

describe.each([
  ['en', { met: 'met', atRisk: 'at risk', missed: 'missed' }],
  ['lv', { met: 'izpildīts', atRisk: 'riska zonā', missed: 'neizpildīts' }],
] as const)('KPI statuses in LibreOffice (%s)', (lang, words) => {
  const report = buildReport(input(lang));
  const kpiSheet = report.workbook.sheets.find((s) => s.id === 'kpi-results')!.name;
  const name = (id: string) => report.kpis.find((k) => k.kpi.id === id)!.kpi.name[lang === 'en' ? 'en' : 'lv']!;
  const file = path.join(dir, `report-${lang}.xlsx`);
  beforeAll(() => renderWorkbookToFile(report.workbook, file));

  it('computes met, at risk, missed and blank', async () => {
    const s = await statuses(file, kpiSheet);
    expect([s[name('website-sessions')], s[name('website-visitors')], s[name('web-leads')], s[name('comments')]])
      .toEqual([words.met, words.atRisk, words.missed, '']);
  });

  it('follows an edited actual after recalculation', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet(kpiSheet)!;
    const row = [...Array(ws.rowCount).keys()].map((i) => i + 1).find((r) => ws.getCell(r, 12).value === 'web-leads')!;
    ws.getCell(row, 7).value = 45; // the manager types the real number of leads
    const edited = path.join(dir, `edited-${lang}.xlsx`);
    await wb.xlsx.writeFile(edited);
    expect((await statuses(edited, kpiSheet))[name('web-leads')]).toBe(words.met);
  });

  it('counts the statuses on the summary', async () => {
    const rows = await sheetRows(file, report.workbook.sheets[0].name);
    expect(rows.slice(7, 10).map((r) => r[1])).toEqual(['1', '1', '1']);
  });
});
