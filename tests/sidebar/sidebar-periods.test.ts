// The sidebar's year plan and round review sections, in real Chromium against the bundled Code.js.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import { readBook } from '../helpers/xlsx';
import { closeBrowser, openReady, runtimeHandler, type SidebarSession } from '../helpers/sidebar-harness';
import { unfold } from '../helpers/sidebar-sections';

describe('year plan and round review in the sidebar', () => {
  let runtime: AppsScriptRuntime;
  let session: SidebarSession;

  beforeAll(async () => {
    runtime = new AppsScriptRuntime({ userLocale: 'en', now: '2026-03-10T09:00:00Z' });
    session = await openReady(runtimeHandler(runtime), { locale: 'en-GB' });
    await unfold(session.page, 'periods');
  });
  afterAll(async () => {
    await session?.close();
    await closeBrowser();
  });

  const options = (id: string) => session.page.locator(`#${id} option`).allTextContents();

  it("offers the years and the template's rounds, or half-years, and follows the language switch", async () => {
    const { page } = session;
    await page.selectOption('#template', 'social-media-content');
    expect(await options('period-year')).toEqual(['2027', '2026', '2025']);
    expect(await page.inputValue('#period-year')).toBe('2026');
    expect(await options('period-round')).toEqual(['Spring admission 2026', 'Autumn admission 2026']);
    await page.selectOption('#period-year', '2025');
    expect(await options('period-round')).toEqual(['Spring admission 2025', 'Autumn admission 2025']);
    await page.selectOption('#template', 'small-business-tasks');
    expect(await options('period-round')).toEqual(['Half-year 1 2025', 'Half-year 2 2025']);
    await page.click('[data-ui-lang="lv"]');
    expect(await page.textContent('#year-title')).toBe('Gada plāns');
    expect(await options('period-round')).toEqual(['2025. gada 1. pusgads', '2025. gada 2. pusgads']);
    await page.click('[data-ui-lang="en"]');
    await page.waitForFunction('!document.body.classList.contains("busy")');
  });

  it('generates the year plan and the round review, and downloads the round', async () => {
    const { page } = session;
    await page.selectOption('#template', 'social-media-content');
    await page.selectOption('#lang', 'en');
    await page.selectOption('#period-year', '2026');
    await page.click('#generate-year');
    await page.locator('.status.ok').waitFor();
    expect(await page.textContent('.status')).toContain('Year plan 2026 is ready.');
    expect(await page.textContent('.status')).toContain('KPI targets 2026');
    expect(session.calls.find((c) => c.name === 'generatePeriod')?.args).toEqual(
      { template: 'social-media-content', period: '2026', lang: 'en' });

    await page.selectOption('#period-round', '2026-spring');
    await page.click('#generate-round');
    await page.locator('.status.ok', { hasText: 'Round review' }).waitFor();
    expect(await page.textContent('.status')).toContain('Round review 2026-spring');
    expect(runtime.spreadsheet.getSheetByName('Round review 2026-spring')).not.toBeNull();

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-round')]);
    expect(download.suggestedFilename()).toBe('kpi-planner-social-media-content-round-2026-spring.xlsx');
    const file = await download.path();
    const book = await readBook(file!);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Round review 2026-spring', 'Performance form 2026-spring']);
    expect(session.pageErrors).toEqual([]);
  });

  it('says which period has no sheets yet and marks the field', async () => {
    const { page } = session;
    await page.selectOption('#period-year', '2027');
    await page.click('#download-year');
    await page.locator('.status.error').waitFor();
    expect(await page.textContent('.status')).toContain('There are no KPI Planner sheets for 2027 yet');
    expect(await page.getAttribute('[data-field="period"]', 'aria-invalid')).toBe('true');
  });
});
