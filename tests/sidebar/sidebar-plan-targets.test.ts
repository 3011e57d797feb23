// In real Chromium against the bundled Code.js: a month says how many targets came from the year plan, and a round
// made while GA4 fails says so in amber, in GA4's own words, naming the KPIs left empty.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppsScriptRuntime, FakeAnalyticsProperties } from '../helpers/apps-script-runtime';
import { col, row } from '../helpers/apps-script/inspect';
import { makeSite } from '../helpers/ga4-site';
import { closeBrowser, openReady, runtimeHandler, type SidebarSession } from '../helpers/sidebar-harness';
import { unfold } from '../helpers/sidebar-sections';
import { aggregationOf } from '../../src/core/periods';
import { findTemplate } from '../../src/core/template/registry';

/** The GA4 users KPI: its round figure is GA4's whole-round answer, so it is what a GA4 failure leaves empty. */
const SESSIONS = findTemplate('social-media-content')!.kpis.find((k) => k.id === 'website-sessions')!.name.en;
const USERS = findTemplate('social-media-content')!.kpis.find((k) => aggregationOf(k).rule === 'period')!.name.en;

describe('year plan targets and a GA4 failure in the sidebar', () => {
  let runtime: AppsScriptRuntime;
  let session: SidebarSession;

  beforeAll(async () => {
    // GA4 refuses this account the property.
    const analytics = new FakeAnalyticsProperties({ site: makeSite('2026-02'), properties: ['999'] });
    runtime = new AppsScriptRuntime({ userLocale: 'en', now: '2026-02-10T09:00:00Z', analytics });
    session = await openReady(runtimeHandler(runtime), { locale: 'en-GB' });
    await unfold(session.page, 'periods');
  });
  afterAll(async () => {
    await session?.close();
    await closeBrowser();
  });

  it('generates the month with the plan targets and says how many', async () => {
    const { page } = session;
    await page.selectOption('#template', 'social-media-content');
    await page.selectOption('#lang', 'en');
    await page.click('#generate-year');
    await page.locator('.status.ok', { hasText: 'Year plan 2026' }).waitFor();
    const targets = runtime.sheet('KPI targets 2026');
    for (const kpi of ['website-sessions', 'followers-total']) {
      targets.getRange(row(runtime, 'KPI targets 2026', kpi), col(runtime, 'KPI targets 2026', 'm02')).setValue(100);
    }
    await page.click('#generate-all');
    await page.locator('.status.ok', { hasText: 'Done' }).waitFor();
    expect(await page.textContent('.status')).toContain('Targets taken from the year plan: 2.');
  });

  it('warns in amber when a plan target is not a number, naming the tab, the KPI and the month', async () => {
    const { page } = session;
    const targets = runtime.sheet('KPI targets 2026');
    targets.getRange(row(runtime, 'KPI targets 2026', 'website-sessions'), col(runtime, 'KPI targets 2026', 'm02'))
      .setValue('lots');
    await page.click('#generate-all');
    await page.locator('.status.warn').waitFor();
    const text = await page.textContent('.status');
    expect(text).toContain(`KPI targets 2026: the February 2026 target of ${SESSIONS} is "lots", not a number`);
    expect(text).toContain('Targets taken from the year plan: 1.');
    expect(runtime.call('getState').ok).toBe(true);
  });

  it('makes the round without GA4 and shows why, naming the KPI left empty', async () => {
    const { page } = session;
    expect(runtime.call('saveSettings', { ga4Property: '123456789' }).ok).toBe(true);
    await page.selectOption('#period-round', '2026-spring');
    await page.click('#generate-round');
    await page.locator('.status.warn').waitFor();
    const text = await page.textContent('.status');
    expect(text).toContain('Round review');
    expect(text).toContain(`Made without Google Analytics' figures for the whole round; left empty: ${USERS}.`);
    expect(text).toMatch(/cannot read GA4 property 123456789/);
    expect(runtime.spreadsheet.getSheetByName('Round review 2026-spring')).not.toBeNull();
    expect(session.pageErrors).toEqual([]);
  });
});
