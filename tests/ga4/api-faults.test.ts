// The CLI's GA4 fetch when GA4 refuses or fails: HTTP errors worded, bounded retries, the token never shown.
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors';
import { fetchGa4Month } from '../../src/cli/ga4/fetch';
import { closeGa4Server, failure, fetchFrom, MONTH, serve, TOKEN } from '../helpers/ga4-fetch';
import { ga4Template } from '../helpers/ga4-server';

afterEach(closeGa4Server);

describe('GA4 fetch faults through the real client', () => {
  it('403: names the property and says the account lacks access', async () => {
    const s = await serve({ properties: ['42'] });
    const e = await failure(fetchFrom(s).run);
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/no access to GA4 property 123456789/);
    expect(s.calls).toHaveLength(1);
  });

  it('400: names the metric GA4 rejected and the KPI that maps it', async () => {
    const s = await serve();
    const template = ga4Template([{
      id: 'typo', name: { en: 'Typo' }, unit: 'count', direction: 'higher', source: 'ga4', ga4: { metric: 'sesions' },
    }]);
    const e = await failure(fetchFrom(s, { template }).run);
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/GA4 rejected the metric "sesions" \(used by KPI typo/);
  });

  it('400: names a filter dimension GA4 does not know', async () => {
    const s = await serve();
    const template = ga4Template([{
      id: 'odd', name: { en: 'Odd' }, unit: 'count', direction: 'higher', source: 'ga4',
      ga4: { metric: 'sessions', filter: { dimension: 'channelGroup', match: 'exact', value: 'Email' } },
    }]);
    const e = await failure(fetchFrom(s, { template }).run);
    expect(e.message).toMatch(/GA4 rejected the dimension "channelGroup" \(used by KPI odd/);
  });

  it('429 then success: retries with backoff, counts are ours', async () => {
    const s = await serve({
      faults: [{ status: 429, grpc: 'RESOURCE_EXHAUSTED', message: 'Exhausted property tokens per hour.' }],
    });
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
    const retry = { retries: 3, baseDelayMs: 100, sleep: async (ms: number) => { delays.push(ms); } };
    const e = await failure(fetchFrom(s, { retry }).run);
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

  it('never puts the token in an error message, even when the server echoes it', async () => {
    const message = `Bad request with Bearer ${TOKEN} and ${TOKEN}`;
    const s = await serve({ faults: [{ status: 400, grpc: 'INVALID_ARGUMENT', message }] });
    const written: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stderr.write;
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
    const env = { GA_ACCESS_TOKEN: 'ya29.expired-token-value', GA_DATA_API_URL: s.url };
    const e = await failure(fetchFrom(s, { env }).run);
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/did not accept the credentials.*gcloud auth print-access-token/);
    expect(e.message).not.toContain('ya29.expired-token-value');
  });

  it('an unreachable API root: bounded retries, then says where it tried', async () => {
    const s = await serve();
    const url = s.url;
    await closeGa4Server();
    const e = await failure(fetchGa4Month({
      property: 'properties/1', template: ga4Template(), month: MONTH,
      env: { GA_ACCESS_TOKEN: TOKEN, GA_DATA_API_URL: url }, retry: { retries: 1, sleep: async () => {} },
    }));
    expect(e.message).toMatch(/could not reach the GA4 Data API at http:\/\/127\.0\.0\.1:\d+\/ after 2 attempts/);
  });

  it('bad input before any request: a measurement id, a bad GA_DATA_API_URL, no credentials', async () => {
    const base = { template: ga4Template(), month: MONTH };
    await expect(fetchGa4Month({ ...base, property: 'G-ABC123', env: { GA_ACCESS_TOKEN: TOKEN } }))
      .rejects.toThrow(/measurement id/);
    await expect(fetchGa4Month({ ...base, property: '1', env: { GA_ACCESS_TOKEN: TOKEN, GA_DATA_API_URL: 'ftp://x' } }))
      .rejects.toBeInstanceOf(InputError);
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
});
