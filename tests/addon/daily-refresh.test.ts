// The daily refresh in the in-memory Apps Script: its trigger turned on once, fired, logged, failing cleanly, off.
import { afterEach, describe, expect, it } from 'vitest';
import { AppsScriptRuntime, FakeAnalyticsProperties } from '../helpers/apps-script-runtime';
import { cellAt } from '../helpers/apps-script/inspect';
import type { BitrixFault, CrmRow } from '../helpers/bitrix-server';
import type { BitrixWorker } from '../helpers/bitrix-worker';
import { closeBitrix, closesAfterTest, startBitrix } from '../helpers/bitrix-session';
import { makeSite } from '../helpers/ga4-server';

const MONTH = '2026-11';
const KPI = `KPI results ${MONTH}`;
const SECRET = 'd4e5secretwebhookcode';
const leads: CrmRow[] = Array.from({ length: 23 }, (_, i) => ({
  ID: i + 1, DATE_CREATE: `2026-11-1${i % 10}T08:00:00+02:00`,
}));

let server: BitrixWorker | undefined;
afterEach(closeBitrix);

/** A generated November with a saved GA4 property and webhook, the refresh on; `ga4` may refuse. */
interface SetupOptions { ga4Denied?: boolean; crmFaults?: BitrixFault[]; webhook?: boolean; lang?: string }
async function setup(opts: SetupOptions = {}) {
  server = await startBitrix({ secret: SECRET, leads, faults: opts.crmFaults });
  const denied = opts.ga4Denied ? { properties: ['999'] } : {};
  const analytics = new FakeAnalyticsProperties({ site: makeSite(MONTH), ...denied });
  const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-20T04:10:00Z', analytics });
  closesAfterTest(rt);
  const lang = opts.lang ?? 'en';
  expect(rt.call('generateSheets', { template: 'social-media-content', month: MONTH, lang, events: [] }).ok).toBe(true);
  expect(rt.call('saveSettings', { ga4Property: '123456789' }).ok).toBe(true);
  if (opts.webhook !== false) expect(rt.call('setCrmWebhook', { url: server.webhook }).ok).toBe(true);
  const on = rt.call('setDailyRefresh', { on: true });
  if (!on.ok) throw new Error(on.error);
  return { rt, analytics };
}

const cell = (rt: AppsScriptRuntime, key: string, column: string) => cellAt(rt, KPI, key, column);
const logRows = (rt: AppsScriptRuntime, tab = 'Run log') => rt.sheet(tab).getDataRange().getValues();
const refresh = (rt: AppsScriptRuntime) => {
  const state = rt.call('getState');
  if (!state.ok) throw new Error(state.error);
  return state.value.sources!.refresh;
};
/** Every tab but the Run log, values and formulas: what the refresh must leave alone when its sources fail. */
const monthTabs = (rt: AppsScriptRuntime) => JSON.stringify(rt.spreadsheet.sheets.filter((s) => s.name !== 'Run log')
  .map((s) => [s.name, s.getDataRange().getValues(), s.getDataRange().getFormulas()]));

describe('the daily refresh trigger', () => {
  it('is one daily trigger at 6 per user and document: turning it on again replaces it; off deletes it', async () => {
    const { rt } = await setup();
    expect(rt.triggers.triggers.map((t) => [t.handler, t.schedule]))
      .toEqual([['dailyRefresh', { everyDays: 1, atHour: 6 }]]);
    const first = rt.triggers.triggers[0].id;
    expect(rt.call('setDailyRefresh', { on: true }))
      .toMatchObject({ ok: true, value: { on: true, mine: true, hour: 6 } });
    expect(rt.triggers.triggers).toHaveLength(1);
    expect(rt.triggers.triggers[0].id).not.toBe(first);
    expect(refresh(rt)).toEqual({ on: true, mine: true, hour: 6, last: null, lapsed: null, couldNotOpen: null });
    expect(rt.call('setDailyRefresh', { on: false })).toMatchObject({ ok: true, value: { on: false, mine: false } });
    expect(rt.triggers.triggers).toEqual([]);
    expect(rt.call('setDailyRefresh', { on: 'yes' })).toMatchObject({ ok: false });
  });

  it('imports GA4 and the CRM for the running month, keeps typed entries, and logs each source', async () => {
    const { rt } = await setup();
    cell(rt, 'website-visitors', 'actual').setValue(1234);
    cell(rt, 'new-leads', 'comment').setValue('checked by hand');
    rt.fire(rt.triggers.triggers[0]);
    expect(cell(rt, 'new-leads', 'actual').getValue()).toBe(23);
    expect(cell(rt, 'new-leads', 'comment').getValue()).toBe('checked by hand');
    expect(cell(rt, 'website-visitors', 'actual').getValue()).toBe(1234);
    expect(cell(rt, 'website-sessions', 'actual').getValue()).toBeGreaterThan(0);
    expect(rt.spreadsheet.getSheetByName(`GA4 data ${MONTH}`)).not.toBeNull();
    const log = logRows(rt);
    expect(log[0]).toEqual(['Time', 'Source', 'Rows', 'Outcome', 'Message']);
    expect(log.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['2026-11-20 06:10', 'Google Analytics', 4, 'done'], ['2026-11-20 06:10', 'Bitrix24 CRM', 1, 'done'],
    ]);
    expect(String(log[2][4])).toContain(KPI);
    expect(refresh(rt).last).toMatchObject({
      at: '2026-11-20 06:10', lines: [{ source: 'ga4', outcome: 'ok' }, { source: 'crm', outcome: 'ok' }],
    });
    // A second morning appends; the tab is found by its tag even when renamed.
    rt.spreadsheet.getSheetByName('Run log')!.setName('History');
    rt.fire(rt.triggers.triggers[0]);
    expect(logRows(rt, 'History')).toHaveLength(5);
    const seen = [rt.logs, monthTabs(rt), logRows(rt, 'History'), rt.documentProperties.getProperties()];
    expect(JSON.stringify(seen)).not.toContain(SECRET);
  });

  it('GA4 refused and Bitrix24 down: a failed row each, the sheets unchanged, the last run kept for the sidebar',
    async () => {
    const down = { status: 503, error: 'QUERY_LIMIT_EXCEEDED', description: 'Too many requests', times: 9 };
    const { rt } = await setup({ ga4Denied: true, crmFaults: [down] });
    const before = monthTabs(rt);
    rt.fire(rt.triggers.triggers[0]);
    expect(monthTabs(rt)).toBe(before);
    const log = logRows(rt).slice(1);
    expect(log.map((r) => [r[1], r[2], r[3]]))
      .toEqual([['Google Analytics', 0, 'failed'], ['Bitrix24 CRM', 0, 'failed']]);
    expect(log[0][4]).toMatch(/cannot read GA4 property 123456789/);
    expect(log[1][4]).toMatch(/kept refusing requests as too many \(tried 4 times\)/);
    expect(refresh(rt).last?.lines.map((l) => l.outcome)).toEqual(['failed', 'failed']);
    expect(JSON.stringify([rt.logs, log])).not.toContain(SECRET);
  });

  it('without a webhook the CRM is skipped, said so in the log, in the sheets\' language', async () => {
    const { rt } = await setup({ webhook: false, lang: 'lv' });
    rt.fire(rt.triggers.triggers[0]);
    const log = logRows(rt, 'Izpildes žurnāls');
    expect(log[0]).toEqual(['Laiks', 'Avots', 'Rindas', 'Rezultāts', 'Ziņojums']);
    expect(log[2].slice(1, 4)).toEqual(['Bitrix24 CRM', 0, 'izlaists']);
  });

  it('firing while someone generates: a failed "busy" row, nothing imported', async () => {
    const { rt } = await setup();
    const other = new AppsScriptRuntime({
      spreadsheet: rt.spreadsheet, documentProperties: rt.documentProperties, userProperties: rt.userProperties,
      triggers: rt.triggers, now: '2026-11-20T04:10:00Z',
      analytics: new FakeAnalyticsProperties({ site: makeSite(MONTH) }),
    });
    closesAfterTest(other);
    // The trigger fires in the middle of a generation (another execution holding the document lock).
    const insert = rt.spreadsheet.insertSheet.bind(rt.spreadsheet);
    let fired = false;
    rt.spreadsheet.insertSheet = (...args: Parameters<typeof insert>) => {
      if (!fired) {
        fired = true;
        other.fire(rt.triggers.triggers[0]);
      }
      return insert(...args);
    };
    const december = { template: 'social-media-content', month: '2026-12', lang: 'en', events: [] };
    expect(rt.call('generateSheets', december).ok).toBe(true);
    expect(logRows(rt).slice(1).map((r) => r.slice(1, 5)))
      .toEqual([['Sheets', 0, 'failed', expect.stringContaining('busy')]]);
    expect(cell(rt, 'new-leads', 'actual').getValue()).toBe('');
  });

  it('as a published add-on with no active document: nothing written, the reason shown to the user next time',
    async () => {
    const { rt } = await setup();
    // Tabs and formulas (the later clock moves what TODAY() shows); no run recorded.
    const cells = () => JSON.stringify(rt.spreadsheet.sheets.map((s) => [s.name, s.getDataRange().getFormulas()]));
    const before = cells();
    const trigger = new AppsScriptRuntime({
      spreadsheet: rt.spreadsheet, documentProperties: rt.documentProperties, userProperties: rt.userProperties,
      triggers: rt.triggers, noActiveDocument: true, now: '2026-11-21T04:10:00Z',
    });
    trigger.fire(rt.triggers.triggers[0]);
    expect(rt.spreadsheet.getSheetByName('Run log')).toBeNull();
    expect(cells()).toBe(before);
    expect(refresh(rt).last).toBeNull();
    expect(refresh(rt).couldNotOpen).toEqual({
      at: '2026-11-21 04:10 UTC', message: expect.stringContaining('permission to call SpreadsheetApp.openById'),
    });
    // Turning it on again starts afresh.
    rt.call('setDailyRefresh', { on: true });
    expect(refresh(rt).couldNotOpen).toBeNull();
  });
});
