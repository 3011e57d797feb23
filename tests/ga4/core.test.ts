// The pure GA4 core: request plans, value parsing, paging through a fake transport, actuals and the sheet.
import { describe, expect, it } from 'vitest';
import { ga4Actuals } from '../../src/core/ga4/actuals';
import type { Ga4BatchRunReportsRequest, Ga4RunReportResponse, Ga4Transport } from '../../src/core/ga4/api-types';
import { isAdditive, parseMetricValue } from '../../src/core/ga4/metrics';
import { fetchAllPages } from '../../src/core/ga4/paging';
import { buildGa4Requests, monthRange } from '../../src/core/ga4/requests';
import { normalizeProperty, runGa4Month } from '../../src/core/ga4/run';
import { buildGa4Sheet } from '../../src/core/ga4/sheet';
import { ga4Template, makeSite, siteReport } from '../helpers/ga4-server';

const MONTH = '2026-02';

/** The stand-in's data model without HTTP: answers a batch like GA4, counting calls. */
function fakeTransport(site = makeSite(MONTH), maxLimit = 250_000) {
  const bodies: Ga4BatchRunReportsRequest[] = [];
  const transport: Ga4Transport = async (body) => {
    bodies.push(body);
    return {
      reports: body.requests.map((r): Ga4RunReportResponse => {
        const full = siteReport(site, r);
        if ('invalid' in full) throw new Error(full.invalid);
        const offset = Number(r.offset ?? 0);
        const limit = Math.min(Number(r.limit), maxLimit);
        return { ...full, rows: full.slice(offset, offset + limit), rowCount: full.rowCount, metadata: { timeZone: 'Europe/Vilnius' } };
      }),
    };
  };
  return { transport, bodies };
}

describe('buildGa4Requests', () => {
  it('asks for totals per filter over the whole month, daily additive series, channel and campaign breakdowns', () => {
    const plan = buildGa4Requests(ga4Template(), MONTH);
    expect(monthRange(MONTH)).toEqual({ startDate: '2026-02-01', endDate: '2026-02-28' });
    expect(plan.reports.map((r) => r.kind)).toEqual(['totals', 'totals', 'daily', 'channels', 'campaigns']);
    for (const { request } of plan.reports) {
      expect(request.dateRanges).toEqual([{ startDate: '2026-02-01', endDate: '2026-02-28' }]);
      expect(request.returnPropertyQuota).toBe(true);
      expect(request.limit).toBe('250000');
    }
    const [site, social, daily] = plan.reports;
    expect(site.request.dimensions).toBeUndefined();
    expect(site.request.metrics.map((m) => m.name)).toEqual(['sessions', 'totalUsers', 'newUsers', 'screenPageViews', 'keyEvents', 'engagementRate']);
    expect(social.request.dimensionFilter).toEqual({
      filter: { fieldName: 'sessionDefaultChannelGroup', stringFilter: { matchType: 'EXACT', value: 'Organic Social', caseSensitive: false } },
    });
    // Users per day are shown as a trend but every other daily metric must add up.
    expect(daily.request.metrics.map((m) => m.name).filter((m) => m !== 'totalUsers').every(isAdditive)).toBe(true);
    expect(plan.batches).toHaveLength(1);
  });

  it('groups many reports into batches of at most 5 and splits >10 metrics', () => {
    const kpis = ['Email', 'Direct', 'Referral', 'Paid Search', 'Organic Video', 'Display'].map((value, i) => ({
      id: `k${i}`, name: { en: value }, unit: 'count' as const, direction: 'higher' as const, source: 'ga4' as const,
      ga4: { metric: 'sessions', filter: { dimension: 'sessionDefaultChannelGroup', match: 'begins-with' as const, value } },
    }));
    const many = ['activeUsers', 'eventCount', 'engagedSessions', 'bounceRate', 'averageSessionDuration'].map((metric) => ({
      id: metric.toLowerCase(), name: { en: metric }, unit: 'count' as const, direction: 'higher' as const, source: 'ga4' as const, ga4: { metric },
    }));
    const plan = buildGa4Requests(ga4Template([...kpis, ...many]), MONTH, { limit: 1_000_000 });
    expect(plan.reports.filter((r) => r.kind === 'totals')).toHaveLength(2 + 1 + 6);
    expect(plan.batches.map((b) => b.length)).toEqual([5, 5, 2]);
    expect(plan.reports.every((r) => r.request.metrics.length <= 10)).toBe(true);
    expect(plan.reports[0].request.limit).toBe('250000');
    expect(plan.reports[3].request.dimensionFilter?.filter?.stringFilter?.matchType).toBe('BEGINS_WITH');
  });

  it('rejects a month that is not YYYY-MM and a property that is not a number', () => {
    expect(() => buildGa4Requests(ga4Template(), '2026-13')).toThrow(/2026-11/);
    expect(normalizeProperty(' properties/42 ')).toBe('properties/42');
    expect(() => normalizeProperty('G-XYZ')).toThrow(/measurement id/);
  });
});

describe('values by metric type', () => {
  it('parses the strings GA4 sends', () => {
    expect(parseMetricValue('1234', 'TYPE_INTEGER')).toBe(1234);
    expect(parseMetricValue('0.6543', 'TYPE_FLOAT')).toBe(0.6543);
    expect(parseMetricValue('95.5', 'TYPE_SECONDS')).toBe(95.5);
    expect(parseMetricValue('1500', 'TYPE_MILLISECONDS')).toBe(1.5);
    expect(parseMetricValue('2', 'TYPE_MINUTES')).toBe(120);
    expect(parseMetricValue('1', 'TYPE_HOURS')).toBe(3600);
    expect(parseMetricValue('12.34', 'TYPE_CURRENCY')).toBe(12.34);
    expect(parseMetricValue('', 'TYPE_INTEGER')).toBeNull();
    expect(parseMetricValue(undefined, 'TYPE_FLOAT')).toBeNull();
    expect(parseMetricValue('NaN', 'TYPE_FLOAT')).toBeNull();
  });

  it('knows what adds up across days', () => {
    for (const m of ['sessions', 'screenPageViews', 'keyEvents', 'eventCount', 'newUsers', 'keyEvents:sign_up']) expect(isAdditive(m)).toBe(true);
    for (const m of ['totalUsers', 'activeUsers', 'engagementRate', 'averageSessionDuration', 'sessionsPerUser', 'bounceRate', 'madeUp']) expect(isAdditive(m)).toBe(false);
  });
});

describe('paging', () => {
  it('pages by what GA4 actually returns when it caps the limit', async () => {
    const campaigns = Array.from({ length: 7 }, (_, i) => ({ name: `c${i}`, sessions: 10 - i, totalUsers: 1, keyEvents: 0, engagedSessions: 1 }));
    const { transport, bodies } = fakeTransport(makeSite(MONTH, { campaigns }), 3);
    const result = await runGa4Month(transport, '1', ga4Template(), MONTH, { limit: 5 });
    expect(result.campaigns.rows.map((r) => r.key)).toEqual(campaigns.map((c) => c.name));
    expect(result.daily.rows).toHaveLength(28);
    const campaignOffsets = bodies.flatMap((b) => b.requests).filter((r) => r.dimensions?.[0]?.name === 'sessionCampaignName').map((r) => r.offset ?? '0');
    expect(campaignOffsets).toEqual(['0', '3', '6']);
    expect(result.quality.timeZone).toBe('Europe/Vilnius');
  });

  it('returns nothing when a later page fails: no half month', async () => {
    const { transport } = fakeTransport();
    let calls = 0;
    const failing: Ga4Transport = async (body) => {
      if (++calls === 2) throw new Error('connection reset');
      return transport(body);
    };
    await expect(runGa4Month(failing, '1', ga4Template(), MONTH, { limit: 10 })).rejects.toThrow('connection reset');
  });

  it('stops when GA4 sends an empty page before rowCount', async () => {
    const transport: Ga4Transport = async (body) => ({
      reports: body.requests.map((r) => ({ rowCount: 10, rows: r.offset ? [] : [{ metricValues: [{ value: '1' }] }, { metricValues: [{ value: '2' }] }] })),
    });
    await expect(fetchAllPages(transport, [{ dateRanges: [], metrics: [{ name: 'sessions' }], limit: '2' }])).rejects.toThrow(/announced 10 rows but sent 2/);
  });

  it('complains when a batch answer has the wrong number of reports', async () => {
    const transport: Ga4Transport = async () => ({ reports: [] });
    await expect(fetchAllPages(transport, [{ dateRanges: [], metrics: [] }])).rejects.toThrow(/0 reports to a batch of 1/);
  });
});

describe('actuals and sheet', () => {
  it('fills actuals only for GA4 KPIs, for the right month', async () => {
    const { transport } = fakeTransport();
    const result = await runGa4Month(transport, '1', ga4Template(), MONTH);
    const actuals = ga4Actuals(result, ga4Template(), MONTH);
    expect(actuals.map((a) => a.kpi)).toEqual(['website-sessions', 'social-traffic', 'website-visitors', 'web-leads', 'engagement-rate']);
    expect(actuals.every((a) => a.month === MONTH && a.target === null)).toBe(true);
    expect(actuals.find((a) => a.kpi === 'website-visitors')?.actual).toBe(1500);
    expect(() => ga4Actuals(result, ga4Template(), '2026-03')).toThrow(/2026-02/);
  });

  it('describes a sheet with quality on top and every dimension value as text', async () => {
    const { transport } = fakeTransport();
    const result = await runGa4Month(transport, '1', ga4Template(), MONTH);
    const sheet = buildGa4Sheet(result, { lang: 'lv', month: MONTH, name: 'GA4 2026-02' });
    expect(sheet).toMatchObject({ id: 'ga4', name: 'GA4 2026-02' });
    const rows = [...sheet.rows];
    expect(sheet.rowCount).toBe(rows.length);
    const labels = rows.map((r) => (r[0] as { text?: string } | null)?.text);
    // No propertyQuota in these answers, so no quota line.
    expect(labels.slice(0, 10)).toEqual(['Google Analytics 4 · 2026-02', undefined, 'Īpašums', 'Periods', 'Laika josla', 'Valūta', 'Izlases dati', 'Sliekšņi (daļa rindu slēpta)', 'Rindas apvienotas “(other)”', undefined]);
    expect(labels.indexOf('Mēneša kopsummas')).toBeLessThan(labels.indexOf('Pa dienām'));
    expect(labels.indexOf('Pa dienām')).toBeLessThan(labels.indexOf('Pa kanālu grupām'));
    expect(labels.indexOf('Pa kanālu grupām')).toBeLessThan(labels.indexOf('Pa kampaņām'));
    const firstDay = rows.find((r) => (r[0] as { date?: string } | null)?.date === '2026-02-01');
    expect(firstDay?.[1]).toMatchObject({ number: expect.any(Number), style: { numFmt: '#,##0' } });
    const channel = rows.find((r) => (r[0] as { text?: string } | null)?.text === 'Organic Social');
    expect(channel?.at(-1)).toMatchObject({ style: { numFmt: '0.0%' } });
    expect(rows.flat().filter((c) => typeof c === 'string')).toEqual([]);
  });
});
