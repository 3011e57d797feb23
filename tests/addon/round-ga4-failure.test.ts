// A round review when GA4 fails (permission, quota, network): made without GA4's whole-round figures, and said so.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime, FakeAnalyticsProperties } from '../helpers/apps-script-runtime';
import type { AnalyticsDataOptions } from '../helpers/apps-script/analytics-data';
import { col, row, readAt as read, okValue as ok } from '../helpers/apps-script/inspect';
import { makeSite } from '../helpers/ga4-site';
import { aggregationOf } from '../../src/core/periods';
import { findTemplate } from '../../src/core/template/registry';

const BASE = { template: 'social-media-content', lang: 'en' };
const REVIEW = 'Round review 2026-spring';
const KPI = 'website-sessions';
const template = findTemplate('social-media-content')!;
const users = template.kpis.find((k) => k.source === 'ga4' && aggregationOf(k).rule === 'period')!;


function setup(options: Partial<AnalyticsDataOptions>, locale = 'en') {
  const analytics = new FakeAnalyticsProperties({ site: makeSite('2026-02'), ...options });
  const rt = new AppsScriptRuntime({ userLocale: locale, now: '2026-03-10T09:00:00Z', analytics });
  ok(rt.call('generateSheets', { ...BASE, month: '2026-02', events: [] }));
  const month = 'KPI results 2026-02';
  rt.sheet(month).getRange(row(rt, month, KPI), col(rt, month, 'actual')).setValue(1200);
  ok(rt.call('saveSettings', { ga4Property: '123456789' }));
  return { rt, analytics };
}
const round = (rt: AppsScriptRuntime) => ok(rt.call('generatePeriod', { ...BASE, period: '2026-spring' }));

describe('a round review when GA4 fails', () => {
  it('permission: the round is made from the month tabs, the users left empty, and GA4 words why', () => {
    const { rt } = setup({ properties: ['999'] });
    const result = round(rt);
    expect(result.ga4).toBe(false);
    expect(result.sheets.map((s) => s.id)).toEqual(['round-review', 'director-form']);
    expect(result.ga4Failed?.message).toMatch(/cannot read GA4 property 123456789.*Viewer/);
    expect(result.ga4Failed?.kpis).toEqual([users.name.en]);
    expect(read(rt, REVIEW, KPI, 'a6')).toBe(1200);
    expect(read(rt, REVIEW, users.id, 'roundActual')).toBe('');
  });

  it('quota, in Latvian for a Latvian user', () => {
    const { rt, analytics } = setup({ faults: [{ status: 429, grpc: 'RESOURCE_EXHAUSTED',
      message: 'Exhausted property tokens per day for this property.', times: Infinity }] }, 'lv');
    const result = round(rt);
    expect(analytics.calls.length).toBeGreaterThan(1);
    expect(result.ga4Failed?.message).toContain('GA4 kvota pagaidām ir izlietota');
    expect(result.ga4Failed?.kpis).toEqual([users.name.lv]);
    expect(rt.spreadsheet.getSheetByName(REVIEW)).not.toBeNull();
  });

  it('network: a figure GA4 gave before stays in the review, so nothing is named as left empty', () => {
    const { rt, analytics } = setup({});
    expect(round(rt).ga4).toBe(true);
    expect(read(rt, REVIEW, users.id, 'roundActual')).toBe(1500);
    analytics.batchRunReports = () => {
      throw new Error('Exception: Address unavailable: https://analyticsdata.googleapis.com');
    };
    const again = round(rt);
    expect(again.ga4Failed?.message).toMatch(/Google Analytics is not answering right now \(tried \d+ times\)/);
    expect(again.ga4Failed?.kpis).toEqual([]);
    expect(read(rt, REVIEW, users.id, 'roundActual')).toBe(1500);
  });
});
