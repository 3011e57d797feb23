// "Import CRM" in real Chromium: the webhook pasted, shown masked, replaced, removed; the import and its faults.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import { col, row } from '../helpers/apps-script/inspect';
import type { BitrixFault, CrmRow } from '../helpers/bitrix-server';
import { startBitrixWorker, type BitrixWorker } from '../helpers/bitrix-worker';
import { closeBrowser, openReady, runtimeHandler, type SidebarSession } from '../helpers/sidebar-harness';
import { unfold } from '../helpers/sidebar-sections';

const MONTH = '2026-11';
const KPI = `KPI results ${MONTH}`;
const SECRET = 'z5y6secretwebhookcode';
let session: SidebarSession | undefined;
let server: BitrixWorker | undefined;
let runtime: AppsScriptRuntime | undefined;

const leads: CrmRow[] = Array.from({ length: 12 }, (_, i) => ({
  ID: i + 1, DATE_CREATE: `2026-11-0${1 + (i % 9)}T10:00:00+02:00`,
}));

async function open(faults: BitrixFault[] = [], locale = 'en') {
  server = await startBitrixWorker({ secret: SECRET, leads, faults });
  runtime = new AppsScriptRuntime({ userLocale: locale, now: `${MONTH}-20T09:00:00Z` });
  runtime.call('generateSheets', { template: 'social-media-content', month: MONTH, lang: 'en', events: [] });
  session = await openReady(runtimeHandler(runtime), { locale: 'en-GB' });
  await unfold(session.page, 'crm');
  return { page: session.page, rt: runtime, webhook: server.webhook };
}

afterEach(async () => {
  await session?.close();
  await runtime?.urlFetch.close();
  await server?.close();
  session = undefined;
  server = undefined;
  runtime = undefined;
});
afterAll(closeBrowser);

describe('sidebar: Bitrix24 CRM', () => {
  it('saves the pasted webhook, shows only its host, imports the month, removes it', async () => {
    const { page, rt, webhook } = await open();
    expect(await page.isVisible('#crm-url')).toBe(true);
    expect(await page.textContent('#crm-privacy')).toContain('other editors of the spreadsheet do not see it');
    await page.fill('#crm-url', webhook);
    await page.click('#crm-save');
    await page.locator('#status.ok').waitFor();
    expect(await page.textContent('#status p')).toMatch(/^Webhook for 127\.0\.0\.1:\d+ saved\.$/);
    expect(await page.textContent('#crm-current-text')).toMatch(/^Webhook: 127\.0\.0\.1:\d+\/rest\/••••$/);
    expect(await page.isVisible('#crm-url')).toBe(false);
    expect(await page.inputValue('#crm-url')).toBe('');

    await page.click('#import-crm');
    await page.locator('#status.ok p', { hasText: 'CRM numbers' }).waitFor();
    expect(await page.textContent('#status p'))
      .toMatch(/^CRM numbers for November 2026 imported from 127\.0\.0\.1:\d+ into "CRM.*2026-11"\.$/);
    expect(await page.textContent('#status .note')).toBe('12 leads created, 0 deals won. 1 request to Bitrix24.');
    expect(await page.locator('#status li').allTextContents()).toEqual(['New leads in the CRM: 12']);
    expect(rt.sheet(KPI).getRange(row(rt, KPI, 'new-leads'), col(rt, KPI, 'actual')).getValue()).toBe(12);
    expect(await page.content()).not.toContain(SECRET);

    await page.click('#crm-remove');
    await page.locator('#status.ok p', { hasText: 'Webhook removed.' }).waitFor();
    expect(await page.isVisible('#crm-url')).toBe(true);
    // Only the sections this user keeps open remain (the test opened the CRM's), nothing of the webhook.
    expect(Object.keys(rt.userProperties.getProperties())).toEqual(['kpi-planner.sidebar-open']);
    expect(session!.pageErrors).toEqual([]);
  });

  it('a webhook without the crm permission: the message says what to tick, the webhook is marked', async () => {
    const scope = { status: 403, error: 'insufficient_scope', description: 'The request requires higher privileges' };
    const { page, rt, webhook } = await open([scope]);
    rt.call('setCrmWebhook', { url: webhook });
    await page.reload();
    await page.locator('#crm-current-text', { hasText: '••••' }).waitFor();
    await page.click('#import-crm');
    await page.locator('#status.error').waitFor();
    expect(await page.textContent('#status')).toContain('tick the "CRM (crm)" permission');
    expect(await page.getAttribute('[data-field="crmWebhook"]', 'aria-invalid')).toBe('true');
    expect(await page.content()).not.toContain(SECRET);
  });

  it('speaks Latvian: a bad URL is refused without repeating it', async () => {
    const { page } = await open([], 'lv');
    expect(await page.textContent('#import-crm')).toBe('Importēt CRM');
    await page.fill('#crm-url', `https://example.com/${SECRET}`);
    await page.click('#crm-save');
    await page.locator('#status.error').waitFor();
    expect(await page.textContent('#status')).toContain('Tas nav Bitrix24 ienākošā webhook URL');
    expect(await page.textContent('#status')).not.toContain(SECRET);
  });
});
