// Every server function validates its argument and answers in words the manager can act on.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';

const OK = { template: 'social-media-content', month: '2026-11', lang: 'en', events: [] };
const rt = () => new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-10T09:00:00Z' });

describe('bad arguments', () => {
  it.each([
    [{ ...OK, month: '2026-13' }, 'month', 'a month written YYYY-MM'],
    [{ ...OK, month: 202611 }, 'month', 'expected string'],
    [{ ...OK, lang: 'de' }, 'lang', 'lv'],
    [{ ...OK, template: 'Bad Id!' }, 'template', 'a template id'],
    [{ ...OK, events: [{ type: 'webinar', date: '2026-02-30', title: 'x' }] }, 'events[0].date', 'a real calendar date'],
    [{ ...OK, events: [{ type: 'party', date: '2026-11-02', title: 'x' }] }, 'events[0].type', 'webinar'],
    [{ ...OK, events: [{ type: 'webinar', date: '2026-11-02', time: '25:00', title: 'x' }] }, 'events[0].time', 'HH:MM'],
    [{ ...OK, events: [{ type: 'webinar', date: '2026-11-02', title: '   ' }] }, 'events[0].title', 'a title'],
    [{ ...OK, events: [{ type: 'webinar', date: '2026-11-02', title: 'x'.repeat(201) }] }, 'events[0].title', 'at most 200'],
    [{ ...OK, sheets: ['summary', 'everything'] }, 'sheets[1]', 'kpi-results'],
    [{ ...OK, sheets: [] }, 'sheets', 'at least one sheet'],
    [{ ...OK, campaign: { goal: 'fame' } }, 'campaign.goal', 'sales'],
  ])('generateSheets(%j) names "%s"', (args, field, words) => {
    const reply = rt().call('generateSheets', args);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.field).toBe(field);
    expect(reply.error).toContain(`"${field}"`);
    expect(reply.error).toContain(words);
  });

  it('refuses unknown fields and non-objects', () => {
    const r = rt();
    expect(r.call('generateSheets', { ...OK, script: 'x' })).toMatchObject({ ok: false, error: expect.stringContaining('script') });
    expect(r.call('generateSheets', 'social-media-content')).toMatchObject({ ok: false, error: expect.stringContaining('expected object') });
    expect(r.call('generateSheets')).toMatchObject({ ok: false });
    expect(r.call('getMonth', {})).toMatchObject({ ok: false, field: 'month' });
    expect(r.call('getDownloadSpec', { month: 'November' })).toMatchObject({ ok: false, field: 'month' });
    expect(r.call('saveSettings', { lang: 'xx' })).toMatchObject({ ok: false, field: 'lang' });
    // Nothing was written on the way.
    expect(Object.keys(r.tags())).toEqual([]);
    expect(r.documentProperties.getKeys()).toEqual([]);
  });

  it('an unknown template lists the ones there are', () => {
    const reply = rt().call('generateSheets', { ...OK, template: 'no-such-process' });
    expect(reply).toMatchObject({ ok: false, field: 'template' });
    expect(!reply.ok && reply.error).toBe('template: There is no template "no-such-process". Choose one of: digital-marketing-strategy, social-media-content, small-business-tasks.');
  });

  it('a download before generating says what to do, in the sidebar language', () => {
    const lv = new AppsScriptRuntime({ userLocale: 'lv_LV' });
    expect(lv.call('getDownloadSpec', { month: '2026-11' })).toEqual({ ok: false, error: 'Mēnesim 2026-11 vēl nav KPI Planner lapu: vispirms izveidojiet tās.' });
  });

  it('anything unexpected gets a short general answer, and the log gets the details without credentials', () => {
    const r = new AppsScriptRuntime({ userLocale: 'lt' });
    r.spreadsheet.createDeveloperMetadataFinder = () => {
      throw new Error('Service error; Authorization: Bearer ya29.a0AfH6SMBsecret "access_token": "xyz123"');
    };
    const reply = r.call('generateSheets', OK);
    expect(reply).toEqual({ ok: false, error: 'KPI Planner nepavyko baigti darbo. Bandykite dar kartą; jei klaida kartojasi, iš naujo įkelkite skaičiuoklę.' });
    expect(r.logs.join('\n')).toContain('generateSheets failed');
    expect(r.logs.join('\n')).not.toMatch(/a0AfH6SMBsecret|xyz123/);
  });
});
