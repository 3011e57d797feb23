// The daily refresh in real Chromium: turned on and off, as whom it runs, and last night's failure on opening.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import { ga4Spreadsheet, SIDEBAR_MONTH } from '../helpers/sidebar-document';
import { closeBrowser, openReady, runtimeHandler, type SidebarSession } from '../helpers/sidebar-harness';
import { unfold } from '../helpers/sidebar-sections';

const MONTH = SIDEBAR_MONTH;
let session: SidebarSession | undefined;

const spreadsheet = ga4Spreadsheet;

async function open(runtime: AppsScriptRuntime) {
  session = await openReady(runtimeHandler(runtime), { locale: 'en-GB' });
  await unfold(session.page, 'refresh');
  return session.page;
}

afterEach(async () => {
  await session?.close();
  session = undefined;
});
afterAll(closeBrowser);

describe('sidebar: daily refresh', () => {
  it('turns on and off, saying plainly that it runs as the person who turned it on', async () => {
    const runtime = spreadsheet();
    const page = await open(runtime);
    expect(await page.textContent('#refresh-status')).toBe('Off.');
    expect(await page.textContent('#refresh-runs-as')).toContain('runs as the person who turned it on');
    await page.click('#refresh-toggle');
    await page.locator('#refresh-status', { hasText: 'On: it runs every morning as you.' }).waitFor();
    expect(await page.textContent('#refresh-toggle')).toBe('Turn off');
    expect(runtime.triggers.triggers.map((t) => t.handler)).toEqual(['dailyRefresh']);
    await page.click('#refresh-toggle');
    await page.locator('#refresh-status', { hasText: 'Off.' }).waitFor();
    expect(runtime.triggers.triggers).toEqual([]);
    expect(session!.pageErrors).toEqual([]);
  });

  it("another editor's refresh that stopped running shows as off, with Turn on to take over", async () => {
    const anna = spreadsheet();
    anna.call('setDailyRefresh', { on: true });
    // Ben opens the same document three days later, with his own properties and triggers.
    const ben = new AppsScriptRuntime({ userLocale: 'en', now: `${MONTH}-23T09:00:00Z`, spreadsheet: anna.spreadsheet,
      documentProperties: anna.documentProperties });
    const page = await open(ben);
    expect(await page.textContent('#refresh-status')).toBe('Off: another editor turned it on, but it has not run '
      + 'since 2026-11-20 06:10 (their trigger may have been deleted). Turn it on to run it as you.');
    expect(await page.isVisible('#refresh-toggle')).toBe(true);
    await page.click('#refresh-toggle');
    await page.locator('#refresh-status', { hasText: 'On: it runs every morning as you.' }).waitFor();
    expect(ben.triggers.triggers.map((t) => t.handler)).toEqual(['dailyRefresh']);
    expect(session!.pageErrors).toEqual([]);
  });

  it("shows last night's failure the next time it opens", async () => {
    const runtime = spreadsheet(true);
    runtime.call('setDailyRefresh', { on: true });
    runtime.fire(runtime.triggers.triggers[0]);
    const page = await open(runtime);
    await page.locator('#refresh-last.warn').waitFor();
    expect(await page.textContent('#refresh-last p')).toBe('The last refresh (2026-11-20 06:10) had problems:');
    expect(await page.locator('#refresh-last li').allTextContents()).toEqual([
      expect.stringMatching(/^Google Analytics: This Google account cannot read GA4 property 123456789/),
    ]);
    await page.screenshot({ path: 'test-artifacts/sidebar-refresh-en.png', fullPage: true });
  });
});
