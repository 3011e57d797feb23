// The CLI's GA4 fetch, driven through the real @googleapis/analyticsdata client against a loopback stand-in.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors';
import { ga4Actuals } from '../../src/core/ga4/actuals';
import { buildGa4Sheet } from '../../src/core/ga4/sheet';
import type { Ga4Progress } from '../../src/core/ga4/types';
import { fetchGa4Month, type FetchGa4Options } from '../../src/cli/ga4/fetch';
import { ga4Template, makeSite, startGa4Server, type Ga4Server, type Ga4ServerOptions } from '../helpers/ga4-server';

const MONTH = '2026-11';
const TOKEN = 'ya29.a0-test-ACCESS-token_SECRET';
let server: Ga4Server | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(options: Partial<Ga4ServerOptions> = {}) {
  server = await startGa4Server({ site: makeSite(MONTH), token: TOKEN, ...options });
  return server;
}

function fetchFrom(s: Ga4Server, extra: Partial<FetchGa4Options> = {}) {
  const delays: number[] = [];
  const run = fetchGa4Month({
    property: '123456789', template: ga4Template(), month: MONTH,
    env: { GA_ACCESS_TOKEN: TOKEN, GA_DATA_API_URL: s.url },
    ...extra,
    retry: { sleep: async (ms) => { delays.push(ms); }, ...extra.retry },
  });
  return { run, delays };
}

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a failure');
}

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
    expect(result.quality).toMatchObject({ timeZone: 'Europe/Riga', currencyCode: 'EUR', sampled: false, thresholded: false });
    expect(result.quality.quota).toEqual({ tokensConsumed: 35, tokensPerDayRemaining: 200_000 - 35, tokensPerHourRemaining: 40_000 - 35 });
  });

  it("takes the month's users from the whole-month request, never the sum of the days", async () => {
    const s = await serve();
    const result = await fetchFrom(s).run;
    const dailyUsers = result.daily.rows.reduce((sum, r) => sum + r.values[result.daily.metrics.indexOf('totalUsers')]!, 0);
    expect(dailyUsers).toBeGreaterThan(1500);
    const actuals = Object.fromEntries(ga4Actuals(result, ga4Template(), MONTH).map((r) => [r.kpi, r.actual]));
    const site = makeSite(MONTH);
    expect(actuals).toEqual({
      'website-sessions': site.days.reduce((n, d) => n + d.sessions, 0),
      'social-traffic': 650,
      'website-visitors': 1500,
      'web-leads': site.days.reduce((n, d) => n + d.keyEvents, 0),
      'engagement-rate': site.days.reduce((n, d) => n + d.engagedSessions, 0) / site.days.reduce((n, d) => n + d.sessions, 0),
    });
    expect(result.daily.rows.map((r) => r.key).slice(0, 2)).toEqual(['2026-11-01', '2026-11-02']);
  });

  it('pages with offset/limit until rowCount: ⌈rows / limit⌉ report requests each, ≤ 5 per batch', async () => {
    const campaigns = Array.from({ length: 23 }, (_, i) => ({ name: `c${String(i).padStart(2, '0')}`, sessions: 100 - i, totalUsers: 50, keyEvents: 1, engagedSessions: 40 }));
    const s = await serve({ site: makeSite(MONTH, { campaigns }) });
    const progress: Ga4Progress[] = [];
    const result = await fetchFrom(s, { limit: 10, onProgress: (p) => progress.push(p) }).run;
    expect(s.pagesFor('sessionCampaignName')).toBe(3);
    expect(s.pagesFor('date')).toBe(3);
    expect(s.pagesFor('sessionDefaultChannelGroup')).toBe(1);
    expect(s.pagesFor('')).toBe(2);
    expect(s.calls.every((c) => c.requests.length <= 5)).toBe(true);
    expect(s.calls.flatMap((c) => c.requests).filter((r) => r.dimensions[0] === 'sessionCampaignName').map((r) => r.offset)).toEqual([0, 10, 20]);
    expect(s.calls).toHaveLength(2);
    expect(result.campaigns.rows.map((r) => r.key)).toEqual(campaigns.map((c) => c.name));
    expect(result.daily.rows).toHaveLength(30);
    expect(progress.at(-1)).toMatchObject({ http: 2, rowsReceived: 23 + 30 + 4 + 2, rowsExpected: 23 + 30 + 4 + 2 });
  });

  it('403: names the property and says the account lacks access', async () => {
    const s = await serve({ properties: ['42'] });
    const e = await failure(fetchFrom(s).run);
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/no access to GA4 property 123456789/);
    expect(s.calls).toHaveLength(1);
  });

  it('400: names the metric GA4 rejected and the KPI that maps it', async () => {
    const s = await serve();
    const template = ga4Template([{ id: 'typo', name: { en: 'Typo' }, unit: 'count', direction: 'higher', source: 'ga4', ga4: { metric: 'sesions' } }]);
    const e = await failure(fetchFrom(s, { template }).run);
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/GA4 rejected the metric "sesions" \(used by KPI typo/);
  });

  it('400: names a filter dimension GA4 does not know', async () => {
    const s = await serve();
    const template = ga4Template([{ id: 'odd', name: { en: 'Odd' }, unit: 'count', direction: 'higher', source: 'ga4', ga4: { metric: 'sessions', filter: { dimension: 'channelGroup', match: 'exact', value: 'Email' } } }]);
    const e = await failure(fetchFrom(s, { template }).run);
    expect(e.message).toMatch(/GA4 rejected the dimension "channelGroup" \(used by KPI odd/);
  });

  it('429 then success: retries with backoff, counts are ours', async () => {
    const s = await serve({ faults: [{ status: 429, grpc: 'RESOURCE_EXHAUSTED', message: 'Exhausted property tokens per hour.' }] });
    const { run, delays } = fetchFrom(s, { retry: { baseDelayMs: 500 } });
    const result = await run;
    expect(s.calls.map((c) => c.status)).toEqual([429, 200]);
    expect(result.totals.length).toBeGreaterThan(0);
    expect(result.requests.http).toBe(1);
    expect(delays).toEqual([500]);
  });

  it('5xx that stays failing: bounded retries with doubling delays, then a clear message', async () => {
    const s = await serve({ faults: [{ status: 503, times: Infinity }] });
    const delays: number[] = [];
    const e = await failure(fetchFrom(s, { retry: { retries: 3, baseDelayMs: 100, sleep: async (ms) => { delays.push(ms); } } }).run);
    expect(e).not.toBeInstanceOf(InputError);
    expect(e.message).toMatch(/kept failing \(HTTP 503\) after 4 attempts; try again later/);
    expect(s.calls).toHaveLength(4);
    expect(delays).toEqual([100, 200, 400]);
  });

  it('honours Retry-After', async () => {
    const s = await serve({ faults: [{ status: 503, retryAfter: 2 }] });
    const delays: number[] = [];
    await fetchFrom(s, { retry: { sleep: async (ms) => { delays.push(ms); } } }).run;
    expect(delays).toEqual([2000]);
  });

  it('a sampled, thresholded response with an "(other)" row is flagged on the sheet, with the quota', async () => {
    const site = makeSite(MONTH);
    site.channels.push({ name: '(other)', sessions: 5, totalUsers: 4, keyEvents: 0, engagedSessions: 2 });
    const s = await serve({
      site,
      metadata: (r) => (r.dimensions?.[0]?.name === 'date'
        ? { samplingMetadatas: [{ samplesReadCount: '250000', samplingSpaceSize: '1000000' }], subjectToThresholding: true }
        : undefined),
    });
    const result = await fetchFrom(s).run;
    expect(result.quality).toMatchObject({ sampled: true, sampledShare: 0.25, thresholded: true, otherRow: true });
    const sheet = buildGa4Sheet(result, { lang: 'en', month: MONTH, name: 'GA4 2026-11' });
    const rows = [...sheet.rows];
    const line = (label: string) => rows.find((r) => (r[0] as { text?: string })?.text === label);
    expect(line('Sampled')?.[1]).toEqual({ text: 'Yes: 25.0% of events read', style: expect.objectContaining({ bold: true, fill: '#FCE8E6' }) });
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

  it('never puts the token in an error message, even when the server echoes it', async () => {
    const s = await serve({ faults: [{ status: 400, grpc: 'INVALID_ARGUMENT', message: `Bad request with Bearer ${TOKEN} and ${TOKEN}` }] });
    const written: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array) => { written.push(String(chunk)); return true; }) as typeof process.stderr.write;
    let e: Error;
    try {
      e = await failure(fetchFrom(s).run);
    } finally {
      process.stderr.write = original;
    }
    expect(e.message).toContain('[redacted]');
    expect(`${e.message}\n${e.stack}\n${written.join('')}`).not.toContain(TOKEN);
    expect(JSON.stringify(e)).not.toContain(TOKEN);
  });

  it('401: a rejected token says how to get a new one, without showing it', async () => {
    const s = await serve();
    const e = await failure(fetchFrom(s, { env: { GA_ACCESS_TOKEN: 'ya29.expired-token-value', GA_DATA_API_URL: s.url } }).run);
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/did not accept the credentials.*gcloud auth print-access-token/);
    expect(e.message).not.toContain('ya29.expired-token-value');
  });

  it('an unreachable API root: bounded retries, then says where it tried', async () => {
    const s = await serve();
    const url = s.url;
    await s.close();
    server = undefined;
    const e = await failure(fetchGa4Month({
      property: 'properties/1', template: ga4Template(), month: MONTH,
      env: { GA_ACCESS_TOKEN: TOKEN, GA_DATA_API_URL: url }, retry: { retries: 1, sleep: async () => {} },
    }));
    expect(e.message).toMatch(/could not reach the GA4 Data API at http:\/\/127\.0\.0\.1:\d+\/ after 2 attempts/);
  });

  it('bad input before any request: a measurement id, a bad GA_DATA_API_URL, no credentials', async () => {
    const base = { template: ga4Template(), month: MONTH };
    await expect(fetchGa4Month({ ...base, property: 'G-ABC123', env: { GA_ACCESS_TOKEN: TOKEN } })).rejects.toThrow(/measurement id/);
    await expect(fetchGa4Month({ ...base, property: '1', env: { GA_ACCESS_TOKEN: TOKEN, GA_DATA_API_URL: 'ftp://x' } })).rejects.toBeInstanceOf(InputError);
    const saved = process.env.GOOGLE_APPLICATION_CREDENTIALS;
    process.env.GOOGLE_APPLICATION_CREDENTIALS = '/nonexistent/key.json';
    try {
      const e = await failure(fetchGa4Month({ ...base, property: '1', env: {} }));
      expect(e).toBeInstanceOf(InputError);
      expect(e.message).toMatch(/no Google credentials: set GA_ACCESS_TOKEN .* or GOOGLE_APPLICATION_CREDENTIALS/);
    } finally {
      if (saved === undefined) delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
      else process.env.GOOGLE_APPLICATION_CREDENTIALS = saved;
    }
  });

  it('loads the Google client lazily (no static import), so a plain workbook stays fast', () => {
    const source = readFileSync(new URL('../../src/cli/ga4/fetch.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^import[^;]*from '@googleapis\/analyticsdata'/m);
    expect(source).toMatch(/await import\('@googleapis\/analyticsdata'\)/);
  });
});
