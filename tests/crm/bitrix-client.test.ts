// The plain fetch client against the loopback Bitrix24 stand-in: counts by batch and total, paging, faults, secrecy.
import { afterEach, describe, expect, it } from 'vitest';
import { createCrmTransport, fetchCrmMonth, parseWebhook } from '../../src/cli/crm/fetch';
import { InputError } from '../../src/core/errors';
import { fetchAllRows } from '../../src/core/crm/run';
import { parseTemplate } from '../../src/core/template/parse';
import { findTemplate } from '../../src/core/template/registry';
import { startBitrixServer, type BitrixServer, type CrmRow } from '../helpers/bitrix-server';

const SECRET = 'k9x2secretwebhookcode';
let server: BitrixServer | undefined;
afterEach(async () => { await server?.close(); server = undefined; });

/** A November day at 10:00 in the portal's zone (+02:00). */
function novemberDay(i: number): string {
  return `2026-11-${String(2 + (i % 27)).padStart(2, '0')}T10:00:00+02:00`;
}

/** Leads at the month's edges in the portal's zone (+02:00): the first and last belong to November on its wall. */
function leads(): CrmRow[] {
  const rows: CrmRow[] = [
    { ID: 1, DATE_CREATE: '2026-10-31T23:59:59+02:00', SOURCE_ID: 'WEB' },
    { ID: 2, DATE_CREATE: '2026-11-01T00:30:00+02:00', SOURCE_ID: 'WEB' },
    { ID: 3, DATE_CREATE: '2026-11-30T23:30:00+02:00', SOURCE_ID: 'CALL' },
    { ID: 4, DATE_CREATE: '2026-12-01T00:10:00+02:00', SOURCE_ID: 'WEB' },
  ];
  for (let i = 0; i < 120; i++) rows.push({ ID: 10 + i, DATE_CREATE: novemberDay(i), SOURCE_ID: 'WEB' });
  return rows;
}

const deal = (ID: number, closed: string, stage: string, category: number): CrmRow =>
  ({ ID, CLOSEDATE: `${closed}T00:00:00+02:00`, STAGE_SEMANTIC_ID: stage, CATEGORY_ID: category,
    DATE_CREATE: '2026-09-01T10:00:00+02:00' });
const deals: CrmRow[] = [
  deal(1, '2026-11-10', 'S', 0), deal(2, '2026-11-12', 'F', 0),
  deal(3, '2026-11-20', 'S', 2), deal(4, '2026-12-02', 'S', 0),
];

const crmKpi = (id: string, crm: object) =>
  ({ id, name: { en: id, lv: id }, unit: 'count', direction: 'higher', source: 'crm', crm });
const template = findTemplate('digital-marketing-strategy')!;
const noSleep = { sleep: async () => undefined };

describe('Bitrix24 counts through the real client', () => {
  it('counts leads created and deals won in the month in one batch call, through total', async () => {
    server = await startBitrixServer({ secret: SECRET, leads: leads(), deals });
    const result = await fetchCrmMonth(parseWebhook(server.webhook, 'test'), template, '2026-11', noSleep);
    expect(result.counts).toEqual([{ kpi: 'new-students', value: 2 }, { kpi: 'leads', value: 122 }]);
    expect(server.calls.map((c) => c.method)).toEqual(['batch']);
    const cmd = (server.calls[0].body as { cmd: Record<string, string> }).cmd;
    expect(decodeURIComponent(cmd.leads)).toContain('crm.lead.list?filter[>=DATE_CREATE]=2026-11-01T00:00:00');
    expect(decodeURIComponent(cmd['new-students'])).toContain('filter[STAGE_SEMANTIC_ID]=S');
  });

  it('narrows by the KPI\'s own filter (pipeline, source)', async () => {
    server = await startBitrixServer({ secret: SECRET, leads: leads(), deals });
    const own = parseTemplate({
      ...JSON.parse(JSON.stringify(template)),
      kpis: [
        crmKpi('won-2', { entity: 'deal', won: true, filter: { CATEGORY_ID: 2 } }),
        crmKpi('calls', { entity: 'lead', filter: { SOURCE_ID: ['CALL', 'EMAIL'] } }),
      ],
    }, 'own.json');
    const result = await fetchCrmMonth(parseWebhook(server.webhook, 'test'), own, '2026-11', noSleep);
    expect(result.counts).toEqual([{ kpi: 'won-2', value: 1 }, { kpi: 'calls', value: 1 }]);
  });

  it('pages past 50: one list call, then the remaining pages in a batch; every row arrives', async () => {
    server = await startBitrixServer({ secret: SECRET, leads: leads() });
    const transport = createCrmTransport(parseWebhook(server.webhook, 'test'), noSleep);
    const got = await fetchAllRows(transport, 'crm.lead.list', {
      filter: { '>=DATE_CREATE': '2026-11-01T00:00:00', '<DATE_CREATE': '2026-12-01T00:00:00' },
      select: ['ID', 'DATE_CREATE', 'SOURCE_ID'], order: { ID: 'ASC' },
    });
    expect(got.rows).toHaveLength(122);
    expect(new Set(got.rows.map((r) => r.ID)).size).toBe(122);
    expect(got.requests).toEqual({ http: 2, pages: 3 });
    expect(server.calls.map((c) => c.method)).toEqual(['crm.lead.list', 'batch']);
  });

  it('a month of 5,000 leads and 800 deals: ⌈rows / 50⌉ pages in 1 + ⌈(pages - 1) / 50⌉ calls', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ ID: i + 1, DATE_CREATE: novemberDay(i) }));
    const won = Array.from({ length: 800 }, (_, i) => deal(i + 1, novemberDay(i).slice(0, 10), 'S', 0));
    server = await startBitrixServer({ secret: SECRET, leads: many, deals: won });
    const transport = createCrmTransport(parseWebhook(server.webhook, 'test'), noSleep);
    const started = performance.now();
    const month = { '>=DATE_CREATE': '2026-11-01T00:00:00', '<DATE_CREATE': '2026-12-01T00:00:00' };
    const leadRows = await fetchAllRows(transport, 'crm.lead.list',
      { filter: month, select: ['ID'], order: { ID: 'ASC' } });
    const dealRows = await fetchAllRows(transport, 'crm.deal.list',
      { filter: { STAGE_SEMANTIC_ID: 'S' }, select: ['ID', 'CLOSEDATE'], order: { ID: 'ASC' } });
    expect([leadRows.rows.length, leadRows.requests]).toEqual([5000, { http: 3, pages: 100 }]);
    expect([dealRows.rows.length, dealRows.requests]).toEqual([800, { http: 2, pages: 16 }]);
    const counts = await fetchCrmMonth(parseWebhook(server.webhook, 'test'), template, '2026-11', noSleep);
    expect(counts.counts).toEqual([{ kpi: 'new-students', value: 800 }, { kpi: 'leads', value: 5000 }]);
    expect(counts.requests).toEqual({ http: 1, commands: 2 });
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('503 QUERY_LIMIT_EXCEEDED is waited out with backoff, then succeeds', async () => {
    server = await startBitrixServer({ secret: SECRET, leads: leads(), deals,
      faults: [{ status: 503, error: 'QUERY_LIMIT_EXCEEDED', description: 'Too many requests', times: 2 }] });
    const waits: number[] = [];
    const result = await fetchCrmMonth(parseWebhook(server.webhook, 'test'), template, '2026-11',
      { sleep: async (ms) => { waits.push(ms); } });
    expect(result.counts.map((c) => c.value)).toEqual([2, 122]);
    expect(waits).toEqual([1000, 2000]);
    expect(server.calls.map((c) => c.status)).toEqual([503, 503, 200]);
  });
});

describe('Bitrix24 faults read as what to do, never with the webhook', () => {
  const fault = (status: number, error: string, description: string, times = 1) =>
    ({ faults: [{ status, error, description, times }] });
  const cases: [string, object, RegExp, boolean][] = [
    ['wrong secret (401 NO_AUTH_FOUND)', { secret: 'other-secret-value' }, /create an inbound webhook again/, true],
    ['401 expired_token', fault(401, 'expired_token', 'The access token provided has expired.'),
      /webhook again/, true],
    ['403 insufficient_scope',
      fault(403, 'insufficient_scope', 'The request requires higher privileges than provided by the webhook token'),
      /tick the "CRM \(crm\)" permission/, true],
    ['403 ACCESS_DENIED', fault(403, 'ACCESS_DENIED', 'REST is available only on commercial plans.'),
      /paid Bitrix24 plan/, true],
    ['400 empty code', fault(400, '', 'Access denied.'), /may not read these records/, true],
    ['429 OPERATION_TIME_LIMIT', fault(429, 'OPERATION_TIME_LIMIT', 'Method is blocked due to operation time limit.'),
      /wait 10 minutes/, false],
    ['503 that never ends', fault(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests', 9), /after 5 attempts/, false],
    ['a command refused inside the batch',
      { commandErrors: { 'crm.deal.list': { error: '', description: 'Access denied.' } } },
      /\(KPI new-students\)/, true],
  ];
  for (const [name, extra, message, input] of cases) {
    it(name, async () => {
      server = await startBitrixServer({ secret: SECRET, leads: leads(), deals, ...extra });
      const webhook = server.webhook.replace('other-secret-value', SECRET);
      const failed = await fetchCrmMonth(parseWebhook(webhook, 'test'), template, '2026-11', noSleep)
        .then(() => undefined, (e: Error) => e);
      expect(failed).toBeInstanceOf(Error);
      expect(failed!.message).toMatch(message);
      expect(failed instanceof InputError).toBe(input);
      expect(`${failed!.message}\n${failed!.stack}`).not.toContain(SECRET);
      expect(failed!.message).toContain('127.0.0.1');
    });
  }

  it('an unreachable portal is retried, then named by host only', async () => {
    const unreachable = parseWebhook(`http://127.0.0.1:9/rest/7/${SECRET}/`, 'test');
    const failed = await fetchCrmMonth(unreachable, template, '2026-11', noSleep)
      .then(() => undefined, (e: Error) => e);
    expect(failed?.message).toMatch(/could not reach the Bitrix24 portal after 5 attempts/);
    expect(`${failed!.message}\n${failed!.stack}`).not.toContain(SECRET);
  });

  it('a URL that is not a webhook is refused without repeating it', () => {
    for (const bad of [`https://x.bitrix24.eu/${SECRET}`, `ftp://x/rest/7/${SECRET}/`, SECRET]) {
      expect(() => parseWebhook(bad, '--crm-webhook')).toThrow(InputError);
      try { parseWebhook(bad, '--crm-webhook'); } catch (e) { expect((e as Error).message).not.toContain(SECRET); }
    }
  });
});
