// The core's one verdict on a GA4 failure, its one retry policy and its one redaction, apart from any edge.
import { describe, expect, it } from 'vitest';
import { classifyGa4Failure, statusFromGa4Words, type Ga4RawFailure } from '../../src/core/ga4/failure';
import { buildGa4Requests } from '../../src/core/ga4/requests';
import { ADDON_RETRY, CLI_RETRY, retryDelayMs, retryGa4, retryGa4Sync } from '../../src/core/ga4/retry';
import { redact } from '../../src/core/redact';
import { ga4Template } from '../helpers/ga4-site';

const template = ga4Template();
const requests = buildGa4Requests(template, '2026-11').reports.map((r) => r.request);
const body = { requests: requests.slice(0, 5) };
const classify = (raw: Ga4RawFailure) => classifyGa4Failure(raw, body, template);

describe('classifyGa4Failure', () => {
  it.each([
    [{ status: 401, said: 'Request had invalid authentication credentials.' }, 'unauthenticated', false],
    [{ status: 403, said: 'Analytics Data API has not been used in project 1' }, 'api-disabled', false],
    [{ status: 403, said: 'User does not have sufficient permissions for this property.' }, 'forbidden', false],
    [{ status: 404, said: 'Requested entity was not found.' }, 'not-found', false],
    [{ status: 429, said: 'Exhausted property tokens per hour.' }, 'quota', true],
    [{ status: 503, said: 'The service is currently unavailable.' }, 'unavailable', true],
    [{ said: 'ECONNREFUSED', network: true }, 'unreachable', true],
    [{ said: 'something odd' }, 'other', false],
    [{ status: 409, said: 'Conflict' }, 'other', false],
    [{ said: 'AnalyticsData is not defined', noService: true }, 'no-service', false],
    [{ status: 400, said: 'Invalid request.' }, 'rejected', false],
  ] as const)('%j → %s (retryable: %s)', (raw, kind, retryable) => {
    expect(classify(raw)).toMatchObject({ kind, retryable, kpis: [] });
  });

  it('a 400 naming a metric names the KPIs that ask for it', () => {
    const f = classify({ status: 400, said: 'Field totalUsers is not a valid metric.' });
    expect(f).toMatchObject({
      kind: 'rejected-field', field: { name: 'totalUsers', kind: 'metric' }, kpis: ['website-visitors'],
    });
  });

  it('a filter dimension GA4 asks to remove is incompatible, and the KPI filtering on it is named', () => {
    const said = 'Please remove sessionDefaultChannelGroup to make the request compatible.';
    expect(classify({ status: 400, said })).toMatchObject({
      kind: 'rejected-field',
      field: { name: 'sessionDefaultChannelGroup', kind: 'incompatible' },
      kpis: ['social-traffic'],
    });
  });

  it('a 400 that only quotes one of the request\'s names finds it, but not a longer name containing it', () => {
    const quoted = classify({ status: 400, said: 'Cannot aggregate engagementRate here.' });
    expect(quoted.field).toEqual({ name: 'engagementRate', kind: 'field' });
    expect(classify({ status: 400, said: 'Unknown name sessionsPerUser.' }).kind).toBe('rejected');
  });

  it('reads a status off GA4\'s words when an edge has no code', () => {
    expect(statusFromGa4Words('PERMISSION_DENIED: no')).toBe(403);
    expect(statusFromGa4Words('Field x is not a valid dimension')).toBe(400);
    expect(statusFromGa4Words('RESOURCE_EXHAUSTED')).toBe(429);
    expect(statusFromGa4Words('Internal error encountered.')).toBe(503);
    expect(statusFromGa4Words('Oops.')).toBeUndefined();
  });
});

describe('one retry policy', () => {
  const quota = classify({ status: 429, said: 'quota' });
  const waits = (policy: typeof CLI_RETRY) => Array.from({ length: 8 }, (_, i) => retryDelayMs(policy, quota, i + 1));

  it('doubles the wait up to the cap, then gives up after the allowed retries', () => {
    expect(waits(CLI_RETRY)).toEqual([1000, 2000, 4000, 8000, undefined, undefined, undefined, undefined]);
    expect(waits(ADDON_RETRY)).toEqual([1000, 2000, 4000, undefined, undefined, undefined, undefined, undefined]);
    expect(waits({ ...CLI_RETRY, retries: 7 }).slice(5)).toEqual([32_000, 32_000, undefined]);
  });

  it('honours Retry-After up to the cap, and never retries what waiting cannot fix', () => {
    expect(retryDelayMs(CLI_RETRY, { ...quota, retryAfter: 2 }, 1)).toBe(2000);
    expect(retryDelayMs(CLI_RETRY, { ...quota, retryAfter: 3600 }, 1)).toBe(60_000);
    expect(retryDelayMs(CLI_RETRY, classify({ status: 403, said: 'denied' }), 1)).toBeUndefined();
  });

  it('runs a call until it succeeds or the edge words the last failure, sleeping as told', async () => {
    const slept: number[] = [];
    let calls = 0;
    const edge = { classify: () => quota, giveUp: (_: unknown, n: number) => new Error(`gave up after ${n}`) };
    const flaky = () => {
      if (++calls < 3) throw new Error('429');
      return 'ok';
    };
    expect(retryGa4Sync(flaky, ADDON_RETRY, edge, (ms) => slept.push(ms))).toBe('ok');
    expect([calls, slept]).toEqual([3, [1000, 2000]]);
    await expect(retryGa4(() => Promise.reject(new Error('429')), CLI_RETRY, edge, async (ms) => { slept.push(ms); }))
      .rejects.toThrow('gave up after 5');
    expect(slept.slice(2)).toEqual([1000, 2000, 4000, 8000]);
  });
});

describe('one redaction', () => {
  it('removes known secrets, bearer and ya29 tokens, private keys and token fields', () => {
    const text = 'token SECRET-abc; Authorization: Bearer abc.def/ghi== ya29.a0-XyZ "access_token": "xyz123" '
      + '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY----- short';
    const out = redact(text, ['SECRET-abc', 'short']);
    for (const secret of ['SECRET-abc', 'abc.def', 'a0-XyZ', 'xyz123', 'MIIE']) expect(out).not.toContain(secret);
    expect(out).toContain('Bearer [redacted]');
    expect(out).toContain('[redacted key]');
    expect(out.endsWith('[redacted]')).toBe(false);
    expect(redact('ab ab', ['ab'])).toBe('ab ab');
  });
});
