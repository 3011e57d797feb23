// The manager's month in real Chromium against the bundled Code.js: open, add an event, generate, type, download.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labels } from '../../src/core/i18n';
import { AppsScriptRuntime, type FakeSheet } from '../helpers/apps-script-runtime';
import { recalculate, sheetRows } from '../helpers/libreoffice';
import { closeBrowser, openSidebar, runtimeHandler, type SidebarSession } from '../helpers/sidebar-harness';

const ARTIFACTS = 'test-artifacts';
const MONTH = '2026-11';
const TEMPLATE = 'digital-marketing-strategy';
const lv = labels('lv');
const KPI_SHEET = `${lv.sheets['kpi-results']} ${MONTH}`;

/** Row and columns of one KPI in the live KPI results sheet, found by its key and the header labels. */
function kpiCells(sheet: FakeSheet, key: string) {
  // The whole tab: generated tabs are trimmed to what they hold.
  const grid = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).getValues().map((row) => row.map(String));
  const header = grid.findIndex((row) => row.includes(lv.kpi.actual));
  const col = (label: string) => grid[header].indexOf(label) + 1;
  const row = grid.findIndex((r, i) => i > header && r.includes(key)) + 1;
  return { row, target: col(lv.kpi.target), actual: col(lv.kpi.actual), status: col(lv.kpi.status) };
}

describe('sidebar with the in-memory Apps Script', () => {
  let runtime: AppsScriptRuntime;
  let session: SidebarSession;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    runtime = new AppsScriptRuntime({ userLocale: 'lv', now: `${MONTH}-10T09:00:00Z` });
    session = await openSidebar(runtimeHandler(runtime), { locale: 'lv-LV' });
  });
  afterAll(async () => {
    await session?.close();
    await closeBrowser();
  });

  it('opens with the templates, this month and the user’s language', async () => {
    const { page } = session;
    await page.locator('#form').waitFor({ state: 'visible' });
    expect(await page.getAttribute('html', 'lang')).toBe('lv');
    expect(await page.textContent('#generate-all')).toBe('Izveidot visas lapas');
    expect(await page.getAttribute('[data-ui-lang="lv"]', 'aria-pressed')).toBe('true');
    const templates = await page.locator('#template option').allTextContents();
    expect(templates).toContain('Digitālā mārketinga stratēģijas izstrādes un ieviešanas process');
    expect(templates).toHaveLength(3);
    expect(await page.inputValue('#month')).toBe(MONTH);
    expect(await page.inputValue('#lang')).toBe('lv');
    expect(session.calls.map((c) => c.name)).toEqual(['getState']);
  });

  it('adds an open day and generates every sheet', async () => {
    const { page } = session;
    await page.selectOption('#template', TEMPLATE);
    await page.click('#add-event');
    await page.selectOption('[data-field="events[0].type"]', 'open-day');
    await page.fill('[data-field="events[0].date"]', `${MONTH}-20`);
    await page.fill('[data-field="events[0].time"]', '10:00');
    await page.fill('[data-field="events[0].title"]', 'Atvērto durvju diena');
    await page.click('#generate-all');
    await page.locator('#status.ok').waitFor();

    const generate = session.calls.find((c) => c.name === 'generateSheets');
    expect(generate?.args).toEqual({
      template: TEMPLATE, month: MONTH, lang: 'lv',
      events: [{ type: 'open-day', date: `${MONTH}-20`, time: '10:00', title: 'Atvērto durvju diena' }],
    });
    const names = runtime.spreadsheet.sheets.map((s) => s.name);
    for (const id of ['activity-plan', 'campaign', 'kpi-results', 'review'] as const) expect(names).toContain(`${lv.sheets[id]} ${MONTH}`);
    const status = await page.textContent('#status');
    expect(status).toContain('Gatavs');
    expect(status).toContain(KPI_SHEET);
    // The template choice was remembered for next time.
    expect(session.calls).toContainEqual({ name: 'saveSettings', args: { template: TEMPLATE } });
    expect(await page.locator('#month option:checked').textContent()).toContain('✓');
    await page.screenshot({ path: path.join(ARTIFACTS, 'sidebar-lv.png'), fullPage: true });
  });

  it('downloads the report with what the manager typed, and LibreOffice computes its status', async () => {
    const { page } = session;
    // As the manager would: a target and an actual for leads, typed into the live sheet.
    const sheet = runtime.sheet(KPI_SHEET);
    const leads = kpiCells(sheet, 'leads');
    sheet.getRange(leads.row, leads.target).setValue(90);
    sheet.getRange(leads.row, leads.actual).setValue(12);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe(`kpi-planner-${TEMPLATE}-${MONTH}.xlsx`);
    const file = path.resolve(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(file);
    await page.locator('#status.ok').waitFor();
    expect(await page.textContent('#status')).toContain(download.suggestedFilename());
    await page.screenshot({ path: path.join(ARTIFACTS, 'sidebar-lv-download.png'), fullPage: true });
    // The fallback link saves the same file again, without another trip to the server.
    const calls = session.calls.length;
    const [again] = await Promise.all([page.waitForEvent('download'), page.click('#status a.save')]);
    expect(again.suggestedFilename()).toBe(download.suggestedFilename());
    expect(session.calls.length).toBe(calls);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const tabs = book.worksheets.map((w) => w.name);
    expect(tabs).toEqual(expect.arrayContaining([KPI_SHEET, `${lv.sheets['activity-plan']} ${MONTH}`, `${lv.sheets.review} ${MONTH}`]));
    const kpi = book.getWorksheet(KPI_SHEET)!;
    expect(kpi.getCell(leads.row, leads.actual).value).toBe(12);

    // 12 of the 30 due by the 10th (a third of November) is 40 %: missed.
    const recalculated = new ExcelJS.Workbook();
    await recalculated.xlsx.readFile(await recalculate(file));
    const status = recalculated.getWorksheet(KPI_SHEET)!.getCell(leads.row, leads.status);
    // The status is a code (−1 missed) that its number format shows as the sheet's word.
    expect(status.result ?? status.value).toBe(-1);
    const shown = await sheetRows(file, KPI_SHEET);
    expect(shown[leads.row - 1][leads.status - 1]).toBe(lv.status.missed);
  });

  it('switches to English, remembers it, and regenerates one sheet keeping the typed entries', async () => {
    const { page } = session;
    await page.click('[data-ui-lang="en"]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('#generate-all')).toBe('Generate all sheets');
    expect(await page.textContent('#generate-kpi-results')).toBe('KPI results');
    expect(await page.locator('[data-field="events[0].type"] option:checked').textContent()).toBe('Open day');
    await expect.poll(() => session.calls.at(-1)).toEqual({ name: 'saveSettings', args: { uiLang: 'en' } });

    await page.click('#campaign summary');
    await page.fill('#theme', 'Open day in November');
    await page.click('#generate-kpi-results');
    await page.locator('#status.ok').waitFor();
    const status = await page.textContent('#status');
    expect(status).toContain('Done');
    // The server counts every kept value (pre-filled task statuses too), so at least the two typed here.
    expect(Number(/Typed entries kept: (\d+)\./.exec(status ?? '')?.[1])).toBe(2);
    expect(session.calls.at(-1)?.args).toMatchObject({ sheets: ['kpi-results'], campaign: { theme: 'Open day in November' } });
    const leads = kpiCells(runtime.sheet(KPI_SHEET), 'leads');
    expect(runtime.sheet(KPI_SHEET).getRange(leads.row, leads.actual).getValue()).toBe(12);
    await page.screenshot({ path: path.join(ARTIFACTS, 'sidebar-en.png'), fullPage: true });
  });

  it('opens in the saved language next time, with the month’s events back', async () => {
    const again = await openSidebar(runtimeHandler(runtime), { locale: 'lv-LV' });
    try {
      await again.page.locator('[data-field="events[0].title"]').waitFor();
      expect(await again.page.getAttribute('html', 'lang')).toBe('en');
      expect(await again.page.inputValue('[data-field="events[0].title"]')).toBe('Atvērto durvju diena');
      expect(await again.page.inputValue('#template')).toBe(TEMPLATE);
      expect(again.calls.map((c) => c.name)).toEqual(['getState', 'getMonth']);
      expect(again.blocked).toEqual([]);
    } finally {
      await again.close();
    }
    expect(session.blocked).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
