// `kpi-planner refresh`: generate, type entries with exceljs, refresh with a GA4 CSV: nothing typed lost, numbers new.
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildWorkbook } from '../../src/core/build-workbook';
import { parseEventsCsv } from '../../src/core/inputs/events-csv';
import { findTemplate } from '../../src/core/template/registry';
import { colOf, rowOf, sheetById } from '../helpers/spec-cells';
import { hasSoffice, recalculate } from '../helpers/libreoffice';
import { filesIn, kpiCell, readWorkbook, tempDir } from './run-cli';
import { runMain } from './run-main';

// vitest cannot import the demo's .csv samples (esbuild bundles them as text); these tests do not use them.
vi.mock('../../templates/samples/demo-data.csv', () => ({ default: '' }));
vi.mock('../../templates/samples/demo-events.csv', () => ({ default: '' }));

const BASE = ['--template', 'social-media-content', '--month', '2026-11', '--today', '2026-12-02', '--lang', 'en'];
const EVENTS = 'type,date,title\nwebinar,2026-11-18,Autumn open day\n';

function ga4Csv(dir: string, name: string, sessions: number, keyEvents: number): string {
  const day = (i: number) => `202611${String(i + 1).padStart(2, '0')}`;
  const days = Array.from({ length: 30 }, (_, i) => `${day(i)},${sessions},${keyEvents}`);
  writeFileSync(path.join(dir, name), `# GA4 export\n\nDate,Sessions,Key events\n${days.join('\n')}\n`);
  return name;
}

/** Where the generator puts things (the layout depends on the template and events, not on the figures). */
function layout() {
  const template = findTemplate('social-media-content')!;
  const events = parseEventsCsv(EVENTS, 'events.csv');
  const data = [{ kpi: 'video-views', month: '2026-11', target: 1000, actual: 100 }];
  return buildWorkbook({ template, month: '2026-11', today: '2026-12-02', lang: 'en', data, events });
}

/** A generated workbook the manager has typed into (through exceljs, like an openpyxl edit). */
async function typedWorkbook(dir: string): Promise<{ file: string; planKey: string }> {
  writeFileSync(path.join(dir, 'events.csv'), EVENTS);
  writeFileSync(path.join(dir, 'data.csv'), 'kpi,month,target,actual\nvideo-views,2026-11,1000,100\n');
  const made = await runMain(
    ['workbook', ...BASE, '--data', 'data.csv', '--events', 'events.csv', '--ga-csv', ga4Csv(dir, 'ga-1.csv', 100, 10),
      '--out', 'r.xlsx'], dir);
  expect(made.code, made.err.join('\n')).toBe(0);
  const file = path.join(dir, 'r.xlsx');
  const spec = layout();
  const wb = await readWorkbook(file);
  const kpis = wb.getWorksheet('KPI results')!;
  const kpiSpec = sheetById(spec, 'kpi-results');
  const set = (ws: typeof kpis, sheet: typeof kpiSpec, row: string, col: string, v: string | number) =>
    (ws.getCell(rowOf(sheet, row), colOf(sheet, col)).value = v);
  set(kpis, kpiSpec, 'kpi:website-sessions', 'target', 5000);
  set(kpis, kpiSpec, 'kpi:reactions', 'actual', 321);
  set(kpis, kpiSpec, 'kpi:web-leads', 'actual', 280); // typed over GA4's 300: stays the manager's
  set(kpis, kpiSpec, 'kpi:reactions', 'comment', '=looks fine');
  const planSpec = sheetById(spec, 'activity-plan');
  const planKey = Object.keys(planSpec.rowKeys ?? {}).find((k) => k.includes('2026-11-18'))!;
  set(wb.getWorksheet(planSpec.name)!, planSpec, planKey, 'status', 'done by hand');
  const review = sheetById(spec, 'review');
  set(wb.getWorksheet(review.name)!, review, 'missed:video-views', 'action', 'Shorter videos, posted at 19:00');
  await wb.xlsx.writeFile(file);
  return { file, planKey };
}

async function expectRefreshed(file: string, planKey: string): Promise<void> {
  const spec = layout();
  const wb = await readWorkbook(file);
  const kpis = wb.getWorksheet('KPI results')!;
  expect(kpiCell(kpis, 'website-sessions', 'actual')).toBe(6000); // GA4's new number
  expect(kpiCell(kpis, 'website-sessions', 'target')).toBe(5000);
  expect(kpiCell(kpis, 'web-leads', 'actual')).toBe(280);
  expect(kpiCell(kpis, 'reactions', 'actual')).toBe(321);
  expect(kpiCell(kpis, 'reactions', 'comment')).toBe('=looks fine');
  expect(kpiCell(kpis, 'video-views', 'target')).toBe(1000);
  expect(kpiCell(kpis, 'video-views', 'actual')).toBe(100);
  const plan = sheetById(spec, 'activity-plan');
  expect(wb.getWorksheet(plan.name)!.getCell(rowOf(plan, planKey), colOf(plan, 'status')).value).toBe('done by hand');
  const review = sheetById(spec, 'review');
  expect(wb.getWorksheet(review.name)!.getCell(rowOf(review, 'missed:video-views'), colOf(review, 'action')).value)
    .toBe('Shorter videos, posted at 19:00');
}

describe('refresh', () => {
  it('keeps every typed entry and takes the new GA4 numbers, over --in', async () => {
    const dir = tempDir();
    const { file, planKey } = await typedWorkbook(dir);
    const ga = ga4Csv(dir, 'ga-2.csv', 200, 20);
    const r = await runMain(['refresh', '--in', 'r.xlsx', '--today', '2026-12-02', '--ga-csv', ga], dir);
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(filesIn(dir)).toEqual(['data.csv', 'events.csv', 'ga-1.csv', 'ga-2.csv', 'r.xlsx']);
    await expectRefreshed(file, planKey);
    // A second refresh still knows which actual GA4 wrote.
    const again = await runMain(['refresh', '--in', 'r.xlsx', '--ga-csv', ga4Csv(dir, 'ga-3.csv', 300, 20)], dir);
    expect(again.code, again.err.join('\n')).toBe(0);
    expect(kpiCell((await readWorkbook(file)).getWorksheet('KPI results')!, 'website-sessions', 'actual')).toBe(9000);
  });

  it.skipIf(!hasSoffice())('refreshes a workbook LibreOffice has re-saved', async () => {
    const dir = tempDir();
    const { file, planKey } = await typedWorkbook(dir);
    const resaved = await recalculate(file);
    copyFileSync(resaved, path.join(dir, 'lo.xlsx'));
    const ga = ga4Csv(dir, 'ga-2.csv', 200, 20);
    const r = await runMain(['refresh', '--in', 'lo.xlsx', '--out', 'new.xlsx', '--ga-csv', ga], dir);
    expect(r.code, r.err.join('\n')).toBe(0);
    await expectRefreshed(path.join(dir, 'new.xlsx'), planKey);
  }, 120_000);

  it('reads a workbook without the meta sheet (the add-on download) by its document properties', async () => {
    const dir = tempDir();
    expect((await runMain(['workbook', ...BASE, '--out', 'r.xlsx'], dir)).code).toBe(0);
    const wb = await readWorkbook(path.join(dir, 'r.xlsx'));
    wb.removeWorksheet(wb.getWorksheet('kpi-planner-meta')!.id);
    wb.getWorksheet('KPI results')!.getCell(rowOf(sheetById(layout(), 'kpi-results'), 'kpi:reactions'),
      colOf(sheetById(layout(), 'kpi-results'), 'actual')).value = 55;
    await wb.xlsx.writeFile(path.join(dir, 'old.xlsx'));
    const r = await runMain(['refresh', '--in', 'old.xlsx', '--out', 'new.xlsx'], dir);
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(r.out.join('\n')).toContain('social-media-content, 2026-11');
    const refreshed = await readWorkbook(path.join(dir, 'new.xlsx'));
    expect(kpiCell(refreshed.getWorksheet('KPI results')!, 'reactions', 'actual')).toBe(55);
  });

  it('bad input exits 2 with one message naming the file', async () => {
    const dir = tempDir();
    const fails = async (args: string[], message: RegExp) => {
      const r = await runMain(['refresh', ...args], dir);
      expect([r.code, r.err.join('\n')]).toEqual([2, expect.stringMatching(message)]);
    };
    writeFileSync(path.join(dir, 'text.xlsx'), 'not a zip');
    await fails([], /missing --in/);
    await fails(['--in', 'text.xlsx'], /text\.xlsx.*not an Excel workbook/);
    await fails(['--in', 'nothing.xlsx'], /nothing\.xlsx.*no such file/);
    const ExcelJS = (await import('exceljs')).default;
    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet('Sheet1').getCell('A1').value = 1;
    await foreign.xlsx.writeFile(path.join(dir, 'foreign.xlsx'));
    await fails(['--in', 'foreign.xlsx'], /foreign\.xlsx.*not made by KPI Planner/);
    expect((await runMain(['workbook', ...BASE, '--out', 'r.xlsx'], dir)).code).toBe(0);
    await fails(['--in', 'r.xlsx', '--out', 'gone/new.xlsx'], /--out.*does not exist/);
    const wb = await readWorkbook(path.join(dir, 'r.xlsx'));
    wb.getWorksheet('kpi-planner-meta')!.getCell('B2').value = 'no-such-template';
    await wb.xlsx.writeFile(path.join(dir, 'odd.xlsx'));
    await fails(['--in', 'odd.xlsx'], /odd\.xlsx.*"no-such-template".*social-media-content/);
  });
});
