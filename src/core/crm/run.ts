// A month of Bitrix24 CRM counts over any transport: batches of count commands, and paging for row lists.
import type { KpiRecord } from '../model/input';
import type { Template } from '../template/schema';
import { classifyCrmFailure, type CrmFailure } from './failure';
import { pageCrmLists, runPlan } from './paging';
import { parseBatchAnswer, type CrmErrorBody } from './parse';
import { batchBodies, countCommands, type CrmBatchBody, type CrmListParams } from './requests';

/** What an edge brings: one call of a REST method (retried and worded there), and how to word a command's fault. */
export interface CrmTransport {
  call(method: string, body: object): Promise<unknown>;
  fail(failure: CrmFailure, kpis: string[]): Error;
}

export interface CrmMonthResult {
  /** `YYYY-MM` */
  month: string;
  counts: { kpi: string; value: number }[];
  /** HTTP requests made, and the list commands they carried. */
  requests: { http: number; commands: number };
}

function commandFault(fail: CrmTransport['fail'], e: CrmErrorBody, kpis: string[]): Error {
  return fail(classifyCrmFailure({ code: e.error, said: e.description }), kpis);
}

/** The count batches for a month: one batch call per 50 mapped CRM KPIs, each command keyed by its KPI id. */
export function countBatches(template: Template, month: string): CrmBatchBody[] {
  const commands = countCommands(template, month);
  return batchBodies(commands.map((c) => ({ key: c.kpi, method: c.method, params: c.params })));
}

/** One count batch's answer → its KPIs' counts; a refused command becomes the edge's error naming its KPIs. */
export function readCounts(
  body: CrmBatchBody, raw: unknown, fail: CrmTransport['fail'],
): CrmMonthResult['counts'] {
  const answer = parseBatchAnswer(raw);
  const failed = Object.entries(answer.errors);
  if (failed.length) throw commandFault(fail, failed[0][1], failed.map(([kpi]) => kpi));
  return Object.keys(body.cmd).map((kpi) => {
    const page = answer.pages[kpi];
    if (!page) throw new Error(`Bitrix24's batch answer lacks the count for KPI ${kpi}`);
    return { kpi, value: page.total };
  });
}

/**
 * Counts every mapped CRM KPI of the template for the month through `total` (no rows fetched). Every answer is
 * read before anything is returned, so a fault leaves nothing half-filled.
 */
export async function runCrmMonth(
  transport: CrmTransport, template: Template, month: string,
): Promise<CrmMonthResult> {
  const bodies = countBatches(template, month);
  const counts: CrmMonthResult['counts'] = [];
  for (const body of bodies) counts.push(...readCounts(body, await transport.call('batch', body), transport.fail));
  return { month, counts, requests: { http: bodies.length, commands: counts.length } };
}

/** runCrmMonth over a synchronous call (Apps Script's UrlFetchApp). */
export function runCrmMonthSync(
  transport: { call(method: string, body: object): unknown; fail: CrmTransport['fail'] }, template: Template,
  month: string,
): CrmMonthResult {
  const bodies = countBatches(template, month);
  const counts = bodies.flatMap((body) => readCounts(body, transport.call('batch', body), transport.fail));
  return { month, counts, requests: { http: bodies.length, commands: counts.length } };
}

export interface CrmRows {
  rows: Record<string, unknown>[];
  requests: { http: number; pages: number };
}

/**
 * Every row of a list: the first page says the total, the remaining pages go in ⌈pages / 50⌉ batch calls. The rows
 * are checked against the total (a portal that changed under us is an error, not a silent gap).
 */
export async function fetchAllRows(
  transport: CrmTransport, method: string, params: Omit<CrmListParams, 'start'>,
): Promise<CrmRows> {
  const plan = pageCrmLists([{ key: 'rows', method, params: { ...params } }], [], (f) => transport.fail(f, []));
  const paged = await runPlan(plan, (m, body) => transport.call(m, body));
  return { rows: paged.rows.rows, requests: paged.requests };
}

/** One record per counted KPI (target null: targets are the manager's; callers merge, their own actual wins). */
export function crmActuals(result: CrmMonthResult): KpiRecord[] {
  return result.counts.map((c) => ({ kpi: c.kpi, month: result.month, target: null, actual: c.value }));
}

/** CRM KPIs of the template that no import can fill (no "crm" mapping), for a warning. */
export function unmappedCrmKpis(template: Template): string[] {
  return template.kpis.filter((k) => k.source === 'crm' && !k.crm).map((k) => k.id);
}
