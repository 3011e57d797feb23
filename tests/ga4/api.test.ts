// The CLI's GA4 fetch, driven through the real @googleapis/analyticsdata client against a loopback stand-in.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ga4Actuals } from '../../src/core/ga4/actuals';
import { buildGa4Sheet } from '../../src/core/ga4/sheet';
import type { Ga4Progress } from '../../src/core/ga4/types';
import { closeGa4Server, fetchFrom, MONTH, serve, TOKEN } from '../helpers/ga4-fetch';
import { ga4Template, makeSite } from '../helpers/ga4-server';

afterEach(closeGa4Server);

describe('GA4 fetch through the real client', () => {
  it('fetches the month in one batch, with the token in the Authorization header', async () => {
    const s = await serve();
    const { run } = fetchFrom(s);
    const result = await run;
    expect(s.calls).toHaveLength(1);
    expect(s.calls[0].path).toBe('/v1beta/properties/123456789:batchRunReports');
    expect(s.calls[0].authorization).toBe(`Bearer ${TOKEN}`);
    expect(s.calls[0].requests).toHaveLength(5);
    expect(result.requests).toEqual({ http: 1, reports: 5 });
    expect(result.quality).toMatchObject({
      timeZone: 'Europe/Riga', currencyCode: 'EUR', sampled: false, thresholded: false,
    });
    expect(result.quality.quota).toEqual({
      tokensConsumed: 35, tokensPerDayRemaining: 200_000 - 35, tokensPerHourRemaining: 40_000 - 35,
    });
  });

  it("takes the month's users from the whole-month request, never the sum of the days", async () => {
    const s = await serve();
    const result = await fetchFrom(s).run;
    const users = result.daily.metrics.indexOf('totalUsers');
    const dailyUsers = result.daily.rows.reduce((sum, r) => sum + r.values[users]!, 0);
    expect(dailyUsers).toBeGreaterThan(1500);
    const actuals = Object.fromEntries(ga4Actuals(result, ga4Template(), MONTH).map((r) => [r.kpi, r.actual]));
    const site = makeSite(MONTH);
    expect(actuals).toEqual({
      'website-sessions': site.days.reduce((n, d) => n + d.sessions, 0),
      'social-traffic': 650,
      'website-visitors': 1500,
      'web-leads': site.days.reduce((n, d) => n + d.keyEvents, 0),
      'engagement-rate': site.days.reduce((n, d) => n + d.engagedSessions, 0)
        / site.days.reduce((n, d) => n + d.sessions, 0),
    });
    expect(result.daily.rows.map((r) => r.key).slice(0, 2)).toEqual(['2026-11-01', '2026-11-02']);
  });

  it('pages with offset/limit until rowCount: ⌈rows / limit⌉ report requests each, ≤ 5 per batch', async () => {
    const campaigns = Array.from({ length: 23 }, (_, i) => ({
      name: `c${String(i).padStart(2, '0')}`, sessions: 100 - i, totalUsers: 50, keyEvents: 1, engagedSessions: 40,
    }));
    const s = await serve({ site: makeSite(MONTH, { campaigns }) });
    const progress: Ga4Progress[] = [];
    const result = await fetchFrom(s, { limit: 10, onProgress: (p) => progress.push(p) }).run;
    expect(s.pagesFor('sessionCampaignName')).toBe(3);
    expect(s.pagesFor('date')).toBe(3);
    expect(s.pagesFor('sessionDefaultChannelGroup')).toBe(1);
    expect(s.pagesFor('')).toBe(2);
    expect(s.calls.every((c) => c.requests.length <= 5)).toBe(true);
    const campaignPages = s.calls.flatMap((c) => c.requests).filter((r) => r.dimensions[0] === 'sessionCampaignName');
    expect(campaignPages.map((r) => r.offset)).toEqual([0, 10, 20]);
    expect(s.calls).toHaveLength(2);
    expect(result.campaigns.rows.map((r) => r.key)).toEqual(campaigns.map((c) => c.name));
    expect(result.daily.rows).toHaveLength(30);
    expect(progress.at(-1)).toMatchObject({
      http: 2, rowsReceived: 23 + 30 + 4 + 2, rowsExpected: 23 + 30 + 4 + 2,
    });
  });

  it('a sampled, thresholded response with an "(other)" row is flagged on the sheet, with the quota', async () => {
    const site = makeSite(MONTH);
    site.channels.push({ name: '(other)', sessions: 5, totalUsers: 4, keyEvents: 0, engagedSessions: 2 });
    const s = await serve({
      site,
      metadata: (r) => (r.dimensions?.[0]?.name === 'date'
        ? {
          samplingMetadatas: [{ samplesReadCount: '250000', samplingSpaceSize: '1000000' }],
          subjectToThresholding: true,
        }
        : undefined),
    });
    const result = await fetchFrom(s).run;
    expect(result.quality).toMatchObject({ sampled: true, sampledShare: 0.25, thresholded: true, otherRow: true });
    const sheet = buildGa4Sheet(result, { lang: 'en', month: MONTH, name: 'GA4 2026-11' });
    const rows = [...sheet.rows];
    const line = (label: string) => rows.find((r) => (r[0] as { text?: string })?.text === label);
    expect(line('Sampled')?.[1]).toEqual({
      text: 'Yes: 25.0% of events read', style: expect.objectContaining({ bold: true, fill: '#FCE8E6' }),
    });
    expect(line('Thresholded (rows withheld)')?.[1]).toMatchObject({ text: 'Yes', style: { fill: '#FCE8E6' } });
    expect(line('Rows folded into "(other)"')?.[1]).toMatchObject({ text: 'Yes' });
    expect(line('Quota used')?.[1]).toEqual({ text: '35 tokens, 199965 left today' });
    expect(line('Property')?.[1]).toEqual({ text: 'properties/123456789' });
  });

  it('a campaign named like a formula stays text on the sheet', async () => {
    const s = await serve();
    const result = await fetchFrom(s).run;
    const rows = [...buildGa4Sheet(result, { lang: 'lv', month: MONTH, name: 'GA4' }).rows];
    const cells = rows.flat();
    expect(cells).toContainEqual({ text: '=HYPERLINK("http://x","y")' });
    expect(cells.some((c) => c !== null && typeof c === 'object' && 'formula' in c)).toBe(false);
    expect(cells.some((c) => typeof c === 'string' && c.startsWith('='))).toBe(false);
  });

  it('loads the Google client lazily (no static import), so a plain workbook stays fast', () => {
    const source = readFileSync(new URL('../../src/cli/ga4/fetch.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^import[^;]*from '@googleapis\/analyticsdata'/m);
    expect(source).toMatch(/await import\('@googleapis\/analyticsdata'\)/);
  });
});
