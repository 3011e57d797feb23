// getState, settings remembered in document properties, and getMonth, through google.script.run's JSON.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';

describe('state and settings', () => {
  it('getState lists the templates, the saved settings, the locale and today in the spreadsheet zone', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'lt', now: '2026-03-31T22:30:00Z' });
    const reply = rt.call('getState');
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const s = reply.value;
    expect(s.templates.map((t) => t.id).sort())
      .toEqual(['digital-marketing-strategy', 'small-business-tasks', 'social-media-content']);
    expect(s.templates.every((t) => t.title.en.length > 0)).toBe(true);
    expect(s).toMatchObject({
      settings: {}, userLocale: 'lt', uiLang: 'lt', today: '2026-04-01', month: '2026-04', months: [],
    });
    expect(s.sheetIds).toEqual(['summary', 'activity-plan', 'campaign', 'kpi-results', 'review']);
  });

  it('accepts {} and nothing as "no argument" but not other values', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en' });
    expect(rt.call('getState', {}).ok).toBe(true);
    expect(rt.call('getState', { month: '2026-01' })).toMatchObject({ ok: false });
  });

  it('saves settings in document properties, merging partial updates', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en' });
    const saved = { template: 'small-business-tasks', lang: 'lt' };
    expect(rt.call('saveSettings', saved)).toEqual({ ok: true, value: saved });
    expect(rt.call('saveSettings', { uiLang: 'lv' })).toEqual({ ok: true, value: { ...saved, uiLang: 'lv' } });
    // A fresh runtime on the same document properties is the document opened again.
    const again = new AppsScriptRuntime({ userLocale: 'en', documentProperties: rt.documentProperties });
    const state = again.call('getState');
    expect(state.ok && state.value.settings).toEqual({ template: 'small-business-tasks', lang: 'lt', uiLang: 'lv' });
    // The saved switch wins over the user's locale.
    expect(state.ok && state.value.uiLang).toBe('lv');
    expect(rt.documentProperties.getKeys()).toEqual(['kpi-planner.settings']);
  });

  it('keeps the GA4 property id for later, digits only', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en' });
    expect(rt.call('saveSettings', { ga4Property: '123456789' }).ok).toBe(true);
    expect(rt.call('saveSettings', { ga4Property: 'properties/12' }))
      .toMatchObject({ ok: false, field: 'ga4Property' });
  });

  it('getMonth returns what a month was generated with and its sheets, even renamed', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-10T09:00:00Z' });
    const events = [{ type: 'open-day', date: '2026-11-21', title: 'Open day' }];
    expect(rt.call('getMonth', { month: '2026-11' })).toEqual({
      ok: true,
      value: { month: '2026-11', template: null, lang: null, events: [], campaign: null, sheets: [], closed: null },
    });
    const campaign = { theme: 'Autumn', goal: 'list' };
    rt.call('generateSheets', {
      template: 'social-media-content', month: '2026-11', lang: 'en', events, sheets: ['kpi-results'], campaign,
    });
    rt.sheet('KPI results 2026-11').setName('My KPIs');
    const month = rt.call('getMonth', { month: '2026-11' });
    expect(month).toEqual({
      ok: true,
      value: {
        month: '2026-11', template: 'social-media-content', lang: 'en', events, campaign,
        sheets: [{ id: 'kpi-results', name: 'My KPIs', month: '2026-11' }], closed: null,
      },
    });
    const state = rt.call('getState');
    expect(state.ok && state.value.months).toEqual(['2026-11']);
  });
});
