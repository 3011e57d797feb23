// The GA4 import at its limits: hostile names stay text, paging to rowCount, the 100-campaign cap, the calls bound.
import { describe, expect, it } from 'vitest';
import { makeSite } from '../helpers/ga4-server';
import { GA4, importOk, MONTH, REVIEW, setup } from '../helpers/ga4-import-month';

describe('importGa4 at its limits', () => {
  it('keeps hostile campaign and channel names as text', () => {
    const hostile = [
      '=HYPERLINK("http://evil.example","x")', '+1', '-1', '@SUM(A1)', '2026-01-01', "'quoted", 'TRUE', '50%',
    ];
    const site = makeSite(MONTH, {
      campaigns: hostile.map((name, i) => ({
        name, sessions: 100 - i, totalUsers: 10, keyEvents: 1, engagedSessions: 5,
      })),
      channels: [{
        name: '=IMPORTXML("http://evil.example","//a")', sessions: 900, totalUsers: 300, keyEvents: 3,
        engagedSessions: 400,
      }],
    });
    const { rt } = setup(site);
    importOk(rt);
    const sheet = rt.sheet(GA4);
    const range = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn());
    const values = range.getValues().flat();
    for (const name of [...hostile, '=IMPORTXML("http://evil.example","//a")']) expect(values, name).toContain(name);
    expect(range.getFormulas().flat().filter(Boolean)).toEqual([]);
    const review = rt.sheet(REVIEW).getRange(1, 1, rt.sheet(REVIEW).getLastRow(), 5);
    expect(review.getValues().flat()).toContain('=IMPORTXML("http://evil.example","//a")');
    expect(review.getFormulas().flat().filter((f) => /evil/.test(f))).toEqual([]);
  });

  it('pages through the service until rowCount when GA4 sends fewer rows than asked', () => {
    const campaigns = Array.from({ length: 23 }, (_, i) => ({
      name: `c${String(i).padStart(2, '0')}`, sessions: 100 - i, totalUsers: 50, keyEvents: 1, engagedSessions: 40,
    }));
    const { rt, analytics } = setup(makeSite(MONTH, { campaigns }), { maxLimit: 10 });
    const result = importOk(rt);
    expect(analytics.pagesFor('sessionCampaignName')).toBe(3);
    expect(analytics.pagesFor('date')).toBe(3);
    expect(result.requests.http).toBeGreaterThan(1);
    const names = rt.sheet(GA4).getRange(1, 1, rt.sheet(GA4).getLastRow(), 1).getValues().flat();
    expect(names.filter((n) => /^c\d\d$/.test(String(n)))).toHaveLength(23);
  });

  it('lists the 100 campaigns with most sessions and says how many more there were', () => {
    const campaigns = Array.from({ length: 130 }, (_, i) => ({
      name: `campaign-${i}`, sessions: 1000 - i, totalUsers: 5, keyEvents: 0, engagedSessions: 2,
    }));
    const { rt } = setup(makeSite(MONTH, { campaigns }));
    importOk(rt);
    const cells = rt.sheet(GA4).getRange(1, 1, rt.sheet(GA4).getLastRow(), 2).getValues().flat().map(String);
    expect(cells).toContain('campaign-99');
    expect(cells).not.toContain('campaign-100');
    expect(cells.some((c) => c.includes('30 more are left out'))).toBe(true);
  });

  it('stays within the calls-per-sheet bound for every sheet it writes', () => {
    const { rt } = setup();
    const BOUND = 24;
    // Charts count apart, as in calls.test.ts: a constant per chart (at most 4 calls), like the layout.
    const charts = new Set(['getCharts', 'getParent', 'newChart', 'insertChart', 'updateChart', 'removeChart']);
    const widths = new Set(['setColumnWidths', 'setRowHeights', ...charts]);
    // The first import adds the review's merged "best channel/campaign" rows: a one-off layout change.
    const merges = new Set([...widths, 'breakApart', 'mergeAcross', 'getRangeList', 'getRanges']);
    for (const [round, layout] of [[1, merges], [2, widths]] as const) {
      rt.resetCalls();
      const result = importOk(rt);
      for (const name of result.sheets) {
        const calls = rt.documentCalls(name);
        const own = calls.filter((c) => !layout.has(c.method));
        expect(own.length, `${name}, import ${round}`).toBeLessThanOrEqual(BOUND);
        expect(calls.filter((c) => charts.has(c.method)).length, `${name}: charts`).toBeLessThanOrEqual(4);
      }
    }
  });
});
