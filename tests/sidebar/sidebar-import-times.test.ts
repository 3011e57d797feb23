// In real Chromium against the bundled Code.js: a source line names the last import of the month picked, from
// getState, in a sidebar opened after the import (no extra server call), and not for a month never imported.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AppsScriptRuntime, FakeAnalyticsProperties } from '../helpers/apps-script-runtime';
import { makeSite } from '../helpers/ga4-server';
import { closeBrowser, openReady, runtimeHandler, type SidebarSession } from '../helpers/sidebar-harness';
import { FB_HEADER, FB_ROWS, contentFile } from '../social/fixtures';

const MONTH = '2026-11';
let session: SidebarSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});
afterAll(closeBrowser);

describe('sidebar: the last import of the month, on opening', () => {
  it('shows GA4 and Meta imports made in an earlier session, per month', async () => {
    const analytics = new FakeAnalyticsProperties({ site: makeSite(MONTH) });
    const runtime = new AppsScriptRuntime({ userLocale: 'en', now: `${MONTH}-28T09:00:00Z`, analytics });
    for (const month of ['2026-10', MONTH]) {
      runtime.call('generateSheets', { template: 'social-media-content', month, lang: 'en', events: [] });
    }
    expect(runtime.call('saveSettings', { ga4Property: '123456789' }).ok).toBe(true);
    expect(runtime.call('importGa4', { month: MONTH, property: '123456789' }).ok).toBe(true);
    const text = contentFile(FB_HEADER, FB_ROWS).toString('utf8');
    expect(runtime.call('importSocial', { month: MONTH, files: [{ name: 'facebook-content.csv', text }] }).ok)
      .toBe(true);
    const state = runtime.call('getState');
    expect(state.ok && state.value.imports).toEqual({
      ga4: { [MONTH]: expect.stringMatching(/^2026-11-28 \d\d:\d\d$/) },
      social: { [MONTH]: expect.stringMatching(/^2026-11-28 \d\d:\d\d$/) },
    });
    const at = state.ok ? state.value.imports!.ga4![MONTH] : '';

    session = await openReady(runtimeHandler(runtime), { locale: 'en-GB' });
    const { page } = session;
    expect(await page.textContent('#ga4-state')).toBe(`imported: November 2026, ${at}`);
    expect(await page.textContent('#social-state')).toMatch(/^imported: November 2026, 2026-11-28 \d\d:\d\d$/);
    expect(await page.locator('#ga4-state').getAttribute('class')).toBe('source-state ok');
    // Opening asked the server for the state and the month only.
    expect(session.calls.map((c) => c.name)).toEqual(['getState', 'getMonth']);

    // October was never imported: its lines are the sources' own.
    await page.selectOption('#month', '2026-10');
    await expect.poll(() => page.textContent('#ga4-state')).toBe('property 123456789');
    expect(await page.textContent('#social-state')).toBe('CSV files exported from Meta');
    await page.selectOption('#month', MONTH);
    await expect.poll(() => page.textContent('#ga4-state')).toBe(`imported: November 2026, ${at}`);
    expect(session.pageErrors).toEqual([]);
  });
});
