// The GA4 import through the in-memory Apps Script: the GA4 sheet, the KPI actuals, the re-import rule, download.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime, FakeAnalyticsProperties } from '../helpers/apps-script-runtime';
import { col, row, tagOf } from '../helpers/apps-script/inspect';
import { makeSite } from '../helpers/ga4-server';
import {
  actual, ARGS, cell, GA4, importOk, KPI, MONTH, REVIEW, setup, sum, type,
} from '../helpers/ga4-import-month';

describe('importGa4', () => {
  it("writes the GA4 sheet and the GA4 KPIs' actuals: the month's users, never the days added up", () => {
    const site = makeSite(MONTH);
    const { rt, analytics } = setup(site);
    const result = importOk(rt);
    expect(result).toMatchObject({
      month: MONTH, property: '123456789', sheet: GA4, requests: { http: 1, reports: 5 },
      quality: {
        sampled: false, thresholded: false, otherRow: false, timeZone: 'Europe/Riga', currencyCode: 'EUR',
      },
    });
    expect(result.sheets).toEqual(['Summary', KPI, REVIEW, GA4]);
    expect(analytics.calls.map((c) => c.path)).toEqual(['/v1beta/properties/123456789:batchRunReports']);
    expect(sum(site, 'totalUsers')).toBeGreaterThan(1500);
    expect(Object.fromEntries(result.actuals.map((a) => [a.kpi, a.value]))).toEqual({
      'website-sessions': sum(site, 'sessions'), 'social-traffic': 650, 'website-visitors': 1500,
      'web-leads': sum(site, 'keyEvents'),
    });
    expect(result.actuals.find((a) => a.kpi === 'website-visitors'))
      .toMatchObject({ name: 'Website visitors', unit: 'count' });
    expect(actual(rt, 'website-visitors')).toBe(1500);
    expect(actual(rt, 'website-sessions')).toBe(sum(site, 'sessions'));
    expect(actual(rt, 'followers-total')).toBe('');
    // The GA4 sheet is tagged like the generated ones, so it is found again after a rename.
    expect(tagOf(rt, GA4)).toMatchObject({ sheet: 'ga4', month: MONTH });
    const text = rt.sheet(GA4).getRange(1, 1, rt.sheet(GA4).getLastRow(), 6).getValues().flat().map(String);
    expect(text).toContain('properties/123456789');
    expect(text).toContain('Europe/Riga');
    expect(text).toContain('Organic Social');
  });

  it('the highlights follow: status formulas read the imported actual and the review lists the miss', () => {
    const { rt } = setup();
    type(rt, 'website-visitors', 'target', '2000');
    importOk(rt);
    const r = row(rt, KPI, 'website-visitors');
    const G = `G${r}`;
    expect(cell(rt, 'website-visitors', 'actual').getA1Notation()).toBe(G);
    expect(cell(rt, 'website-visitors', 'achieved').getFormula()).toContain(G);
    expect(cell(rt, 'website-visitors', 'status').getFormula()).toContain(`I${r}`);
    expect(rt.sheet(KPI).getConditionalFormatRules().length).toBeGreaterThan(0);
    expect(cell(rt, 'website-visitors', 'target').getValue()).toBe(2000);
    // 1,500 of 2,000 is under the at-risk line: the rebuilt review has a corrective-action row for it.
    const keys = rt.sheet(REVIEW).getRange(1, col(rt, REVIEW, 'key'), rt.sheet(REVIEW).getLastRow(), 1)
      .getValues().flat();
    expect(keys).toContain('missed:website-visitors');
    const review = rt.sheet(REVIEW).getRange(1, 1, rt.sheet(REVIEW).getLastRow(), 5).getValues().flat();
    expect(review).toContain('Organic Search');
    expect(review).toContain('rudens-atvertas-durvis');
  });

  it("a re-import refreshes its own numbers, keeps the manager's, and refills what was emptied", () => {
    const { rt, analytics } = setup();
    type(rt, 'social-traffic', 'actual', '700');
    const first = importOk(rt);
    expect(actual(rt, 'social-traffic')).toBe(700);
    expect(first.actuals.find((a) => a.kpi === 'social-traffic')).toMatchObject({ value: 650, typed: 700 });
    type(rt, 'website-sessions', 'actual', '4000');
    cell(rt, 'web-leads', 'actual').setValue('');
    // Regenerating between imports keeps the cells as the manager left them, the emptied one too.
    expect(rt.call('generateSheets', ARGS).ok).toBe(true);
    expect(actual(rt, 'web-leads')).toBe('');
    expect(actual(rt, 'website-visitors')).toBe(1500);
    const review = rt.sheet(REVIEW).getRange(1, 1, rt.sheet(REVIEW).getLastRow(), 5).getValues().flat();
    expect(review).toContain('Organic Search');
    // GA4's numbers move on (late data): the import's own numbers follow, the manager's stay.
    const later = makeSite(MONTH, { monthUsers: 1600 });
    const fresh = new FakeAnalyticsProperties({ site: later });
    const rt2 = new AppsScriptRuntime({
      userLocale: 'en', now: '2026-12-05T09:00:00Z', analytics: fresh,
      spreadsheet: rt.spreadsheet, documentProperties: rt.documentProperties,
    });
    const second = importOk(rt2);
    expect(analytics.calls).toHaveLength(1);
    expect(actual(rt, 'website-visitors')).toBe(1600);
    expect(actual(rt, 'website-sessions')).toBe(4000);
    expect(actual(rt, 'social-traffic')).toBe(700);
    expect(actual(rt, 'web-leads')).toBe(sum(later, 'keyEvents'));
    expect(second.actuals.find((a) => a.kpi === 'website-sessions'))
      .toMatchObject({ value: sum(later, 'sessions'), typed: 4000 });
    expect(second.actuals.find((a) => a.kpi === 'website-visitors')).not.toHaveProperty('typed');
  });

  it('remembers the property for the sidebar', () => {
    const { rt } = setup();
    importOk(rt);
    const state = rt.call('getState');
    expect(state.ok && state.value.settings.ga4Property).toBe('123456789');
  });

  it('the download carries the GA4 sheet, and matches the live sheets', () => {
    const { rt } = setup();
    importOk(rt);
    cell(rt, 'web-leads', 'actual').setValue('');
    const reply = rt.call('getDownloadSpec', { month: MONTH });
    if (!reply.ok) throw new Error(reply.error);
    const sheets = reply.value.workbook.sheets;
    expect(sheets.map((s) => s.id)).toEqual(['summary', 'activity-plan', 'campaign', 'kpi-results', 'review', 'ga4']);
    const ga4 = sheets.find((s) => s.id === 'ga4')!;
    const live = rt.sheet(GA4).getRange(1, 1, ga4.rows.length, 6).getValues();
    ga4.rows.forEach((cells, i) => cells.forEach((c, j) => {
      const want = c && typeof c === 'object'
        ? ('text' in c ? c.text : 'number' in c ? c.number : 'date' in c ? undefined : '')
        : (c ?? '');
      if (want !== undefined) expect(live[i][j], `${i + 1}:${j + 1}`).toEqual(want);
    }));
    // The emptied actual stays empty in the file, as in the sheet.
    const kpi = sheets.find((s) => s.id === 'kpi-results')!;
    const r = row(rt, KPI, 'web-leads');
    expect(kpi.rows[r - 1][col(rt, KPI, 'actual') - 1]).toMatchObject({ blank: true });
  });

  it("keeps the stored GA4 copies within their share of the document's properties, dropping the oldest months", () => {
    const { rt } = setup();
    const store = rt.documentProperties;
    // Three earlier months' copies of about 30 KB each (pieces as props.ts writes them): 90 KB in all may stay.
    for (const m of ['2025-01', '2025-02', '2025-03']) {
      store.setProperty(`kpi-planner.ga4.${m}`, 'pieces:15');
      for (let i = 0; i < 15; i++) store.setProperty(`kpi-planner.ga4.${m}#${i}`, 'x'.repeat(2000));
    }
    importOk(rt);
    const stored = store.getKeys().filter((k) => k.startsWith('kpi-planner.ga4.'));
    const months = [...new Set(stored.map((k) => k.slice(16, 23)))].sort();
    expect(months).toEqual(['2025-02', '2025-03', MONTH]);
    // The month just imported is whole and readable again: the download rebuilds its GA4 sheet.
    const reply = rt.call('getDownloadSpec', { month: MONTH });
    expect(reply.ok && reply.value.workbook.sheets.some((s) => s.id === 'ga4')).toBe(true);
  });
});
