// The core's Bitrix24 pieces without a network: month filters, query strings, batches, answers, dates, faults, schema.
import { describe, expect, it } from 'vitest';
import {
  batchBodies, classifyCrmFailure, countCommands, crmFailureMessage, monthFilter, parseBatchAnswer, parseListAnswer,
  portalDay, runCrmMonthSync, toQuery,
} from '../../src/core/crm';
import { parseTemplate } from '../../src/core/template/parse';
import { findTemplate } from '../../src/core/template/registry';

describe('requests', () => {
  it('leads by DATE_CREATE, won deals by CLOSEDATE and STAGE_SEMANTIC_ID, December rolls into the next year', () => {
    expect(monthFilter({ entity: 'lead', filter: { SOURCE_ID: 'WEB' } }, '2026-12')).toEqual({
      '>=DATE_CREATE': '2026-12-01T00:00:00', '<DATE_CREATE': '2027-01-01T00:00:00', SOURCE_ID: 'WEB',
    });
    expect(monthFilter({ entity: 'deal', won: true, filter: { CATEGORY_ID: 2 } }, '2026-11')).toEqual({
      '>=CLOSEDATE': '2026-11-01T00:00:00', '<CLOSEDATE': '2026-12-01T00:00:00',
      STAGE_SEMANTIC_ID: 'S', CATEGORY_ID: 2,
    });
  });

  it('writes batch commands as PHP query strings, at most 50 a batch', () => {
    const filter = { '>=DATE_CREATE': '2026-11-01T00:00:00', SOURCE_ID: ['WEB', 'CALL'] };
    expect(toQuery({ filter, select: ['ID'], start: 50 }))
      .toBe('filter%5B%3E%3DDATE_CREATE%5D=2026-11-01T00%3A00%3A00&filter%5BSOURCE_ID%5D%5B0%5D=WEB'
        + '&filter%5BSOURCE_ID%5D%5B1%5D=CALL&select%5B0%5D=ID&start=50');
    const commands = Array.from({ length: 101 },
      (_, i) => ({ key: `k${i}`, method: 'crm.lead.list', params: { start: 0 } }));
    expect(batchBodies(commands).map((b) => Object.keys(b.cmd).length)).toEqual([50, 50, 1]);
    expect(batchBodies(commands)[0]).toMatchObject({ halt: 0, cmd: { k0: 'crm.lead.list?start=0' } });
  });

  it('one count command per mapped CRM KPI of the bundled templates, selecting only ID', () => {
    const commands = countCommands(findTemplate('digital-marketing-strategy')!, '2026-11');
    expect(commands.map((c) => [c.kpi, c.method]))
      .toEqual([['new-students', 'crm.deal.list'], ['leads', 'crm.lead.list']]);
    expect(commands[0].params.select).toEqual(['ID']);
    expect(countCommands(findTemplate('social-media-content')!, '2026-11').map((c) => c.kpi)).toEqual(['new-leads']);
  });
});

describe('answers', () => {
  it('reads a list page and a batch whose empty maps come as []', () => {
    expect(parseListAnswer({ result: [{ ID: '1' }], next: 50, total: 120, time: {} }))
      .toEqual({ rows: [{ ID: '1' }], next: 50, total: 120 });
    const batch = parseBatchAnswer({ result: {
      result: { a: [{ ID: '1' }], b: [] }, result_error: [], result_total: { a: 51, b: 0 }, result_next: { a: 50 },
      result_time: [],
    } });
    expect(batch.pages)
      .toEqual({ a: { rows: [{ ID: '1' }], next: 50, total: 51 }, b: { rows: [], next: undefined, total: 0 } });
    expect(batch.errors).toEqual({});
    const refused = { a: { error: '', error_description: 'Access denied.' } };
    const failed = parseBatchAnswer({ result: { result: [], result_error: refused } });
    expect(failed.errors).toEqual({ a: { error: '', description: 'Access denied.' } });
    expect(() => parseBatchAnswer({ result: { result: 'x' } })).toThrow(/unexpected batch result/);
    expect(() => parseListAnswer({ result: [], total: -1 })).toThrow(/bad "total"/);
  });

  it('takes the portal\'s own day from a date with an offset', () => {
    expect(portalDay('2025-01-02T18:37:18+02:00')).toBe('2025-01-02');
    expect(portalDay('2026-11-01T00:30:00+03:00')).toBe('2026-11-01');
    expect(portalDay('2026-11-30T23:30:00-05:00')).toBe('2026-11-30');
    expect(portalDay('yesterday')).toBeUndefined();
  });
});

describe('faults', () => {
  const kind = (status: number, code: string, said = '') => classifyCrmFailure({ status, code, said });
  it('classifies each documented fault, and retries only what waiting helps', () => {
    expect(kind(503, 'QUERY_LIMIT_EXCEEDED')).toMatchObject({ kind: 'throttled', retryable: true });
    expect(kind(429, 'OPERATION_TIME_LIMIT')).toMatchObject({ kind: 'time-limit', retryable: false });
    expect(kind(401, 'NO_AUTH_FOUND').kind).toBe('unauthenticated');
    expect(kind(401, 'expired_token').kind).toBe('unauthenticated');
    expect(kind(403, 'insufficient_scope').kind).toBe('no-scope');
    expect(kind(403, 'ACCESS_DENIED').kind).toBe('paid-plan');
    expect(kind(400, '', 'Access denied.').kind).toBe('no-access');
    expect(kind(500, 'INTERNAL_SERVER_ERROR')).toMatchObject({ kind: 'unavailable', retryable: true });
    expect(crmFailureMessage(kind(400, '', 'Access denied.'), 1, ['leads']))
      .toMatch(/\(KPI leads\).*Access permissions/);
  });
});

describe('template schema', () => {
  const kpi = (extra: object) => ({ id: 'k', name: { en: 'K' }, unit: 'count', direction: 'higher', ...extra });
  const withKpi = (extra: object) =>
    ({ ...JSON.parse(JSON.stringify(findTemplate('social-media-content'))), kpis: [kpi(extra)] });
  it('accepts a CRM mapping and refuses won leads, month fields and a mapping on another source', () => {
    const crm = { entity: 'deal', won: true, filter: { CATEGORY_ID: 2 } };
    expect(parseTemplate(withKpi({ source: 'crm', crm }), 't').kpis[0].crm)
      .toEqual({ entity: 'deal', won: true, filter: { CATEGORY_ID: 2 } });
    expect(() => parseTemplate(withKpi({ source: 'crm', crm: { entity: 'lead', won: true } }), 't'))
      .toThrow(/kpis\[0\]\.crm\.won/);
    expect(() => parseTemplate(withKpi({ source: 'crm', crm: { entity: 'lead', filter: { DATE_CREATE: 'x' } } }), 't'))
      .toThrow(/the month sets DATE_CREATE/);
    expect(() => parseTemplate(withKpi({ source: 'manual', crm: { entity: 'lead' } }), 't'))
      .toThrow(/"source": "crm"/);
  });
});

describe('the synchronous run (for Apps Script)', () => {
  it('counts from batch answers and names the KPIs of a refused command', () => {
    const template = findTemplate('digital-marketing-strategy')!;
    const fail = (f: { kind: string }, kpis: string[]) => new Error(`${f.kind}: ${kpis.join(',')}`);
    const answer = { result: { result: { 'new-students': [], leads: [{ ID: '1' }] }, result_error: [],
      result_total: { 'new-students': 3, leads: 140 }, result_next: { leads: 50 } } };
    const sent: object[] = [];
    const result = runCrmMonthSync({ call: (_m, body) => (sent.push(body), answer), fail }, template, '2026-11');
    expect(result.counts).toEqual([{ kpi: 'new-students', value: 3 }, { kpi: 'leads', value: 140 }]);
    expect(result.requests).toEqual({ http: 1, commands: 2 });
    expect(Object.keys((sent[0] as { cmd: object }).cmd)).toEqual(['new-students', 'leads']);
    const denied = { 'new-students': { error: '', error_description: 'Access denied.' } };
    const refused = { result: { result: { leads: [] }, result_error: denied } };
    expect(() => runCrmMonthSync({ call: () => refused, fail }, template, '2026-11'))
      .toThrow('no-access: new-students');
  });
});
