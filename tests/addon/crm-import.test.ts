// "Import CRM" through the in-memory Apps Script: the webhook in the user's properties, real HTTP to the stand-in.
import { afterEach, describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import { cellAt, snapshot } from '../helpers/apps-script/inspect';
import type { BitrixFault, CrmRow } from '../helpers/bitrix-server';
import type { BitrixWorker } from '../helpers/bitrix-worker';
import { closeBitrix, closesAfterTest, startBitrix, stopBitrix } from '../helpers/bitrix-session';

const MONTH = '2026-11';
const KPI = `KPI results ${MONTH}`;
const SECRET = 'q7w8secretwebhookcode';
const ARGS = { template: 'social-media-content', month: MONTH, lang: 'en', events: [] };
const TOO_MANY = { error: 'QUERY_LIMIT_EXCEEDED', description: 'Too many requests' };

let server: BitrixWorker | undefined;
afterEach(closeBitrix);

/** 37 leads in November on the portal's wall (+02:00), one the night before, one the morning after. */
function leads(n = 37): CrmRow[] {
  const rows: CrmRow[] = [
    { ID: 1, DATE_CREATE: '2026-10-31T23:59:59+02:00' }, { ID: 2, DATE_CREATE: '2026-12-01T00:00:01+02:00' },
  ];
  for (let i = 0; i < n; i++) {
    rows.push({ ID: 10 + i, DATE_CREATE: `2026-11-${String(1 + (i % 30)).padStart(2, '0')}T09:00:00+02:00` });
  }
  return rows;
}

interface SetupOptions {
  faults?: BitrixFault[];
  commandErrors?: Record<string, { error: string; description: string }>;
  rows?: CrmRow[];
}
async function setup(opts: SetupOptions = {}) {
  server = await startBitrix({ secret: SECRET, leads: opts.rows ?? leads(), ...opts });
  const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-20T09:00:00Z' });
  closesAfterTest(rt);
  const generated = rt.call('generateSheets', ARGS);
  if (!generated.ok) throw new Error(generated.error);
  const set = rt.call('setCrmWebhook', { url: server.webhook });
  if (!set.ok) throw new Error(set.error);
  return rt;
}

const cell = (rt: AppsScriptRuntime, key: string, column: string) => cellAt(rt, KPI, key, column);

/** Everything the user or a log could see: replies, logs, every property, every cell and tag. */
function visible(rt: AppsScriptRuntime, replies: unknown[]): string {
  return JSON.stringify([replies, rt.logs, rt.documentProperties.getProperties(), snapshot(rt)]);
}

describe('the Bitrix24 webhook in the add-on', () => {
  it("lives in the user's own properties, shown masked; replaced and removed; a bad one is never echoed", async () => {
    const rt = await setup();
    expect(Object.values(rt.userProperties.getProperties()).join()).toContain(SECRET);
    expect(JSON.stringify(rt.documentProperties.getProperties())).not.toContain(SECRET);
    const shown = rt.call('getState', {});
    expect(shown).toMatchObject({ ok: true, value: { sources: { crmWebhook: {
      portal: expect.stringMatching(/^127\.0\.0\.1:\d+$/),
      masked: expect.stringMatching(/^127\.0\.0\.1:\d+\/rest\/••••$/),
    } } } });
    expect(JSON.stringify(shown)).not.toContain(SECRET);
    const bad = rt.call('setCrmWebhook', { url: `https://portal.example/${SECRET}-not-a-hook` });
    expect(bad).toMatchObject({ ok: false, field: 'crmWebhook', error: expect.stringContaining('inbound webhook') });
    expect(JSON.stringify(bad)).not.toContain(SECRET);
    const replaced = rt.call('setCrmWebhook', { url: 'https://other.bitrix24.eu/rest/9/zz11otherhookcode/' });
    expect(replaced).toMatchObject({
      ok: true, value: { portal: 'other.bitrix24.eu', masked: 'other.bitrix24.eu/rest/••••' },
    });
    expect(rt.call('removeCrmWebhook', {})).toEqual({ ok: true, value: null });
    expect(rt.call('getState', {})).toMatchObject({ ok: true, value: { sources: { crmWebhook: null } } });
    expect(rt.call('importCrm', { month: MONTH })).toMatchObject({
      ok: false, field: 'crmWebhook', error: expect.stringContaining('Add your Bitrix24'),
    });
  });
});

describe('importCrm', () => {
  it("fills the CRM KPI's actual from one batch call, keeps a typed number, refreshes its own", async () => {
    const rt = await setup();
    const first = rt.call('importCrm', { month: MONTH });
    expect(first).toMatchObject({ ok: true, value: { month: MONTH, requests: 1, sheets: expect.arrayContaining([KPI]),
      actuals: [{ kpi: 'new-leads', name: 'New leads in the CRM', value: 37 }] } });
    expect(cell(rt, 'new-leads', 'actual').getValue()).toBe(37);
    // The CRM data sheet (the core's) comes from the same batch: leads by source and day, won deals.
    const crmSheet = (first as { value: { sheet: string } }).value.sheet;
    expect(first).toMatchObject({ value: { leads: 37, wonDeals: 0, sheets: expect.arrayContaining([crmSheet]) } });
    expect(rt.spreadsheet.getSheetByName((first as { value: { sheet: string } }).value.sheet)).not.toBeNull();
    // getState tells the sidebar when November was last imported from the CRM (its source line on opening).
    expect(rt.call('getState', {})).toMatchObject({
      ok: true, value: { imports: { crm: { [MONTH]: expect.stringMatching(/^2026-11-20 \d\d:\d\d$/) } } },
    });
    const calls = await server!.calls();
    expect(calls.map((c) => c.method)).toEqual(['batch']);
    expect(JSON.stringify(calls[0].body)).toContain('filter%5B%3E%3DDATE_CREATE%5D=2026-11-01T00%3A00%3A00');

    // Regenerating keeps the imported number like any entry; a re-import refreshes it (it is still the import's).
    cell(rt, 'new-leads', 'comment').setValue('from the CRM');
    expect(rt.call('generateSheets', ARGS).ok).toBe(true);
    expect(cell(rt, 'new-leads', 'actual').getValue()).toBe(37);
    // The manager types over it: that stays, and the reply says so next to the CRM's number.
    cell(rt, 'new-leads', 'actual').setValue(40);
    const again = rt.call('importCrm', { month: MONTH });
    expect(again).toMatchObject({ ok: true, value: { actuals: [{ kpi: 'new-leads', value: 37, typed: 40 }] } });
    expect(cell(rt, 'new-leads', 'actual').getValue()).toBe(40);
    expect(cell(rt, 'new-leads', 'comment').getValue()).toBe('from the CRM');
    expect(visible(rt, [first, again])).not.toContain(SECRET);
  });

  it('waits out a 503 QUERY_LIMIT_EXCEEDED and succeeds on the second attempt', async () => {
    const rt = await setup({ faults: [{ status: 503, ...TOO_MANY }] });
    const reply = rt.call('importCrm', { month: MONTH });
    expect(reply).toMatchObject({ ok: true, value: { actuals: [{ value: 37 }] } });
    expect(rt.utilities.sleeps).toEqual([1000]);
    expect((await server!.calls()).map((c) => c.status)).toEqual([503, 200]);
  });

  const higher = 'The request requires higher privileges than provided by the webhook token';
  const faults: [string, Parameters<typeof setup>[0], RegExp, string | undefined][] = [
    ['401 NO_AUTH_FOUND',
      { faults: [{ status: 401, error: 'NO_AUTH_FOUND', description: 'Wrong authorization data' }] },
      /did not accept the webhook.*Inbound webhook/, 'crmWebhook'],
    ['403 insufficient_scope', { faults: [{ status: 403, error: 'insufficient_scope', description: higher }] },
      /tick the "CRM \(crm\)" permission/, 'crmWebhook'],
    ['400 with an empty code', { faults: [{ status: 400, error: '', description: 'Access denied.' }] },
      /may not read these records.*Access permissions/, undefined],
    ['"Access denied." inside the batch',
      { commandErrors: { 'crm.lead.list': { error: '', description: 'Access denied.' } } },
      /may not read these records \(KPI new-leads\)/, undefined],
    ['503 every time', { faults: [{ status: 503, ...TOO_MANY, times: 9 }] },
      /kept refusing requests as too many \(tried 4 times\)/, undefined],
  ];
  for (const [name, opts, words, field] of faults) {
    it(`${name}: a message the manager can act on, nothing changed, the webhook nowhere`, async () => {
      const rt = await setup(opts);
      const before = snapshot(rt);
      const reply = rt.call('importCrm', { month: MONTH });
      expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(words) });
      expect((reply as { field?: string }).field).toBe(field);
      expect(snapshot(rt)).toBe(before);
      expect(visible(rt, [reply])).not.toContain(SECRET);
      expect(rt.logs).toEqual([]);
    });
  }

  it('an unreachable portal: the message names the host, never the URL Apps Script quoted', async () => {
    const rt = await setup();
    await stopBitrix();
    const reply = rt.call('importCrm', { month: MONTH });
    expect(reply).toMatchObject({
      ok: false, field: 'crmWebhook',
      error: expect.stringMatching(/Could not reach the Bitrix24 portal \(tried 4 times\).*\[127\.0\.0\.1:\d+\]/),
    });
    expect(visible(rt, [reply])).not.toContain(SECRET);
  });
});
