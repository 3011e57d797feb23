// "Import Google Analytics" in real Chromium against the bundled Code.js and an AnalyticsData stand-in.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AppsScriptRuntime, FakeAnalyticsProperties } from '../helpers/apps-script-runtime';
import type { AnalyticsDataOptions } from '../helpers/apps-script/analytics-data';
import { col, row } from '../helpers/apps-script/inspect';
import { makeSite } from '../helpers/ga4-server';
import { closeBrowser, gate, openSidebar, runtimeHandler, type SidebarSession } from '../helpers/sidebar-harness';
import { unfold } from '../helpers/sidebar-sections';

const MONTH = '2026-11';
const KPI = `KPI results ${MONTH}`;
let session: SidebarSession | undefined;

/** A spreadsheet whose November is generated, with a GA4 stand-in; `saved` is a property remembered earlier. */
async function open(options: Partial<AnalyticsDataOptions> = {}, saved?: string, hold?: Promise<void>) {
  const analytics = new FakeAnalyticsProperties({ site: makeSite(MONTH), ...options });
  const runtime = new AppsScriptRuntime({ userLocale: 'en', now: `${MONTH}-20T09:00:00Z`, analytics });
  runtime.call('generateSheets', { template: 'social-media-content', month: MONTH, lang: 'en', events: [] });
  if (saved) runtime.call('saveSettings', { ga4Property: saved });
  const run = runtimeHandler(runtime);
  session = await openSidebar(async (name, args) => {
    if (name === 'importGa4' && hold) await hold;
    return run(name, args);
  }, { locale: 'en-GB' });
  await session.page.locator('#form').waitFor({ state: 'visible' });
  await unfold(session.page, 'ga4');
  return { page: session.page, runtime, analytics };
}

afterEach(async () => {
  await session?.close();
  session = undefined;
});
afterAll(closeBrowser);

describe('sidebar: Import Google Analytics', () => {
  it('imports the month with the remembered property and shows what was filled', async () => {
    const held = gate();
    const { page, runtime } = await open({}, '123456789', held.wait);
    expect(await page.inputValue('#ga4-property')).toBe('123456789');
    expect(await page.textContent('label:has(#ga4-property) > span')).toBe('GA4 property ID');
    await page.click('#import-ga4');
    await page.locator('#status.progress').waitFor();
    expect(await page.textContent('#status')).toBe('Importing Google Analytics…');
    expect(await page.isDisabled('#import-ga4')).toBe(true);
    held.open();
    await page.locator('#status.ok').waitFor();
    expect(session!.calls.find((c) => c.name === 'importGa4')?.args).toEqual({ month: MONTH, property: '123456789' });
    expect(await page.textContent('#status p')).toBe(`Google Analytics for November 2026 imported from property 123456789 into "GA4 data ${MONTH}".`);
    const items = await page.locator('#status li').allTextContents();
    expect(items).toContain('Website visitors: 1,500');
    expect(items).toContain('Traffic from social media: 650');
    expect(await page.textContent('#status .note')).toBe('Time zone Europe/Riga, currency EUR; 1 request to GA4.');
    expect(runtime.sheet(KPI).getRange(row(runtime, KPI, 'website-visitors'), col(runtime, KPI, 'actual')).getValue()).toBe(1500);
    await page.screenshot({ path: 'test-artifacts/sidebar-ga4-en.png', fullPage: true });
    expect(session!.pageErrors).toEqual([]);
  });

  it('shows sampled, thresholded and "(other)" data as a visible warning', async () => {
    const metadata = () => ({ samplingMetadatas: [{ samplesReadCount: '500', samplingSpaceSize: '1000' }], subjectToThresholding: true, dataLossFromOtherRow: true });
    const { page } = await open({ metadata });
    await page.fill('#ga4-property', 'properties/123456789');
    await page.click('#import-ga4');
    await page.locator('#status.warn').waitFor();
    const warnings = await page.locator('#status .warning').allTextContents();
    expect(warnings).toEqual([
      '⚠ GA4 sampled the data: the numbers are estimates.',
      '⚠ GA4 may have withheld rows (privacy thresholds): small numbers can be missing.',
      '⚠ GA4 folded some rows into "(other)": the channel or campaign breakdown is incomplete.',
    ]);
    expect(await page.locator('#status .warning').first().isVisible()).toBe(true);
    await page.screenshot({ path: 'test-artifacts/sidebar-ga4-warning-en.png', fullPage: true });
  });

  it('marks the property field when GA4 refuses the account, and when it is empty', async () => {
    const { page, analytics } = await open({ properties: ['999'] });
    await page.click('#import-ga4');
    await page.locator('#status.error').waitFor();
    expect(analytics.calls).toHaveLength(0);
    expect(await page.getAttribute('#ga4-property', 'aria-invalid')).toBe('true');
    expect(await page.textContent('.field-error')).toContain('Type the GA4 property ID');

    await page.fill('#ga4-property', '123456789');
    expect(await page.getAttribute('#ga4-property', 'aria-invalid')).toBeNull();
    await page.click('#import-ga4');
    await expect.poll(() => page.textContent('#status p')).toContain('cannot read GA4 property 123456789');
    expect(await page.getAttribute('#ga4-property', 'class')).toContain('invalid');
    expect(await page.textContent('.field-error')).toContain('Viewer role');
    await page.screenshot({ path: 'test-artifacts/sidebar-ga4-error-en.png', fullPage: true });
  });

  it('names the field by its label when the ID is not a number', async () => {
    const { page } = await open();
    await page.fill('#ga4-property', 'G-ABC123');
    await page.click('#import-ga4');
    await page.locator('#status.error').waitFor();
    expect(await page.textContent('#status p')).toMatch(/^Please check "GA4 property ID": digits only.*measurement ID$/);
    expect(await page.getAttribute('#ga4-property', 'aria-invalid')).toBe('true');
  });

  it('speaks Latvian', async () => {
    const { page } = await open({}, '123456789');
    await page.click('[data-ui-lang="lv"]');
    expect(await page.textContent('#import-ga4')).toBe('Importēt Google Analytics');
    expect(await page.textContent('label:has(#ga4-property) > span')).toBe('GA4 īpašuma ID');
    await page.click('#import-ga4');
    await page.locator('#status.ok').waitFor();
    // Latvian writes four-digit numbers without a group separator (CLDR); KPI names follow the sheets' language.
    expect(await page.locator('#status li').allTextContents()).toContain('Website visitors: 1500');
    expect(await page.textContent('#status p')).toContain('importēti no īpašuma 123456789');
  });
});
