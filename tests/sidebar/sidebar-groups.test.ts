// The sidebar's groups in real Chromium: folding, the user's choice kept across a reload, a failure that opens its
// group, and screenshots in lv, lt and en at Google's 300 px with nothing wider than the sidebar.
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import { ga4Spreadsheet, SIDEBAR_MONTH } from '../helpers/sidebar-document';
import { closeBrowser, openReady, runtimeHandler, type SidebarSession } from '../helpers/sidebar-harness';

const MONTH = SIDEBAR_MONTH;
let session: SidebarSession | undefined;

const spreadsheet = ga4Spreadsheet;

async function open(runtime: AppsScriptRuntime) {
  await session?.close();
  session = await openReady(runtimeHandler(runtime), { locale: 'en-GB' });
  return session.page;
}

/** Which sections are open now, by their data-section. */
const openSections = () => session!.page.evaluate(`[...document.querySelectorAll('details[data-section]')]
  .filter((d) => d.open).map((d) => d.dataset.section)`) as Promise<string[]>;
const quiet = () => session!.page.waitForFunction('!document.body.classList.contains("busy")');
const savedOpen = () => session!.calls.filter((c) => c.name === 'saveSettings')
  .map((c) => (c.args as { open?: string[] }).open);

afterEach(async () => {
  await session?.close();
  session = undefined;
});
afterAll(closeBrowser);

describe('sidebar: groups', () => {
  it('opens the main flow, folds the occasional, folds by click, keeps the choice per user on reload', async () => {
    const runtime = spreadsheet();
    let page = await open(runtime);
    expect(await page.locator('details.group > summary').allTextContents())
      .toEqual(['This month', 'Numbers', 'Report', 'Year and round']);
    expect(await openSections()).toEqual(['month', 'numbers', 'report']);
    expect(await page.textContent('#ga4-state')).toBe('property 123456789');
    expect(await page.textContent('#crm-state')).toBe('not set up');
    expect(await page.textContent('#refresh-state')).toBe('off');
    expect(await page.isVisible('#generate-year')).toBe(false);
    expect(await page.isVisible('#import-ga4')).toBe(false);

    await page.click('#group-periods > summary');
    await page.locator('#generate-year').waitFor({ state: 'visible' });
    await page.click('#group-numbers > summary');
    await page.locator('#source-ga4').waitFor({ state: 'hidden' });
    await quiet();
    expect(savedOpen().at(-1)).toEqual(['month', 'report', 'periods']);
    expect(await openSections()).toEqual(['month', 'report', 'periods']);
    // Kept in the user's own properties, not the document's, so it is this person's choice.
    expect(runtime.userProperties.getProperties()['kpi-planner.sidebar-open']).toBe('["month","report","periods"]');
    expect(runtime.documentProperties.getProperties()['kpi-planner.settings']).not.toContain('periods');

    page = await open(runtime);
    expect(await openSections()).toEqual(['month', 'report', 'periods']);
    expect(await page.isVisible('#generate-year')).toBe(true);
    expect(await page.isVisible('#source-ga4')).toBe(false);

    // Another editor of the same document still gets the defaults.
    const ben = new AppsScriptRuntime({
      userLocale: 'en', now: `${MONTH}-20T09:00:00Z`, spreadsheet: runtime.spreadsheet,
      documentProperties: runtime.documentProperties,
    });
    await open(ben);
    expect(await openSections()).toEqual(['month', 'numbers', 'report']);
    expect(session!.pageErrors).toEqual([]);
  });

  it("last night's failure opens Numbers and the refresh though the user folded them; that is not saved", async () => {
    const runtime = spreadsheet(true);
    runtime.call('saveSettings', { open: ['month'] });
    runtime.call('setDailyRefresh', { on: true });
    runtime.fire(runtime.triggers.triggers[0]);
    const page = await open(runtime);
    expect(await openSections()).toEqual(['month', 'numbers', 'refresh']);
    expect(await page.textContent('#refresh-state')).toBe("last night's refresh had problems");
    expect(await page.locator('#refresh-state').getAttribute('class')).toBe('source-state error');
    expect(await page.isVisible('#refresh-last li')).toBe(true);
    await quiet();
    expect(savedOpen().filter(Boolean)).toEqual([]);
    expect(runtime.userProperties.getProperties()['kpi-planner.sidebar-open']).toBe('["month"]');
  });

  it('a GA4 import that fails says so in its summary, and a field error opens every group around it', async () => {
    const runtime = spreadsheet(true);
    const page = await open(runtime);
    await page.click('#source-ga4 > summary');
    await page.click('#import-ga4');
    await page.locator('.status.error').waitFor();
    expect(await page.textContent('#ga4-state')).toBe('the import failed');
    // Folded away, then asked again with no property: the marked field is shown, its group and source open.
    await page.fill('#ga4-property', '');
    await page.click('#group-numbers > summary');
    await page.locator('#source-ga4').waitFor({ state: 'hidden' });
    await page.evaluate(`document.getElementById('import-ga4').click()`);
    await page.locator('#ga4-property.invalid').waitFor({ state: 'visible' });
    expect(session!.pageErrors).toEqual([]);
  });

  for (const lang of ['lv', 'lt', 'en'] as const) {
    it(`fits 300 px in ${lang} with every group and source open`, async () => {
      mkdirSync('test-artifacts', { recursive: true });
      const runtime = spreadsheet(true);
      runtime.call('setDailyRefresh', { on: true });
      runtime.fire(runtime.triggers.triggers[0]);
      const page = await open(runtime);
      if (lang !== 'en') await page.click(`[data-ui-lang="${lang}"]`);
      await quiet();
      // As it opens: the main flow, and Numbers with last night's failure unfolded.
      await page.screenshot({ path: `test-artifacts/sidebar-groups-${lang}-opening.png`, fullPage: true });
      const folded = page.locator('details[data-section]:not([open]) > summary');
      while (await folded.count()) await folded.first().click();
      await quiet();
      expect(await openSections()).toHaveLength(8);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(300);
      // Every visible control lies inside the sidebar: nothing cut off at the right edge.
      const overflow = await page.evaluate(`[...document.querySelectorAll('button, select, input, summary, h2, p')]
        .filter((n) => n.offsetParent !== null && n.getBoundingClientRect().right > 300.5)
        .map((n) => n.id || n.tagName)`);
      expect(overflow).toEqual([]);
      await page.screenshot({ path: `test-artifacts/sidebar-groups-${lang}.png`, fullPage: true });
      expect(session!.pageErrors).toEqual([]);
    });
  }
});
