// GA4 import failures through the in-memory Apps Script: a clear message, the field to fix, and no sheet changed.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime, FakeAnalyticsProperties } from '../helpers/apps-script-runtime';
import type { AnalyticsDataOptions } from '../helpers/apps-script/analytics-data';
import { snapshot } from '../helpers/apps-script/inspect';
import { makeSite, type Fault } from '../helpers/ga4-server';

const MONTH = '2026-11';
const IMPORT = { month: MONTH, property: '123456789' };

function setup(options: Partial<AnalyticsDataOptions> = {}, locale = 'en', withService = true) {
  const analytics = new FakeAnalyticsProperties({ site: makeSite(MONTH), ...options });
  const rt = new AppsScriptRuntime({ userLocale: locale, now: '2026-12-02T09:00:00Z', ...(withService ? { analytics } : {}) });
  const generated = rt.call('generateSheets', { template: 'social-media-content', month: MONTH, lang: 'en', events: [] });
  if (!generated.ok) throw new Error(generated.error);
  return { rt, analytics, before: snapshot(rt) };
}

/** Imports expecting a refusal; the spreadsheet must be exactly as it was and no GA4 copy stored. */
function refused(rt: AppsScriptRuntime, before: string, args: unknown = IMPORT) {
  const reply = rt.call('importGa4', args);
  if (reply.ok) throw new Error('expected the import to fail');
  expect(snapshot(rt)).toBe(before);
  expect(rt.documentProperties.getKeys().filter((k) => k.startsWith('kpi-planner.ga4.'))).toEqual([]);
  return reply;
}

const fault = (f: Fault) => ({ faults: [f] });

describe('importGa4 failures', () => {
  it('403: names the property, says the account lacks access, marks the property field', () => {
    const { rt, before } = setup({ properties: ['999'] });
    const reply = refused(rt, before);
    expect(reply.field).toBe('property');
    expect(reply.error).toContain('123456789');
    expect(reply.error).toMatch(/cannot read GA4 property 123456789.*Viewer/);
    // Still remembered, so the sidebar shows what needs correcting.
    const state = rt.call('getState');
    expect(state.ok && state.value.settings.ga4Property).toBe('123456789');
  });

  it('403 in Latvian for a Latvian user', () => {
    const { rt, before } = setup({ properties: ['999'] }, 'lv');
    expect(refused(rt, before).error).toContain('Šim Google kontam nav piekļuves GA4 īpašumam 123456789');
  });

  it('400: names the metric or dimension GA4 rejected, and the KPI that asks for it', () => {
    const invalid = setup(fault({ status: 400, grpc: 'INVALID_ARGUMENT', message: 'Field sessionz is not a valid metric. For a list of valid dimensions and metrics, see https://developers.google.com/analytics/devguides/reporting/data/v1/api-schema' }));
    expect(refused(invalid.rt, invalid.before).error).toContain('metric "sessionz"');
    const incompatible = setup(fault({ status: 400, grpc: 'INVALID_ARGUMENT', message: 'Please remove totalUsers to make the request compatible.' }));
    const reply = refused(incompatible.rt, incompatible.before);
    expect(reply.error).toContain('"totalUsers"');
    expect(reply.error).toContain('website-visitors');
    expect(reply.field).toBeUndefined();
  });

  it('429 then success: waits briefly and retries, then imports', () => {
    const { rt, analytics } = setup(fault({ status: 429, grpc: 'RESOURCE_EXHAUSTED', message: 'Exhausted property tokens per hour for this property.', times: 2 }));
    const reply = rt.call('importGa4', IMPORT);
    expect(reply.ok).toBe(true);
    expect(analytics.calls.map((c) => c.status)).toEqual([429, 429, 200]);
    expect(rt.utilities.sleeps).toEqual([1000, 2000]);
  });

  it('5xx that persists: four attempts, a few seconds of waiting, then a clear message and nothing written', () => {
    const { rt, analytics, before } = setup(fault({ status: 503, message: 'The service is currently unavailable.', times: Infinity }));
    const reply = refused(rt, before);
    expect(reply.error).toContain('not answering right now (tried 4 times)');
    expect(analytics.calls).toHaveLength(4);
    expect(rt.utilities.sleeps).toEqual([1000, 2000, 4000]);
  });

  it('429 that persists says the quota is used up', () => {
    const { rt, before } = setup(fault({ status: 429, grpc: 'RESOURCE_EXHAUSTED', message: 'Exhausted property tokens per day for this property.', times: Infinity }));
    expect(refused(rt, before).error).toContain("quota for this property is used up");
  });

  it('reads the status from the exception details when the words say nothing', () => {
    const { rt, analytics } = setup({ ...fault({ status: 500, message: 'Oops.' }), detailsCode: true });
    expect(rt.call('importGa4', IMPORT).ok).toBe(true);
    expect(analytics.calls).toHaveLength(2);
  });

  it('a page failing after others arrived still writes nothing', () => {
    const campaigns = Array.from({ length: 25 }, (_, i) => ({ name: `c${i}`, sessions: 100 - i, totalUsers: 5, keyEvents: 0, engagedSessions: 2 }));
    const analytics = new FakeAnalyticsProperties({ site: makeSite(MONTH, { campaigns }), maxLimit: 10 });
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-12-02T09:00:00Z', analytics });
    rt.call('generateSheets', { template: 'social-media-content', month: MONTH, lang: 'en', events: [] });
    const before = snapshot(rt);
    // The second batch (more pages) meets a persisting outage.
    const real = analytics.batchRunReports.bind(analytics);
    let n = 0;
    analytics.batchRunReports = (body, property) => {
      if (++n > 1) throw Object.assign(new Error('API call to analyticsdata.properties.batchRunReports failed with error: Internal error encountered.'), { name: 'GoogleJsonResponseException' });
      return real(body, property);
    };
    expect(refused(rt, before).error).toContain('tried 4 times');
  });

  it('without the AnalyticsData service, says so', () => {
    const { rt, before } = setup({}, 'en', false);
    expect(refused(rt, before).error).toContain('AnalyticsData service is not enabled');
  });

  it('checks the arguments and that the month has sheets, before calling GA4', () => {
    const { rt, analytics, before } = setup();
    expect(refused(rt, before, { month: MONTH, property: 'G-ABC123' })).toMatchObject({ field: 'property', error: expect.stringContaining('measurement ID') });
    expect(refused(rt, before, { month: '2026-13', property: '1' })).toMatchObject({ field: 'month' });
    expect(refused(rt, before, { ...IMPORT, extra: 1 })).toMatchObject({ ok: false });
    expect(refused(rt, before, { month: '2026-10', property: '1' })).toMatchObject({ field: 'month', error: expect.stringContaining('generate them first') });
    expect(analytics.calls).toEqual([]);
  });
});
