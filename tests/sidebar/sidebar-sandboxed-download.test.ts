// The Excel download as Sheets serves the sidebar: a sandboxed iframe of another origin, the writer loaded on demand.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labels } from '../../src/core/i18n';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import {
  closeBrowser, HTMLSERVICE_SANDBOX, openSidebar, runtimeHandler, type SidebarSession,
} from '../helpers/sidebar-harness';

const ARTIFACTS = 'test-artifacts';
const MONTH = '2026-11';
const TEMPLATE = 'social-media-content';
const en = labels('en');
const FILE = `kpi-planner-${TEMPLATE}-${MONTH}.xlsx`;
const names = (s: SidebarSession) => s.calls.map((c) => c.name);

describe('download from the sandboxed, cross-origin sidebar frame', () => {
  let runtime: AppsScriptRuntime;
  let session: SidebarSession;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    runtime = new AppsScriptRuntime({ userLocale: 'en', now: `${MONTH}-10T09:00:00Z` });
    const made = runtime.call('generateSheets', { template: TEMPLATE, month: MONTH, lang: 'en', events: [] });
    expect(made.ok).toBe(true);
    session = await openSidebar(runtimeHandler(runtime), { locale: 'en-GB', sandbox: HTMLSERVICE_SANDBOX });
    await session.sidebar.locator('#form').waitFor({ state: 'visible' });
  });
  afterAll(async () => {
    await session?.close();
    await closeBrowser();
  });

  it('runs in an iframe of another origin with HtmlService’s sandbox, without the Excel writer', async () => {
    const { page, sidebar } = session;
    expect(sidebar).not.toBe(page.mainFrame());
    const inner = String(await sidebar.evaluate('location.origin'));
    const outer = String(await page.evaluate('location.origin'));
    expect(new URL(inner).hostname).toBe('localhost');
    expect(new URL(outer).hostname).toBe('127.0.0.1');
    expect(await page.getAttribute('iframe#sidebar', 'sandbox')).toBe(HTMLSERVICE_SANDBOX.join(' '));
    // The first load is the light page: no exceljs until the manager asks for a file.
    expect(await sidebar.evaluate("'__kpiPlannerExcelWriter' in window || 'ExcelJS' in window")).toBe(false);
    expect(names(session)).not.toContain('getExcelWriter');
  });

  it('loads the writer on the first download, the .xlsx arrives, “save again” saves the same file', async () => {
    const { page, sidebar } = session;
    const [download] = await Promise.all([page.waitForEvent('download'), sidebar.click('#download')]);
    expect(download.suggestedFilename()).toBe(FILE);
    const file = path.resolve(ARTIFACTS, `sandboxed-${FILE}`);
    await download.saveAs(file);
    await sidebar.locator('#status.ok').waitFor();
    expect(await sidebar.textContent('#status')).toContain(FILE);
    expect(names(session).filter((n) => n === 'getExcelWriter')).toHaveLength(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'sidebar-sandboxed-download.png') });

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((w) => w.name)).toContain(`${en.sheets['kpi-results']} ${MONTH}`);

    // The fallback: a fresh click on the link saves the very same bytes, without asking the server again.
    const before = session.calls.length;
    const [again] = await Promise.all([page.waitForEvent('download'), sidebar.click('#status a.save')]);
    expect(again.suggestedFilename()).toBe(FILE);
    const second = path.resolve(ARTIFACTS, `sandboxed-again-${FILE}`);
    await again.saveAs(second);
    expect(readFileSync(second).equals(readFileSync(file))).toBe(true);
    expect(session.calls.length).toBe(before);
  });

  it('injects the writer once: the next download asks only for the sheets', async () => {
    const { page, sidebar } = session;
    const before = names(session).length;
    const [download] = await Promise.all([page.waitForEvent('download'), sidebar.click('#download')]);
    expect(download.suggestedFilename()).toBe(FILE);
    expect(names(session).slice(before)).toEqual(['getDownloadSpec']);
    expect(await sidebar.locator('script').count()).toBe(1);
    expect(session.pageErrors).toEqual([]);
    expect(session.blocked).toEqual([]);
  });
});

describe('the same frame without allow-downloads', () => {
  it('gets no file: the sandbox flag is what lets the download through', async () => {
    const runtime = new AppsScriptRuntime({ userLocale: 'en', now: `${MONTH}-10T09:00:00Z` });
    runtime.call('generateSheets', { template: TEMPLATE, month: MONTH, lang: 'en', events: [] });
    const sandbox = HTMLSERVICE_SANDBOX.filter((flag) => flag !== 'allow-downloads');
    const session = await openSidebar(runtimeHandler(runtime), { locale: 'en-GB', sandbox });
    try {
      const { page, sidebar } = session;
      const warnings: string[] = [];
      page.on('console', (m) => warnings.push(m.text()));
      const downloads: string[] = [];
      page.on('download', (d) => downloads.push(d.suggestedFilename()));
      await sidebar.locator('#form').waitFor({ state: 'visible' });
      await sidebar.click('#download');
      await sidebar.locator('#status.ok').waitFor();
      // Chromium says why it dropped the download; the sidebar still offers the link.
      await expect.poll(() => warnings.join('\n')).toMatch(/allow-downloads/);
      expect(downloads).toEqual([]);
      expect(await sidebar.getAttribute('#status a.save', 'download')).toBe(FILE);
    } finally {
      await session.close();
    }
  });
});
